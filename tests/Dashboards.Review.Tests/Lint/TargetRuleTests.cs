using Dashboards.Model;
using Dashboards.PromQL.Metrics;
using static Dashboards.Review.Tests.Lint.LintTestSupport;

namespace Dashboards.Review.Tests.Lint;

/// <summary>
/// Query rules on one target. The expressions and expected verdicts of the dashboard-linter rows come from Grafana's
/// dashboard-linter tests (lint/rule_target_*_test.go, Apache-2.0): the same query must pass or fail here as there.
/// </summary>
public sealed class TargetRuleTests
{
    private const string Jobbed = "{job=~\"$job\",instance=~\"$instance\"}";

    [Theory]
    // dashboard-linter rule_target_rate_interval_test.go
    [InlineData("sum(rate(foo" + Jobbed + "[$__rate_interval]))", false)]
    [InlineData("sum(rate(foo" + Jobbed + "[$__rate_interval]))/sum(rate(bar" + Jobbed + "[$__rate_interval]))", false)]
    [InlineData("sum(rate(foo" + Jobbed + "[5m]))", true)]
    [InlineData("sum(increase(foo" + Jobbed + "[$__range]))", false)]
    [InlineData("sum(irate(foo" + Jobbed + "[$__interval]))", true)]
    public void Target_rate_interval_rule(string query, bool fires) =>
        Assert.Equal(fires, RuleIds(LintOf(Clean(Panel(query)))).Contains("target-rate-interval-rule"));

    [Theory]
    // dashboard-linter rule_target_counter_agg_test.go
    [InlineData("something_total", true)]
    [InlineData("something_total[$__rate_interval]", true)]
    [InlineData("increase(something_total[$__rate_interval])", false)]
    [InlineData("something_total / rate(somethingelse_total[$__rate_interval])", true)]
    [InlineData("rate(something_total[$__rate_interval]) / somethingelse_total", true)]
    public void Target_counter_agg_rule(string query, bool fires) =>
        Assert.Equal(fires, RuleIds(LintOf(Clean(Panel(query)))).Contains("target-counter-agg-rule"));

    [Theory]
    // dashboard-linter rule_target_job_instance_test.go, for job and for instance
    [InlineData("sum(rate(foo{L=~\"$L\"}[5m]))", false)]
    [InlineData("sum(rate(foo{L=\"integrations/bar\", L=~\"$L\"}[5m]))", false)]
    [InlineData("sum(rate(foo{L=~\"$L\", L=\"integrations/bar\"}[5m]))", false)]
    [InlineData("sum(rate(foo[5m]))", true)]
    [InlineData("sum(rate(foo{L=\"$L\"}[5m]))", true)]
    [InlineData("sum(rate(foo{L=~\"$foo\"}[5m]))", true)]
    public void Target_job_and_instance_rules(string template, bool fires)
    {
        foreach (var label in new[] { "job", "instance" })
        {
            var report = LintOf(Clean(Panel(template.Replace("L", label, StringComparison.Ordinal))));
            Assert.Equal(fires, RuleIds(report).Contains($"target-{label}-rule"));
        }
    }

    [Fact]
    public void Target_promql_rule_names_the_position()
    {
        var finding = Assert.Single(LintOf(Clean(Panel("sum(rate(foo[5m])"))).Findings, f => f.RuleId == "target-promql-rule");
        Assert.Equal(Dashboards.Review.Lint.LintSeverity.Error, finding.Severity);
        Assert.Contains("1:", finding.Message);
        Assert.Equal("panels[0].targets[0]", finding.Path);
    }

