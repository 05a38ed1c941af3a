using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using Dashboards.Benchmarks.Reporting;

namespace Dashboards.Benchmarks.Profiling;

/// <summary>
/// Isolates the cost the emitter pays for <c>[JsonDerivedType]</c> bases (the model's <c>PanelEntryDto</c>,
/// <c>TargetDto</c>, <c>OptionsDto</c>): a source-generated context cannot use its fast path for a polymorphic value,
/// so each one goes through the converter pipeline with its own WriteStack. Same 10 panels written three ways:
/// polymorphic base members (as the model does today), a small converter that dispatches to the concrete type's
/// fast-path type info, and concrete members (the lower bound).
/// </summary>
[Config(typeof(BenchmarkConfig))]
[MemoryDiagnoser]
public class PolymorphicJsonBenchmarks : IItemCount
{
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private Utf8JsonWriter _writer = null!;
    private PolyRoot _poly = null!;
    private DispatchRoot _dispatch = null!;
    private ConcreteRoot _concrete = null!;

    public int ItemCount => 10;

    [GlobalSetup]
    public void Setup()
    {
        _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Indented = true });
        var panels = Enumerable.Range(0, ItemCount).Select(i => new PolyPanel
        {
            Title = "panel " + i,
            Targets = [new PromTarget { RefId = "A", Expr = "sum by (code) (rate(http_requests_total{job=\"$job\"}[$__rate_interval]))" }],
            Options = new GraphOptions { Legend = "table", Tooltip = "multi" },
        }).ToArray();
        _poly = new PolyRoot { Panels = panels };
        _dispatch = new DispatchRoot
        {
            Panels = [.. panels.Select(p => new DispatchPanel { Title = p.Title, Targets = [.. p.Targets], Options = p.Options })],
        };
        _concrete = new ConcreteRoot
        {
            Panels = [.. panels.Select(p => new ConcretePanel { Title = p.Title, Targets = [.. p.Targets.Cast<PromTarget>()], Options = (GraphOptions)p.Options })],
        };
        if (Poly() != Dispatch() || Dispatch() != Concrete()) throw new InvalidOperationException("The three shapes must write the same JSON.");
    }

    [Benchmark(Baseline = true)]
    [Goal("panel", GoalKind.Report, 0)]
    public int Poly() => Write(_poly, PolyJsonContext.Default.PolyRoot);

    [Benchmark]
    [Goal("panel", GoalKind.Report, 0)]
    public int Dispatch() => Write(_dispatch, PolyJsonContext.Default.DispatchRoot);

    [Benchmark]
    [Goal("panel", GoalKind.Report, 0)]
    public int Concrete() => Write(_concrete, PolyJsonContext.Default.ConcreteRoot);

    private int Write<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info)
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        JsonSerializer.Serialize(_writer, value, info);
        _writer.Flush();
        return _buffer.WrittenCount;
    }
}

[JsonDerivedType(typeof(PromTarget))]
internal abstract class TargetBase;

internal sealed class PromTarget : TargetBase
{
    public required string RefId { get; init; }
    public required string Expr { get; init; }
}

[JsonDerivedType(typeof(GraphOptions))]
internal abstract class OptionsBase;

internal sealed class GraphOptions : OptionsBase
{
    public required string Legend { get; init; }
    public required string Tooltip { get; init; }
}

[JsonDerivedType(typeof(PolyPanel))]
internal abstract class PolyEntry;

internal sealed class PolyPanel : PolyEntry
{
    public required string Title { get; init; }
    public required TargetBase[] Targets { get; init; }
    public required OptionsBase Options { get; init; }
}

internal sealed class PolyRoot
{
    public required PolyEntry[] Panels { get; init; }
}

internal sealed class DispatchPanel
{
    public required string Title { get; init; }
    [JsonConverter(typeof(TargetDispatchConverter))] public required TargetBase[] Targets { get; init; }
    [JsonConverter(typeof(OptionsDispatchConverter))] public required OptionsBase Options { get; init; }
}

internal sealed class DispatchRoot
{
    public required DispatchPanel[] Panels { get; init; }
}

internal sealed class ConcretePanel
{
    public required string Title { get; init; }
    public required PromTarget[] Targets { get; init; }
    public required GraphOptions Options { get; init; }
}

internal sealed class ConcreteRoot
{
    public required ConcretePanel[] Panels { get; init; }
}

/// <summary>Writes each target with its concrete type's source-generated fast path.</summary>
internal sealed class TargetDispatchConverter : JsonConverter<TargetBase[]>
{
    public override TargetBase[] Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

    public override void Write(Utf8JsonWriter writer, TargetBase[] value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var target in value)
        {
            switch (target)
            {
                case PromTarget p: JsonSerializer.Serialize(writer, p, PolyJsonContext.Default.PromTarget); break;
                default: throw new NotSupportedException(target.GetType().Name);
            }
        }
        writer.WriteEndArray();
    }
}

internal sealed class OptionsDispatchConverter : JsonConverter<OptionsBase>
{
    public override OptionsBase Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

    public override void Write(Utf8JsonWriter writer, OptionsBase value, JsonSerializerOptions options)
    {
        switch (value)
        {
            case GraphOptions g: JsonSerializer.Serialize(writer, g, PolyJsonContext.Default.GraphOptions); break;
            default: throw new NotSupportedException(value.GetType().Name);
        }
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(PolyRoot))]
[JsonSerializable(typeof(DispatchRoot))]
[JsonSerializable(typeof(ConcreteRoot))]
internal sealed partial class PolyJsonContext : JsonSerializerContext;
