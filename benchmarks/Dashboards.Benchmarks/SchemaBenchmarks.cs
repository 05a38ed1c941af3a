using BenchmarkDotNet.Attributes;
using Dashboards.Benchmarks.Reporting;
using Dashboards.Benchmarks.Workloads;
using Dashboards.Model.Json;
using Dashboards.Model.Schema;

namespace Dashboards.Benchmarks;

/// <summary>Schema validation alone, over JSON compiled beforehand: the five suites, and the 10-panel sample.</summary>
[Config(typeof(BenchmarkConfig))]
[MemoryDiagnoser]
public class SchemaBenchmarks : IItemCount
{
    private (string Title, byte[] Json)[] _suites = [];
    private byte[] _sample = [];

    [Params("suites", "sample-10")]
    public string Input { get; set; } = "suites";

    public int ItemCount => Input == "suites" ? SuiteCatalog.PanelCount : 10;

    [GlobalSetup]
    public void Setup()
    {
        _suites = [.. SuiteCatalog.Dashboards.Select(d => (d.Title, d.Json))];
        _sample = DashboardJson.Serialize(SampleDashboards.Build(0, 10));
        if (Validate() != 0) throw new InvalidOperationException($"Schema errors in the '{Input}' input.");
    }

    [Benchmark]
    [Goal("panel", GoalKind.Report, 0)]
    public int Validate()
    {
        if (Input != "suites") return SchemaValidator.Validate("sample", _sample).Count;
        var errors = 0;
        foreach (var (title, json) in _suites) errors += SchemaValidator.Validate(title, json).Count;
        return errors;
    }
}
