namespace Dashboards.Model;

/// <summary>A layout problem of one panel (site index in <see cref="DashboardLayout"/> order).</summary>
internal readonly record struct LayoutIssue(int Site, string Field, string Message);

/// <summary>
/// Resolved grid positions. Sites are numbered in emit order: the dashboard's own panels, then for each row
/// the row itself followed by its panels. Panel ids are site index + 1.
/// </summary>
internal sealed class DashboardLayout
{
    public DashboardLayout(GridPos[] positions, List<LayoutIssue>? issues)
    {
        Positions = positions;
        Issues = issues is null ? [] : issues;
    }

    public GridPos[] Positions { get; }
    public IReadOnlyList<LayoutIssue> Issues { get; }
}

/// <summary>
/// Places panels on the 24-column grid. Panels without a fixed position flow left to right and wrap to a new line
/// below the tallest panel of the current line; each row starts a new line. Fixed positions are relative to the
/// section they are in (the top of the dashboard, or the line under their row) and are checked, not moved.
/// </summary>
internal static class LayoutEngine
{
    public static DashboardLayout Arrange(Dashboard dashboard)
    {
        var total = dashboard.Panels.Length;
        foreach (var row in dashboard.Rows) total += 1 + row.Panels.Length;
        var positions = new GridPos[total];
        List<LayoutIssue>? issues = null;

        // The grid is scratch space: a thread reuses its own (taken out while in use, so a nested call makes a new one).
        var grid = t_grid ?? new Occupancy();
        t_grid = null;
        grid.Reset(total);
        var y = PlaceSection(dashboard.Panels, 0, 0, grid, positions, ref issues);
        var site = dashboard.Panels.Length;
        foreach (var row in dashboard.Rows)
        {
            var rowY = grid.FirstFreeLine(y);
            positions[site] = new GridPos(0, rowY, GridPos.Columns, 1);
            grid.Mark(positions[site]);
            if (row.IsCollapsed)
            {
                // Collapsed children keep positions below the row but take no space until expanded.
                PlaceSection(row.Panels, site + 1, rowY + 1, new Occupancy(), positions, ref issues);
                y = rowY + 1;
            }
            else
            {
                y = PlaceSection(row.Panels, site + 1, rowY + 1, grid, positions, ref issues);
            }
            site += 1 + row.Panels.Length;
        }
        if (grid.IsSmall) t_grid = grid; // don't keep the grid of a huge dashboard per thread
        return new DashboardLayout(positions, issues);
    }

    [ThreadStatic] private static Occupancy? t_grid;

    /// <returns>The first line below everything placed in the section.</returns>
    private static int PlaceSection(ImmutableArray<Panel> panels, int firstSite, int top, Occupancy grid, GridPos[] positions, ref List<LayoutIssue>? issues)
    {
        var bottom = top;
        // Fixed panels first, so flowing panels go around them.
        for (var i = 0; i < panels.Length; i++)
        {
            var panel = panels[i];
            if (panel.FixedPosition is not { } at) continue;
            var pos = new GridPos(at.X, at.Y + top, panel.Width, panel.Height);
            positions[firstSite + i] = pos;
            if (!CheckFixed(panel, at.X, at.Y, firstSite + i, ref issues)) continue;
            var other = grid.FindOverlap(pos);
            if (other >= 0)
            {
                (issues ??= []).Add(new LayoutIssue(firstSite + i, "gridPos",
                    $"{pos} overlaps panel \"{TitleAt(panels, firstSite, other)}\" at {positions[other]}."));
                continue;
            }
            grid.Mark(pos, firstSite + i);
            bottom = Math.Max(bottom, pos.Bottom);
        }

        int x = 0, y = top, lineBottom = top;
        for (var i = 0; i < panels.Length; i++)
        {
            var panel = panels[i];
            if (panel.FixedPosition is not null) continue;
            CheckSize(panel, firstSite + i, ref issues);
            var w = Math.Clamp(panel.Width, 1, GridPos.Columns);
            var h = Math.Max(panel.Height, 1);
            while (true)
            {
                if (x + w > GridPos.Columns)
                {
                    x = 0;
                    y = lineBottom > y ? lineBottom : y + 1;
                    lineBottom = y;
                }
                var candidate = new GridPos(x, y, w, h);
                if (grid.IsFree(candidate))
                {
                    positions[firstSite + i] = candidate;
                    grid.Mark(candidate, firstSite + i);
                    x += w;
                    lineBottom = Math.Max(lineBottom, candidate.Bottom);
                    break;
                }
                x++;
            }
        }
        return Math.Max(bottom, lineBottom);
    }

