namespace Dashboards.Model.Json;

// Names that are not one string per enum member; the rest is generated from the spec (Generated/GrafanaNames.g.cs).
internal static partial class GrafanaNames
{
    /// <summary>Table cell type id and, for gauges/backgrounds, the display mode.</summary>
    public static (string Type, string? Mode) Of(TableCellType v) => v switch
    {
        TableCellType.Auto => ("auto", null),
        TableCellType.ColorText => ("color-text", null),
        TableCellType.ColorBackground => ("color-background", "gradient"),
        TableCellType.ColorBackgroundSolid => ("color-background", "basic"),
        TableCellType.GradientGauge => ("gauge", "gradient"),
        TableCellType.LcdGauge => ("gauge", "lcd"),
        TableCellType.BasicGauge => ("gauge", "basic"),
        TableCellType.Sparkline => ("sparkline", null),
        TableCellType.JsonView => ("json-view", null),
        TableCellType.Image => ("image", null),
        TableCellType.DataLinks => ("data-links", null),
        TableCellType.Actions => ("actions", null),
        TableCellType.Pill => ("pill", null),
        TableCellType.Markdown => ("markdown", null),
        TableCellType.Geo => ("geo", null),
        _ => throw Undefined(v),
    };

    public static bool TryParse(string? type, string? mode, out TableCellType v)
    {
        foreach (var candidate in Enum.GetValues<TableCellType>())
        {
            if (Of(candidate) == (type, mode)) { v = candidate; return true; }
        }
        v = default;
        return false;
    }

    /// <summary>The browser's week start is no value at all: Grafana omits the field.</summary>
    public static string? Of(WeekStart v) => v switch
    {
        WeekStart.Browser => null,
        WeekStart.Monday => "monday",
        WeekStart.Saturday => "saturday",
        WeekStart.Sunday => "sunday",
        _ => throw Undefined(v),
    };
}