    [Theory]
    [InlineData("{app=\"web\"} |= \"error\"", false)]
    [InlineData("sum(count_over_time({app=\"web\"}[5m]))", false)]
    [InlineData("app=web |= error", true)]
    [InlineData("sum(count_over_time({app=\"web\"}[5m])", true)]
    [InlineData("{app=\"web\"} | lineformat \"{{.msg}}\"", true)]
    [InlineData("rate({app=\"web\"} | json [5m]) > ", true)]
    public void Target_logql_rule(string logql, bool fires)
    {
        var panel = new LogsPanel("Logs").WithDescription("d").WithTargets(new LokiTarget(logql)).WithDatasource(DataSourceRef.Variable("loki", DataSourceType.Loki));
        Assert.Equal(fires, RuleIds(LintOf(Clean(panel))).Contains("target-logql-rule"));
    }

    private static readonly MetricCatalog Metrics = BuildMetrics();

    private static MetricCatalog BuildMetrics()
    {
        var catalog = new MetricCatalog();
        catalog.Add(new Counter("http_requests", new Label("code")));
        catalog.Add(new Gauge("queue_depth"));
        catalog.Add(new Histogram("http_request_duration_seconds", new Label("code")));
        catalog.Add(new Gauge("memory_bytes"));
        catalog.Add(new Gauge("cpu_ratio"));
        return catalog;
    }

    [Theory]
    [InlineData("sum(rate(queue_depth[$__rate_interval]))", "target-rate-on-gauge-rule")]
    [InlineData("histogram_quantile(0.9, sum(rate(http_request_duration_seconds_bucket[$__rate_interval])))", "target-histogram-quantile-rule")]
    [InlineData("histogram_quantile(0.9, sum by (code) (rate(http_request_duration_seconds_bucket[$__rate_interval])))", "target-histogram-quantile-rule")]
    [InlineData("sum(rate(http_requests_totl[$__rate_interval]))", "target-catalog-rule")]
    [InlineData("sum(http_request_duration_seconds_count)", "target-counter-raw-rule")]
    [InlineData("max(http_request_duration_seconds_bucket)", "target-counter-raw-rule")]
    public void Typed_rules_fire_with_the_catalog(string query, string rule)
    {
        Assert.Contains(rule, RuleIds(LintOf(Clean(Panel(query)), Metrics)));
        Assert.DoesNotContain(rule, RuleIds(LintOf(Clean(Panel(query)))).Where(r => r != "target-histogram-quantile-rule"));
    }

    [Theory]
    [InlineData("histogram_quantile(0.9, sum by (le) (rate(http_request_duration_seconds_bucket[$__rate_interval])))")]
    [InlineData("sum(rate(http_requests_total[$__rate_interval]))")]
    [InlineData("count(http_requests_total)")]
    [InlineData("sum(increase(http_request_duration_seconds_count[$__rate_interval]))")]
    [InlineData("avg(queue_depth)")]
    public void Typed_rules_stay_quiet_on_right_queries(string query)
    {
        var typed = LintOf(Clean(Panel(query)), Metrics).Findings.Where(f => f.RuleId is "target-rate-on-gauge-rule" or "target-histogram-quantile-rule"
            or "target-catalog-rule" or "target-counter-raw-rule");
        Assert.Empty(typed);
    }

    [Theory]
    [InlineData("histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket[$__rate_interval])))", "s", false)]
    [InlineData("histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket[$__rate_interval])))", "ms", true)]
    [InlineData("histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket[$__rate_interval]))) * 1000", "ms", false)]
    [InlineData("histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket[$__rate_interval])))", "bytes", true)]
    [InlineData("avg(cpu_ratio)", "percent", true)]
    [InlineData("avg(cpu_ratio)", "percentunit", false)]
    [InlineData("avg(cpu_ratio) * 100", "percent", false)]
    [InlineData("sum(memory_bytes)", "bytes", false)]
    [InlineData("sum(memory_bytes)", "s", true)]
    [InlineData("sum(rate(http_requests_total[$__rate_interval]))", "reqps", false)]
    public void Panel_unit_metric_rule(string query, string unit, bool fires) =>
        Assert.Equal(fires, RuleIds(LintOf(Clean(Panel(query, Unit.FromId(unit))), Metrics)).Contains("panel-unit-metric-rule"));
}
