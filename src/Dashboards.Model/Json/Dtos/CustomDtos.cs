using System.Text.Json.Serialization;

namespace Dashboards.Model.Json;

// Plugin-specific field options (fieldConfig.defaults.custom).

[JsonConverter(typeof(CustomDtoConverter))]
internal abstract class CustomDto;

internal sealed class HideFromDto
{
    public required bool Legend { get; init; }
    public required bool Tooltip { get; init; }
    public required bool Viz { get; init; }
}

internal sealed class StackingDto
{
    public required string Mode { get; init; }
    public required string Group { get; init; }
}

internal sealed class ScaleDistributionDto
{
    public required string Type { get; init; }
    public int? Log { get; init; }
    public double? LinearThreshold { get; init; }
}

internal sealed class ThresholdsStyleDto
{
    public required string Mode { get; init; }
}

internal sealed class GraphCustomDto : CustomDto
{
    public required string DrawStyle { get; init; }
    public string? LineInterpolation { get; init; }
    public required int LineWidth { get; init; }
    public required int FillOpacity { get; init; }
    public string? GradientMode { get; init; }
    public required string ShowPoints { get; init; }
    public int? PointSize { get; init; }
    public bool? SpanNulls { get; init; }
    /// <summary>-1, 0 or 1 (Grafana stores the number).</summary>
    public int? BarAlignment { get; init; }
    public StackingDto? Stacking { get; init; }
    public ThresholdsStyleDto? ThresholdsStyle { get; init; }
    public string? AxisPlacement { get; init; }
    public string? AxisColorMode { get; init; }
    public string? AxisLabel { get; init; }
    public int? AxisWidth { get; init; }
    public double? AxisSoftMin { get; init; }
    public double? AxisSoftMax { get; init; }
    public bool? AxisGridShow { get; init; }
    public bool? AxisCenteredZero { get; init; }
    public bool? AxisBorderShow { get; init; }
    public ScaleDistributionDto? ScaleDistribution { get; init; }
}

internal sealed class TableCustomDto : CustomDto
{
    public required string Align { get; init; }
    public required TableCellOptionsDto CellOptions { get; init; }
    public required bool Inspect { get; init; }
    public bool? Filterable { get; init; }
    public int? Width { get; init; }
    public int? MinWidth { get; init; }
}

internal sealed class TableCellOptionsDto
{
    public required string Type { get; init; }
    public string? Mode { get; init; }
    public bool? WrapText { get; init; }
}

internal sealed class BarChartCustomDto : CustomDto
{
    public required int LineWidth { get; init; }
    public required int FillOpacity { get; init; }
    public required string GradientMode { get; init; }
    public ThresholdsStyleDto? ThresholdsStyle { get; init; }
    public string? AxisPlacement { get; init; }
    public string? AxisColorMode { get; init; }
    public string? AxisLabel { get; init; }
    public int? AxisWidth { get; init; }
    public double? AxisSoftMin { get; init; }
    public double? AxisSoftMax { get; init; }
    public bool? AxisGridShow { get; init; }
    public bool? AxisCenteredZero { get; init; }
    public bool? AxisBorderShow { get; init; }
    public ScaleDistributionDto? ScaleDistribution { get; init; }
}

internal sealed class StateTimelineCustomDto : CustomDto
{
    public required int LineWidth { get; init; }
    public required int FillOpacity { get; init; }
    public bool? SpanNulls { get; init; }
}

/// <summary>Custom options of plugins that only support hiding series (pie chart).</summary>
internal sealed class HideableCustomDto : CustomDto
{
    public required HideFromDto HideFrom { get; init; }
}
