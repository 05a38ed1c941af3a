using System.Text.Json.Serialization;

namespace Dashboards.Model.Json;

/// <summary>An entry of the dashboard's <c>panels</c>: a panel or a row.</summary>
[JsonConverter(typeof(PanelEntryDtoConverter))]
internal abstract class PanelEntryDto;

internal sealed class PanelDto : PanelEntryDto
{
    public required string Type { get; init; }
    public required int Id { get; init; }
    public required string Title { get; init; }
    public string? Description { get; init; }
    public bool? Transparent { get; init; }
    public required GridPosDto GridPos { get; init; }
    public DataSourceRefDto? Datasource { get; init; }
    public DashboardLinkDto[]? Links { get; init; }
    public string? Repeat { get; init; }
    public string? RepeatDirection { get; init; }
    public int? MaxPerRow { get; init; }
    public string? Interval { get; init; }
    public int? MaxDataPoints { get; init; }
    public string? TimeFrom { get; init; }
    public string? TimeShift { get; init; }
    public TargetDto[]? Targets { get; init; }
    public TransformationDto[]? Transformations { get; init; }
    public required FieldConfigDto FieldConfig { get; init; }
    public required OptionsDto Options { get; init; }
}

internal sealed class RowPanelDto : PanelEntryDto
{
    public string Type => "row";
    public required int Id { get; init; }
    public required string Title { get; init; }
    public required bool Collapsed { get; init; }
    public required GridPosDto GridPos { get; init; }
    public DataSourceRefDto? Datasource { get; init; }
    public string? Repeat { get; init; }
    public required PanelDto[] Panels { get; init; }
}

internal sealed class GridPosDto
{
    public required int H { get; init; }
    public required int W { get; init; }
    public required int X { get; init; }
    public required int Y { get; init; }
}

internal sealed class TransformationDto
{
    public required string Id { get; init; }
    public bool? Disabled { get; init; }
    /// <summary>One of the *TransformOptionsDto types, or a JsonObject for generic transformations.</summary>
    public required object Options { get; init; }
}

[JsonConverter(typeof(TargetDtoConverter))]
internal abstract class TargetDto;

internal sealed class PrometheusTargetDto : TargetDto
{
    public required string RefId { get; init; }
    public DataSourceRefDto? Datasource { get; init; }
    public required string EditorMode { get; init; }
    public required string Expr { get; init; }
    public string? LegendFormat { get; init; }
    public required string Format { get; init; }
    public required bool Range { get; init; }
    public required bool Instant { get; init; }
    public string? Interval { get; init; }
    public int? IntervalFactor { get; init; }
    public bool? Exemplar { get; init; }
    public bool? Hide { get; init; }
}

internal sealed class LokiTargetDto : TargetDto
{
    public required string RefId { get; init; }
    public DataSourceRefDto? Datasource { get; init; }
    public required string EditorMode { get; init; }
    public required string Expr { get; init; }
    public required string QueryType { get; init; }
    public string? LegendFormat { get; init; }
    public int? MaxLines { get; init; }
    public bool? Hide { get; init; }
}

internal sealed class TempoTargetDto : TargetDto
{
    public required string RefId { get; init; }
    public DataSourceRefDto? Datasource { get; init; }
    public required string QueryType { get; init; }
    public required string Query { get; init; }
    public int? Limit { get; init; }
    public required object[] Filters { get; init; }
    public bool? Hide { get; init; }
}
