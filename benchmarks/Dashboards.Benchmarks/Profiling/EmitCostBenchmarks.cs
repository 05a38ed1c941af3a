using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Dashboards.Benchmarks.Reporting;
using Dashboards.Benchmarks.Workloads;
using Dashboards.Model;
using Dashboards.Model.Json;

namespace Dashboards.Benchmarks.Profiling;

/// <summary>
/// Splits <c>DashboardBenchmarks.Serialize</c> into its steps (layout; emitting into our writer) and sets it against
/// System.Text.Json: the same document re-written from a parsed <see cref="JsonDocument"/> through Utf8JsonWriter
/// (indented and compact), which is what writing with Utf8JsonWriter costs at the least.
/// </summary>
[Config(typeof(BenchmarkConfig))]
[MemoryDiagnoser]
public class EmitCostBenchmarks : IItemCount
{
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private readonly GrafanaJsonWriter _writer = new(64 * 1024);
    private Utf8JsonWriter _indented = null!;
    private Utf8JsonWriter _compact = null!;
    private Dashboard _dashboard = null!;
    private DashboardLayout _layout = null!;
    private JsonDocument _document = null!;

    public int ItemCount => 10;

    [GlobalSetup]
    public void Setup()
    {
        var options = new JsonWriterOptions { Indented = true, IndentSize = 2, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };
        _indented = new Utf8JsonWriter(_buffer, options);
        _compact = new Utf8JsonWriter(_buffer, options with { Indented = false });
        _dashboard = SampleDashboards.Build(0, ItemCount);
        _layout = LayoutEngine.Arrange(_dashboard);
        var json = DashboardJson.Serialize(_dashboard);
        _document = JsonDocument.Parse(json);
        if (Emit() != json.Length - 1 || Utf8JsonWriterIndented() != json.Length - 1)
            throw new InvalidOperationException("The emitter and Utf8JsonWriter must write the same number of bytes.");
    }

    [Benchmark]
    [Goal("panel", GoalKind.Report, 0)]
    public object Layout() => LayoutEngine.Arrange(_dashboard);

    /// <summary>The model written by DashboardJsonEmitter into GrafanaJsonWriter (no layout, no final copy).</summary>
    [Benchmark(Baseline = true)]
    [Goal("panel", GoalKind.Report, 0)]
    public int Emit()
    {
        _writer.Reset();
        DashboardJsonEmitter.Write(_writer, _dashboard, _layout);
        return _writer.Written.Length;
    }

    [Benchmark]
    [Goal("panel", GoalKind.Report, 0)]
    public int Utf8JsonWriterIndented() => Write(_indented);

    [Benchmark]
    [Goal("panel", GoalKind.Report, 0)]
    public int Utf8JsonWriterCompact() => Write(_compact);

    private int Write(Utf8JsonWriter writer)
    {
        _buffer.ResetWrittenCount();
        writer.Reset(_buffer);
        _document.WriteTo(writer);
        writer.Flush();
        return _buffer.WrittenCount;
    }
}
