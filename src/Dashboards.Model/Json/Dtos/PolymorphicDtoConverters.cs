using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Dashboards.Model.Json;

// The abstract DTO bases (a panel entry, its options, targets, custom field options, value mappings) are written by
// switching on the concrete type and calling that type's generated fast-path writer. [JsonDerivedType] would send every
// such value through the converter pipeline with its own WriteStack, which cost most of the emit time. No type
// discriminator is written, as before: each value is written exactly as its concrete type.

/// <summary>Writes a value of an abstract DTO base with the generated writer of its concrete type (write-only).</summary>
internal abstract class DtoDispatchConverter<TBase> : JsonConverter<TBase> where TBase : class
{
    public sealed override TBase Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Dashboard DTOs are write-only.");

    public sealed override void Write(Utf8JsonWriter writer, TBase value, JsonSerializerOptions options) => WriteConcrete(writer, value);

    /// <summary>Writes <paramref name="value"/> as its concrete type, or throws for a type with no mapping.</summary>
    public abstract void WriteConcrete(Utf8JsonWriter writer, TBase value);

    /// <summary>The generated fast-path writer of a concrete DTO (the context always has one: no custom options at run time).</summary>
    protected static Action<Utf8JsonWriter, T> FastPath<T>(JsonTypeInfo<T> info) =>
        info.SerializeHandler ?? throw new InvalidOperationException($"No generated fast-path writer for {typeof(T).Name}.");

    protected static NotSupportedException Unmapped(TBase value) =>
        new($"{typeof(TBase).Name} subtype {value.GetType().Name} has no JSON writer.");
}


internal sealed class PanelEntryDtoConverter : DtoDispatchConverter<PanelEntryDto>
{
    private static readonly Action<Utf8JsonWriter, PanelDto> Panel = FastPath(GrafanaJsonContext.Default.PanelDto);
    private static readonly Action<Utf8JsonWriter, RowPanelDto> Row = FastPath(GrafanaJsonContext.Default.RowPanelDto);

    public override void WriteConcrete(Utf8JsonWriter writer, PanelEntryDto value)
    {
        switch (value)
        {
            case PanelDto p: Panel(writer, p); break;
            case RowPanelDto r: Row(writer, r); break;
            default: throw Unmapped(value);
        }
    }
}

internal sealed class TargetDtoConverter : DtoDispatchConverter<TargetDto>
{
    private static readonly Action<Utf8JsonWriter, PrometheusTargetDto> Prometheus = FastPath(GrafanaJsonContext.Default.PrometheusTargetDto);
    private static readonly Action<Utf8JsonWriter, LokiTargetDto> Loki = FastPath(GrafanaJsonContext.Default.LokiTargetDto);
    private static readonly Action<Utf8JsonWriter, TempoTargetDto> Tempo = FastPath(GrafanaJsonContext.Default.TempoTargetDto);

    public override void WriteConcrete(Utf8JsonWriter writer, TargetDto value)
    {
        switch (value)
        {
            case PrometheusTargetDto p: Prometheus(writer, p); break;
            case LokiTargetDto l: Loki(writer, l); break;
            case TempoTargetDto t: Tempo(writer, t); break;
            default: throw Unmapped(value);
        }
    }
}

internal sealed class MappingDtoConverter : DtoDispatchConverter<MappingDto>
{
    private static readonly Action<Utf8JsonWriter, ValueMapDto> Value = FastPath(GrafanaJsonContext.Default.ValueMapDto);
    private static readonly Action<Utf8JsonWriter, RangeMapDto> Range = FastPath(GrafanaJsonContext.Default.RangeMapDto);
    private static readonly Action<Utf8JsonWriter, RegexMapDto> Regex = FastPath(GrafanaJsonContext.Default.RegexMapDto);
    private static readonly Action<Utf8JsonWriter, SpecialMapDto> Special = FastPath(GrafanaJsonContext.Default.SpecialMapDto);

    public override void WriteConcrete(Utf8JsonWriter writer, MappingDto value)
    {
        switch (value)
        {
            case ValueMapDto v: Value(writer, v); break;
            case RangeMapDto r: Range(writer, r); break;
            case RegexMapDto x: Regex(writer, x); break;
            case SpecialMapDto s: Special(writer, s); break;
            default: throw Unmapped(value);
        }
    }
}