    private static string TitleAt(ImmutableArray<Panel> panels, int firstSite, int site) =>
        site >= firstSite && site < firstSite + panels.Length ? panels[site - firstSite].Title : $"#{site + 1}";

    private static void CheckSize(Panel panel, int site, ref List<LayoutIssue>? issues)
    {
        if (panel.Width is < 1 or > GridPos.Columns)
            (issues ??= []).Add(new LayoutIssue(site, "gridPos.w", $"width {panel.Width} is outside 1–24."));
        if (panel.Height < 1)
            (issues ??= []).Add(new LayoutIssue(site, "gridPos.h", $"height {panel.Height} must be at least 1."));
    }

    private static bool CheckFixed(Panel panel, int x, int y, int site, ref List<LayoutIssue>? issues)
    {
        var before = issues?.Count ?? 0;
        CheckSize(panel, site, ref issues);
        if (x < 0) (issues ??= []).Add(new LayoutIssue(site, "gridPos.x", $"x {x} must not be negative."));
        if (y < 0) (issues ??= []).Add(new LayoutIssue(site, "gridPos.y", $"y {y} must not be negative."));
        if (x >= 0 && panel.Width is >= 1 and <= GridPos.Columns && x + panel.Width > GridPos.Columns)
            (issues ??= []).Add(new LayoutIssue(site, "gridPos", $"x {x} + w {panel.Width} exceeds the 24 grid columns."));
        return (issues?.Count ?? 0) == before;
    }

    /// <summary>Occupied cells, one 24-bit mask per grid line, plus which site owns each cell for overlap messages.</summary>
    private sealed class Occupancy
    {
        private readonly List<uint> _lines;
        private readonly List<(GridPos Pos, int Site)> _placed;

        // Sized for a typical dashboard up front: growing the lists was a tenth of the layout time.
        public Occupancy(int panels = 4)
        {
            _lines = new List<uint>(panels * 8);
            _placed = new List<(GridPos Pos, int Site)>(panels);
        }

        /// <summary>Empties the grid for a dashboard of <paramref name="panels"/> panels.</summary>
        public void Reset(int panels)
        {
            _lines.Clear();
            _placed.Clear();
            _lines.EnsureCapacity(panels * 8);
            _placed.EnsureCapacity(panels);
        }

        public bool IsSmall => _lines.Capacity <= 4096 && _placed.Capacity <= 1024;

        public bool IsFree(GridPos pos)
        {
            var mask = Mask(pos);
            var end = Math.Min(pos.Bottom, _lines.Count);
            for (var line = pos.Y; line < end; line++)
                if ((_lines[line] & mask) != 0) return false;
            return true;
        }

        public void Mark(GridPos pos, int site = -1)
        {
            while (_lines.Count < pos.Bottom) _lines.Add(0);
            var mask = Mask(pos);
            for (var line = pos.Y; line < pos.Bottom; line++) _lines[line] |= mask;
            if (site >= 0) _placed.Add((pos, site));
        }

        /// <summary>The site of an already placed panel overlapping <paramref name="pos"/>, or -1.</summary>
        public int FindOverlap(GridPos pos)
        {
            foreach (var (placed, site) in _placed)
                if (placed.Overlaps(pos)) return site;
            return -1;
        }

        public int FirstFreeLine(int from)
        {
            var line = from;
            while (line < _lines.Count && _lines[line] != 0) line++;
            return line;
        }

        private static uint Mask(GridPos pos) => ((1u << pos.W) - 1) << pos.X;
    }
}
