using System.Text.Json.Nodes;
using Dashboards.Model;
using Dashboards.Model.Json;

namespace Dashboards.Import;

/// <summary>
/// Decides which panels need an explicit <c>.Position(x, y, w, h)</c>: each panel is first left to the model's layout
/// engine (with <c>.Size(w, h)</c> when not its type's default size), and pinned only when the engine would put it
/// elsewhere. Decided in order, since the engine places each panel after the ones before it; checked at the end against
/// every panel pinned.
/// </summary>
internal sealed class GridLayout
{
    private sealed record Slot(int X, int Y, int W, int H, int DefaultW, int DefaultH)
    {
        public bool Pinned { get; set; } = true;
    }

    private readonly List<Slot> _slots = [];
    private readonly List<(int? Slot, bool IsRow, bool Collapsed)> _structure = [];

    public int Add(int x, int y, int w, int h, int defaultW, int defaultH)
    {
        _slots.Add(new Slot(x, y, w, h, defaultW, defaultH));
        return _slots.Count - 1;
    }

    public void Top(int? slot) => _structure.Add((slot, false, false));
    public void Row(bool collapsed) => _structure.Add((null, true, collapsed));
    public void InRow(int? slot) => _structure.Add((slot, false, true));

    public static string Marker(int slot) => $"\u0002{slot}\u0002";

    /// <summary>The code with each panel's marker replaced by its position or size call (or nothing).</summary>
    public string Resolve(string code, string indent)
    {
        if (_slots.Count > 0)
        {
            var pinned = Emit();
            for (var i = 0; i < _slots.Count; i++)
            {
                _slots[i].Pinned = false;
                if (Emit() is not { } flowed || pinned is null || !SameUpTo(flowed, pinned, i)) _slots[i].Pinned = true;
            }
            var final = Emit();
            if (final is null || pinned is null || !SameUpTo(final, pinned, _slots.Count - 1))
                foreach (var s in _slots) s.Pinned = true;
        }
        for (var i = 0; i < _slots.Count; i++)
        {
            var s = _slots[i];
            var call = s.Pinned ? $"\n{indent}.Position({s.X}, {s.Y}, {s.W}, {s.H})"
                : (s.W, s.H) != (s.DefaultW, s.DefaultH) ? $"\n{indent}.Size({s.W}, {s.H})" : "";
            code = code.Replace(Marker(i), call, StringComparison.Ordinal);
        }
        return code;
    }

    private static bool SameUpTo(List<string> a, List<string> b, int last) =>
        a.Count > last && b.Count > last && a.Take(last + 1).SequenceEqual(b.Take(last + 1));

    /// <summary>The grid positions the engine gives each slot, in slot order, for the current pin decisions.</summary>
    private List<string>? Emit()
    {
        var dashboard = new Dashboard("layout", "layout");
        RowPanel? row = null;
        var order = new List<int>();
        foreach (var (slot, isRow, collapsed) in _structure)
        {
            if (isRow)
            {
                if (row is not null) dashboard = dashboard.AddRow(row);
                row = new RowPanel("r").Collapsed(collapsed);
                continue;
            }
            Panel panel = new TextPanel("p", "");
            if (slot is { } i)
            {
                var s = _slots[i];
                panel = s.Pinned ? ((TextPanel)panel).Position(s.X, s.Y, s.W, s.H) : ((TextPanel)panel).Size(s.W, s.H);
                order.Add(i);
            }
            else order.Add(-1);
            if (row is null) dashboard = dashboard.AddPanel(panel);
            else row = row.AddPanel(panel);
        }
        if (row is not null) dashboard = dashboard.AddRow(row);
        JsonNode? json;
        try { json = JsonNode.Parse(DashboardJson.Serialize(dashboard)); }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException) { return null; }
        var grids = new List<string>();
        foreach (var p in json.Get("panels") as JsonArray ?? [])
        {
            if (p.Get("type")?.ToString() != "row") grids.Add(p.Get("gridPos")?.ToJsonString() ?? "");
            foreach (var c in p.Get("panels") as JsonArray ?? []) grids.Add(c.Get("gridPos")?.ToJsonString() ?? "");
        }
        if (grids.Count != order.Count) return null;
        var bySlot = new string[_slots.Count];
        for (var k = 0; k < order.Count; k++) if (order[k] >= 0) bySlot[order[k]] = grids[k];
        return [.. bySlot];
    }
}
