using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Dashboards.Model.Json;

/// <summary>Source-generated serializer for the dashboard DTOs (no reflection at runtime).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    IndentSize = 2,
    NewLine = "\n")]
[JsonSerializable(typeof(DashboardDto))]
// Concrete types behind the abstract DTO bases, written by the dispatch converters (PolymorphicDtoConverters.cs).
[JsonSerializable(typeof(PanelDto))]
[JsonSerializable(typeof(RowPanelDto))]
[JsonSerializable(typeof(PrometheusTargetDto))]
[JsonSerializable(typeof(LokiTargetDto))]
[JsonSerializable(typeof(TempoTargetDto))]
[JsonSerializable(typeof(ValueMapDto))]
[JsonSerializable(typeof(RangeMapDto))]
[JsonSerializable(typeof(RegexMapDto))]
[JsonSerializable(typeof(SpecialMapDto))]
[JsonSerializable(typeof(TimeSeriesOptionsDto))]
[JsonSerializable(typeof(StatOptionsDto))]
[JsonSerializable(typeof(GaugeOptionsDto))]
[JsonSerializable(typeof(BarGaugeOptionsDto))]
[JsonSerializable(typeof(TableOptionsDto))]
[JsonSerializable(typeof(PieChartOptionsDto))]
[JsonSerializable(typeof(HeatmapOptionsDto))]
[JsonSerializable(typeof(NodeGraphOptionsDto))]
[JsonSerializable(typeof(TextOptionsDto))]
[JsonSerializable(typeof(LogsOptionsDto))]
[JsonSerializable(typeof(BarChartOptionsDto))]
[JsonSerializable(typeof(StateTimelineOptionsDto))]
[JsonSerializable(typeof(GraphCustomDto))]
[JsonSerializable(typeof(TableCustomDto))]
[JsonSerializable(typeof(BarChartCustomDto))]
[JsonSerializable(typeof(StateTimelineCustomDto))]
[JsonSerializable(typeof(HideableCustomDto))]
// Types that appear behind 'object' members (override values, transformation options, map entries).
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(ThresholdsDto))]
[JsonSerializable(typeof(FieldColorDto))]
[JsonSerializable(typeof(MappingDto[]))]
[JsonSerializable(typeof(MappingResultDto))]
[JsonSerializable(typeof(HideFromDto))]
[JsonSerializable(typeof(StackingDto))]
[JsonSerializable(typeof(TableCellOptionsDto))]
[JsonSerializable(typeof(EmptyOptionsDto))]
[JsonSerializable(typeof(OrganizeOptionsDto))]
[JsonSerializable(typeof(ReduceTransformOptionsDto))]
[JsonSerializable(typeof(SortByOptionsDto))]
[JsonSerializable(typeof(LimitOptionsDto))]
[JsonSerializable(typeof(FilterByValueOptionsDto))]
[JsonSerializable(typeof(CalculateFieldOptionsDto))]
[JsonSerializable(typeof(JsonNode))]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(JsonArray))]
[JsonSerializable(typeof(JsonValue))]
[JsonSerializable(typeof(object[]))]
internal sealed partial class GrafanaJsonContext : JsonSerializerContext;
