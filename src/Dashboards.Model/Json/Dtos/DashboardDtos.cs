using System.Text.Json.Serialization;

namespace Dashboards.Model.Json;

// DTOs mirror Grafana's classic dashboard JSON (schemaVersion 42). Property order here is the emitted order.
// Null members are omitted unless marked otherwise.

internal sealed class DashboardDto
{
    public string? Uid { get; init; }
    public required string Title { get; init; }
    public string? Description { get; init; }
    public required string[] Tags { get; init; }
    public required string Timezone { get; init; }
    public required bool Editable { get; init; }
    public required int GraphTooltip { get; init; }
    public required TimeRangeDto Time { get; init; }
    public required TimepickerDto Timepicker { get; init; }
    public string? Refresh { get; init; }
    public required int SchemaVersion { get; init; }
    public string? WeekStart { get; init; }
    public required int FiscalYearStartMonth { get; init; }
    public required bool LiveNow { get; init; }
    public required DashboardLinkDto[] Links { get; init; }
    public required ListDto<AnnotationDto> Annotations { get; init; }
    public required ListDto<VariableDto> Templating { get; init; }
    public required PanelEntryDto[] Panels { get; init; }
}

internal sealed class ListDto<T>
{
    public required T[] List { get; init; }
}

internal sealed class TimeRangeDto
{
    public required string From { get; init; }
    public required string To { get; init; }
}

internal sealed class TimepickerDto
{
    public bool? Hidden { get; init; }
    [JsonPropertyName("refresh_intervals")]
    public required string[] RefreshIntervals { get; init; }
    public string? NowDelay { get; init; }
}

internal sealed class DataSourceRefDto
{
    public required string Type { get; init; }
    public required string Uid { get; init; }
}

internal sealed class DashboardLinkDto
{
    public required string Title { get; init; }
    public required string Type { get; init; }
    public required string Icon { get; init; }
    public required string Tooltip { get; init; }
    public string? Url { get; init; }
    public required string[] Tags { get; init; }
    public required bool AsDropdown { get; init; }
    public required bool TargetBlank { get; init; }
    public required bool IncludeVars { get; init; }
    public required bool KeepTime { get; init; }
}

internal sealed class AnnotationDto
{
    public int? BuiltIn { get; init; }
    public DataSourceRefDto? Datasource { get; init; }
    public required bool Enable { get; init; }
    public required bool Hide { get; init; }
    public required string IconColor { get; init; }
    public required string Name { get; init; }
    public string? Type { get; init; }
    public AnnotationTargetDto? Target { get; init; }
    public string? Expr { get; init; }
    public string? TitleFormat { get; init; }
    public string? TextFormat { get; init; }
    public string? TagKeys { get; init; }
    public string? Step { get; init; }
    public bool? UseValueForTime { get; init; }
}

internal sealed class AnnotationTargetDto
{
    public required int Limit { get; init; }
    public required bool MatchAny { get; init; }
    public required string[] Tags { get; init; }
    public required string Type { get; init; }
}

internal sealed class VariableDto
{
    public required string Type { get; init; }
    public required string Name { get; init; }
    public string? Label { get; init; }
    public string? Description { get; init; }
    public required int Hide { get; init; }
    public bool? SkipUrlSync { get; init; }
    public DataSourceRefDto? Datasource { get; init; }
    public string? Definition { get; init; }
    public string? Query { get; init; }
    public string? Regex { get; init; }
    public VariableOptionDto? Current { get; init; }
    public VariableOptionDto[]? Options { get; init; }
    public bool? Multi { get; init; }
    public bool? IncludeAll { get; init; }
    public string? AllValue { get; init; }
    public int? Refresh { get; init; }
    public int? Sort { get; init; }
    public bool? Auto { get; init; }
    [JsonPropertyName("auto_count")]
    public int? AutoCount { get; init; }
    [JsonPropertyName("auto_min")]
    public string? AutoMin { get; init; }
}

internal sealed class VariableOptionDto
{
    public bool? Selected { get; init; }
    /// <summary>A string, or a string array for multi-value selections.</summary>
    public required object Text { get; init; }
    public required object Value { get; init; }
}
