using BenchmarkDotNet.Attributes;
using Dashboards.Benchmarks.Reporting;
using Dashboards.Benchmarks.Workloads;
using Dashboards.PromQL;
using Dashboards.PromQL.Parsing;

namespace Dashboards.Benchmarks;

/// <summary>Parsing and printing every query of a query set (see <see cref="QuerySets"/>); one operation = the whole set.</summary>
[Config(typeof(BenchmarkConfig))]
[MemoryDiagnoser]
public class PromQLBenchmarks : IItemCount
{
    private string[] _queries = [];
    private Expr[] _parsed = [];

    [Params(QuerySets.SeedTable, QuerySets.Suites)]
    public string QuerySet { get; set; } = QuerySets.SeedTable;

    public int ItemCount => QuerySets.Get(QuerySet).Count;

    [GlobalSetup]
    public void Setup()
    {
        _queries = [.. QuerySets.Get(QuerySet)];
        _parsed = [.. _queries.Select(PromQLParser.Parse)];
    }

    [Benchmark]
    [Goal("queries", GoalKind.MinItemsPerSecond, 500_000)]
    public Expr? Parse()
    {
        Expr? last = null;
        foreach (var query in _queries) last = PromQLParser.Parse(query);
        return last;
    }

    [Benchmark]
    [Goal("queries", GoalKind.MinItemsPerSecond, 2_000_000)]
    public int Print()
    {
        var length = 0;
        foreach (var expr in _parsed) length += expr.ToString().Length;
        return length;
    }
}
