using Dashboards.Suites.Tests.Support;
using Dashboards.Testing;

namespace Dashboards.Suites.Tests;

/// <summary>
/// Prometheus itself (promtool, /usr/bin/promtool or $PROMTOOL) accepts every query the suites emit and every rule file.
/// Grafana variables are replaced by fixed values first ($__rate_interval, $__interval, $__range, template variables).
/// </summary>
public sealed class PromtoolTests
{
    public static TheoryData<string> RuleFileNames => new(CompiledSuites.Compilation.RuleFiles.Select(r => r.Name));

    [Fact]
    public void Promtool_accepts_every_prometheus_query_of_every_dashboard()
    {
        var queries = CompiledSuites.Compilation.Dashboards
            .SelectMany(d => DashboardJson.Queries(d.Uid, DashboardJson.Parse(d.Json)))
            .Where(q => q.DatasourceType == "prometheus")
            .ToList();
        Assert.True(queries.Count > 100, $"Expected the suites' queries, found only {queries.Count}.");

        var rejected = Promtool.CheckExpressions(queries.Select(q => q.Expr).ToList());

        Assert.True(rejected.Count == 0, "promtool rejected:\n" + string.Join("\n", rejected.Select(r =>
            $"  {queries[r.Key].Dashboard}, {queries[r.Key].Place}: {queries[r.Key].Expr}\n    {r.Value}")));
    }

    [Theory]
    [MemberData(nameof(RuleFileNames))]
    public void Promtool_check_rules_accepts_the_rule_file(string name)
    {
        var result = Promtool.CheckRules(CompiledSuites.RuleFile(name).Yaml);
        Assert.True(result.Success, $"promtool check rules failed for rules/{name}.yml:\n{result}");
    }
}
