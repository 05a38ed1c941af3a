using System.Text.RegularExpressions;
using Dashboards.PromQL;
using Dashboards.PromQL.Checks;
using Dashboards.PromQL.Parsing;
using Dashboards.PromQL.Metrics;
using Dashboards.Suites.Tests.Support;

namespace Dashboards.Suites.Tests;

/// <summary>
/// Every query reads only metrics of its suite's catalog, with declared labels, and every fixed label filter matches a
/// declared value: the end-to-end tests generate Prometheus data from these catalogs, so a filter on an undeclared
/// value would show an empty panel.
/// </summary>
public sealed class CatalogTests
{
    public static TheoryData<string> SuiteNames => new(AllSuites.All.Select(s => s.Name));

    [Fact]
    public void Metric_catalogs_are_one_per_suite()
    {
        Assert.Equal(AllSuites.All.Count, AllSuites.MetricCatalogs.Count);
        Assert.All(AllSuites.MetricCatalogs, c => Assert.NotEmpty(c));
    }

    [Theory]
    [MemberData(nameof(SuiteNames))]
    public void Every_query_passes_the_checker_against_its_suite_catalog(string suiteName)
    {
        var suite = AllSuites.All.Single(s => s.Name == suiteName);
        var problems = PrometheusQueries(suite)
            .SelectMany(q => PromQLChecker.Check(q.Expr, suite.Metrics).Select(d => $"{q.Dashboard}, {q.Place}: {d.Describe(q.Expr)}"))
            .ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(SuiteNames))]
    public void Every_fixed_label_filter_matches_a_declared_label_value(string suiteName)
    {
        var suite = AllSuites.All.Single(s => s.Name == suiteName);
        var problems = new List<string>();
        foreach (var query in PrometheusQueries(suite))
        {
            foreach (var selector in ExprWalker.DescendantsAndSelf(PromQLParser.Parse(query.Expr)).OfType<VectorSelector>())
            {
                if (selector.MetricName is null || !suite.Metrics.TryResolve(selector.MetricName, out var series))
                {
                    problems.Add($"{query.Dashboard}, {query.Place}: '{selector.MetricName}' is not in the {suite.Name} catalog");
                    continue;
                }
                foreach (var matcher in selector.Matchers)
                {
                    if (matcher.Name == "__name__" || matcher.Value.Contains('$')) continue; // Grafana variables match whatever is selected
                    var label = series.Metric.FindLabel(matcher.Name);
                    if (label is null || label.Values.IsEmpty)
                    {
                        problems.Add($"{query.Dashboard}, {query.Place}: label '{matcher.Name}' of {selector.MetricName} has no declared values");
                        continue;
                    }
                    var values = label.Values.ToList();
                    var matches = matcher.Op switch
                    {
                        MatchOp.Equal => values.Contains(matcher.Value),
                        MatchOp.NotEqual => values.Any(v => v != matcher.Value),
                        MatchOp.Regex => values.Any(v => Regex.IsMatch(v, $"^(?:{matcher.Value})$")),
                        MatchOp.NotRegex => values.Any(v => !Regex.IsMatch(v, $"^(?:{matcher.Value})$")),
                        _ => true,
                    };
                    if (!matches)
                        problems.Add($"{query.Dashboard}, {query.Place}: {matcher.Name}{matcher.Op} \"{matcher.Value}\" matches none of {string.Join(", ", values)}");
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static IEnumerable<EmittedQuery> PrometheusQueries(Suite suite) =>
        CompiledSuites.Compilation.Dashboards
            .Where(d => d.Folder.Uid == suite.Folder.Uid)
            .SelectMany(d => DashboardJson.Queries(d.Uid, DashboardJson.Parse(d.Json)))
            .Where(q => q.DatasourceType == "prometheus");
}
