using System.Text.Json.Serialization;

namespace Dashboards.Model.Json;

// Panel "options" per plugin, as in Grafana's panelcfg schemas.

[JsonConverter(typeof(OptionsDtoConverter))]
internal abstract class OptionsDto;

internal sealed class LegendDto
{
    public required string DisplayMode { get; init; }
    public required string Placement { get; init; }
    public required bool ShowLegend { get; init; }
    public required string[] Calcs { get; init; }
    public string? SortBy { get; init; }
    public bool? SortDesc { get; init; }
    public int? Width { get; init; }
}

internal sealed class PieChartLegendDto
{
    public required string DisplayMode { get; init; }
    public required string Placement { get; init; }
    public required bool ShowLegend { get; init; }
    public required string[] Calcs { get; init; }
    public required string[] Values { get; init; }
    public string? SortBy { get; init; }
    public bool? SortDesc { get; init; }
    public int? Width { get; init; }
}

internal sealed class TooltipDto
{
    public required string Mode { get; init; }
    public required string Sort { get; init; }
    public bool? HideZeros { get; init; }
}

internal sealed class ReduceOptionsDto
{
    public required bool Values { get; init; }
    public required string[] Calcs { get; init; }
    public required string Fields { get; init; }
    public int? Limit { get; init; }
}

internal sealed class TextSizesDto
{
    public int? TitleSize { get; init; }
    public int? ValueSize { get; init; }
    public int? PercentSize { get; init; }
}

internal sealed class TimeSeriesOptionsDto : OptionsDto
{
    public required LegendDto Legend { get; init; }
    public required TooltipDto Tooltip { get; init; }
}

internal sealed class StatOptionsDto : OptionsDto
{
    public required ReduceOptionsDto ReduceOptions { get; init; }
    public required string Orientation { get; init; }
    public required string GraphMode { get; init; }
    public required string ColorMode { get; init; }
    public required string JustifyMode { get; init; }
    public required string TextMode { get; init; }
    public required bool WideLayout { get; init; }
    public required bool ShowPercentChange { get; init; }
    public required string PercentChangeColorMode { get; init; }
    public TextSizesDto? Text { get; init; }
}

internal sealed class GaugeOptionsDto : OptionsDto
{
    public required ReduceOptionsDto ReduceOptions { get; init; }
    public required string Orientation { get; init; }
    public required bool ShowThresholdLabels { get; init; }
    public required bool ShowThresholdMarkers { get; init; }
    public required string Sizing { get; init; }
    public required int MinVizWidth { get; init; }
    public required int MinVizHeight { get; init; }
    public TextSizesDto? Text { get; init; }
}

internal sealed class BarGaugeOptionsDto : OptionsDto
{
    public required ReduceOptionsDto ReduceOptions { get; init; }
    public required string Orientation { get; init; }
    public required string DisplayMode { get; init; }
    public required string ValueMode { get; init; }
    public required string NamePlacement { get; init; }
    public required bool ShowUnfilled { get; init; }
    public required string Sizing { get; init; }
    public required int MinVizWidth { get; init; }
    public required int MinVizHeight { get; init; }
    public required int MaxVizHeight { get; init; }
    public required LegendDto Legend { get; init; }
    public TextSizesDto? Text { get; init; }
}

internal sealed class TableOptionsDto : OptionsDto
{
    public required bool ShowHeader { get; init; }
    public required int FrameIndex { get; init; }
    public bool? ShowTypeIcons { get; init; }
    public required TableSortDto[] SortBy { get; init; }
    public TableFooterDto? Footer { get; init; }
    public string? CellHeight { get; init; }
}

internal sealed class TableSortDto
{
    public required string DisplayName { get; init; }
    public required bool Desc { get; init; }
}

internal sealed class TableFooterDto
{
    public required bool Show { get; init; }
    public required string[] Reducer { get; init; }
    public string[]? Fields { get; init; }
    public bool? CountRows { get; init; }
    public bool? EnablePagination { get; init; }
}

internal sealed class PieChartOptionsDto : OptionsDto
{
    public required ReduceOptionsDto ReduceOptions { get; init; }
    public required string Orientation { get; init; }
    public required string PieType { get; init; }
    public required string[] DisplayLabels { get; init; }
    public required PieChartLegendDto Legend { get; init; }
    public required TooltipDto Tooltip { get; init; }
    public TextSizesDto? Text { get; init; }
}