internal sealed class OptionsDtoConverter : DtoDispatchConverter<OptionsDto>
{
    private static readonly Action<Utf8JsonWriter, TimeSeriesOptionsDto> TimeSeries = FastPath(GrafanaJsonContext.Default.TimeSeriesOptionsDto);
    private static readonly Action<Utf8JsonWriter, StatOptionsDto> Stat = FastPath(GrafanaJsonContext.Default.StatOptionsDto);
    private static readonly Action<Utf8JsonWriter, GaugeOptionsDto> Gauge = FastPath(GrafanaJsonContext.Default.GaugeOptionsDto);
    private static readonly Action<Utf8JsonWriter, BarGaugeOptionsDto> BarGauge = FastPath(GrafanaJsonContext.Default.BarGaugeOptionsDto);
    private static readonly Action<Utf8JsonWriter, TableOptionsDto> Table = FastPath(GrafanaJsonContext.Default.TableOptionsDto);
    private static readonly Action<Utf8JsonWriter, PieChartOptionsDto> PieChart = FastPath(GrafanaJsonContext.Default.PieChartOptionsDto);
    private static readonly Action<Utf8JsonWriter, HeatmapOptionsDto> Heatmap = FastPath(GrafanaJsonContext.Default.HeatmapOptionsDto);
    private static readonly Action<Utf8JsonWriter, NodeGraphOptionsDto> NodeGraph = FastPath(GrafanaJsonContext.Default.NodeGraphOptionsDto);
    private static readonly Action<Utf8JsonWriter, TextOptionsDto> Text = FastPath(GrafanaJsonContext.Default.TextOptionsDto);
    private static readonly Action<Utf8JsonWriter, LogsOptionsDto> Logs = FastPath(GrafanaJsonContext.Default.LogsOptionsDto);
    private static readonly Action<Utf8JsonWriter, BarChartOptionsDto> BarChart = FastPath(GrafanaJsonContext.Default.BarChartOptionsDto);
    private static readonly Action<Utf8JsonWriter, StateTimelineOptionsDto> StateTimeline = FastPath(GrafanaJsonContext.Default.StateTimelineOptionsDto);

    public override void WriteConcrete(Utf8JsonWriter writer, OptionsDto value)
    {
        switch (value)
        {
            case TimeSeriesOptionsDto o: TimeSeries(writer, o); break;
            case StatOptionsDto o: Stat(writer, o); break;
            case GaugeOptionsDto o: Gauge(writer, o); break;
            case BarGaugeOptionsDto o: BarGauge(writer, o); break;
            case TableOptionsDto o: Table(writer, o); break;
            case PieChartOptionsDto o: PieChart(writer, o); break;
            case HeatmapOptionsDto o: Heatmap(writer, o); break;
            case NodeGraphOptionsDto o: NodeGraph(writer, o); break;
            case TextOptionsDto o: Text(writer, o); break;
            case LogsOptionsDto o: Logs(writer, o); break;
            case BarChartOptionsDto o: BarChart(writer, o); break;
            case StateTimelineOptionsDto o: StateTimeline(writer, o); break;
            default: throw Unmapped(value);
        }
    }
}

internal sealed class CustomDtoConverter : DtoDispatchConverter<CustomDto>
{
    private static readonly Action<Utf8JsonWriter, GraphCustomDto> Graph = FastPath(GrafanaJsonContext.Default.GraphCustomDto);
    private static readonly Action<Utf8JsonWriter, TableCustomDto> Table = FastPath(GrafanaJsonContext.Default.TableCustomDto);
    private static readonly Action<Utf8JsonWriter, BarChartCustomDto> BarChart = FastPath(GrafanaJsonContext.Default.BarChartCustomDto);
    private static readonly Action<Utf8JsonWriter, StateTimelineCustomDto> StateTimeline = FastPath(GrafanaJsonContext.Default.StateTimelineCustomDto);
    private static readonly Action<Utf8JsonWriter, HideableCustomDto> Hideable = FastPath(GrafanaJsonContext.Default.HideableCustomDto);

    public override void WriteConcrete(Utf8JsonWriter writer, CustomDto value)
    {
        switch (value)
        {
            case GraphCustomDto c: Graph(writer, c); break;
            case TableCustomDto c: Table(writer, c); break;
            case BarChartCustomDto c: BarChart(writer, c); break;
            case StateTimelineCustomDto c: StateTimeline(writer, c); break;
            case HideableCustomDto c: Hideable(writer, c); break;
            default: throw Unmapped(value);
        }
    }
}
