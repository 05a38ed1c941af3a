using System.Text.Json.Nodes;

namespace Dashboards.Model.Json;

/// <summary>Applies <see cref="RawField"/>s (the escape hatch) to emitted JSON, after everything else.</summary>
internal static class RawFieldPatcher
{
    public static bool HasRawFields(Dashboard dashboard)
    {
        if (!dashboard.RawFields.IsDefaultOrEmpty) return true;
        foreach (var panel in dashboard.Panels)
            if (!panel.RawFields.IsDefaultOrEmpty) return true;
        foreach (var row in dashboard.Rows)
            foreach (var panel in row.Panels)
                if (!panel.RawFields.IsDefaultOrEmpty) return true;
        return false;
    }

    public static void Apply(Dashboard dashboard, JsonObject root)
    {
        var panels = root["panels"]!.AsArray();
        var index = 0;
        foreach (var panel in dashboard.Panels) Apply(panel.RawFields, panels[index++]!.AsObject());
        foreach (var row in dashboard.Rows)
        {
            var rowNode = panels[index++]!.AsObject();
            if (row.IsCollapsed)
            {
                var children = rowNode["panels"]!.AsArray();
                for (var i = 0; i < row.Panels.Length; i++) Apply(row.Panels[i].RawFields, children[i]!.AsObject());
            }
            else
            {
                foreach (var panel in row.Panels) Apply(panel.RawFields, panels[index++]!.AsObject());
            }
        }
        // Dashboard-level fields last, so they can even replace whole panels.
        Apply(dashboard.RawFields, root);
    }

    private static void Apply(ImmutableArray<RawField> fields, JsonObject target)
    {
        if (fields.IsDefaultOrEmpty) return;
        foreach (var field in fields)
        {
            var node = target;
            for (var i = 0; i < field.Segments.Length - 1; i++)
            {
                var segment = field.Segments[i];
                if (node[segment] is JsonObject child) node = child;
                else
                {
                    // Missing or not an object: the raw path wins and creates the object.
                    var created = new JsonObject();
                    node[segment] = created;
                    node = created;
                }
            }
            node[field.Segments[^1]] = field.Value?.DeepClone();
        }
    }
}