internal sealed class HeatmapOptionsDto : OptionsDto
{
    public required bool Calculate { get; init; }
    public required HeatmapColorDto Color { get; init; }
    public HeatmapRowsFrameDto? RowsFrame { get; init; }
    public required string ShowValue { get; init; }
    public required int CellGap { get; init; }
    public HeatmapCellValuesDto? CellValues { get; init; }
    public required HeatmapYAxisDto YAxis { get; init; }
    public required HeatmapLegendDto Legend { get; init; }
    public required HeatmapTooltipDto Tooltip { get; init; }
    public required HeatmapExemplarsDto Exemplars { get; init; }
}

internal sealed class HeatmapColorDto
{
    public required string Mode { get; init; }
    public required string Scheme { get; init; }
    public required string Fill { get; init; }
    public required string Scale { get; init; }
    public required double Exponent { get; init; }
    public required int Steps { get; init; }
    public required bool Reverse { get; init; }
    public double? Min { get; init; }
    public double? Max { get; init; }
}

internal sealed class HeatmapRowsFrameDto
{
    public required string Layout { get; init; }
}

internal sealed class HeatmapCellValuesDto
{
    public string? Unit { get; init; }
    public int? Decimals { get; init; }
}

internal sealed class HeatmapYAxisDto
{
    public string? Unit { get; init; }
    public bool? Reverse { get; init; }
    public int? Decimals { get; init; }
    public string? AxisPlacement { get; init; }
    public string? AxisLabel { get; init; }
    public int? AxisWidth { get; init; }
    public double? AxisSoftMin { get; init; }
    public double? AxisSoftMax { get; init; }
    public ScaleDistributionDto? ScaleDistribution { get; init; }
}

internal sealed class HeatmapLegendDto
{
    public required bool Show { get; init; }
}

internal sealed class HeatmapTooltipDto
{
    public required string Mode { get; init; }
    public required bool YHistogram { get; init; }
    public required bool ShowColorScale { get; init; }
}

internal sealed class HeatmapExemplarsDto
{
    public required string Color { get; init; }
}

internal sealed class NodeGraphOptionsDto : OptionsDto
{
    public NodeGraphNodesDto? Nodes { get; init; }
    public NodeGraphEdgesDto? Edges { get; init; }
    public string? ZoomMode { get; init; }
}

internal sealed class NodeGraphNodesDto
{
    public string? MainStatUnit { get; init; }
    public string? SecondaryStatUnit { get; init; }
    public NodeArcDto[]? Arcs { get; init; }
}

internal sealed class NodeArcDto
{
    public required string Field { get; init; }
    public required string Color { get; init; }
}

internal sealed class NodeGraphEdgesDto
{
    public string? MainStatUnit { get; init; }
    public string? SecondaryStatUnit { get; init; }
}

internal sealed class TextOptionsDto : OptionsDto
{
    public required string Mode { get; init; }
    public TextCodeDto? Code { get; init; }
    public required string Content { get; init; }
}

internal sealed class TextCodeDto
{
    public required string Language { get; init; }
    public required bool ShowLineNumbers { get; init; }
    public required bool ShowMiniMap { get; init; }
}

internal sealed class LogsOptionsDto : OptionsDto
{
    public required bool ShowTime { get; init; }
    public required bool ShowLabels { get; init; }
    public required bool ShowCommonLabels { get; init; }
    public required bool WrapLogMessage { get; init; }
    public required bool PrettifyLogMessage { get; init; }
    public required bool EnableLogDetails { get; init; }
    public required bool ShowLogContextToggle { get; init; }
    public bool? EnableInfiniteScrolling { get; init; }
    public required string SortOrder { get; init; }
    public required string DedupStrategy { get; init; }
}

internal sealed class BarChartOptionsDto : OptionsDto
{
    public string? XField { get; init; }
    public string? ColorByField { get; init; }
    public required string Orientation { get; init; }
    public double? BarRadius { get; init; }
    public required int XTickLabelRotation { get; init; }
    public required int XTickLabelMaxLength { get; init; }
    public int? XTickLabelSpacing { get; init; }
    public required string Stacking { get; init; }
    public required string ShowValue { get; init; }
    public required double BarWidth { get; init; }
    public required double GroupWidth { get; init; }
    public required bool FullHighlight { get; init; }
    public required LegendDto Legend { get; init; }
    public required TooltipDto Tooltip { get; init; }
    public TextSizesDto? Text { get; init; }
}

internal sealed class StateTimelineOptionsDto : OptionsDto
{
    public required string ShowValue { get; init; }
    public required double RowHeight { get; init; }
    public required bool MergeValues { get; init; }
    public required string AlignValue { get; init; }
    public int? PerPage { get; init; }
    public required LegendDto Legend { get; init; }
    public required TooltipDto Tooltip { get; init; }
}
