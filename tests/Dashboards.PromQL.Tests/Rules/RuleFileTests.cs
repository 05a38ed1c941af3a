using Dashboards.PromQL.Metrics;
using Dashboards.PromQL.Rules;
using Dashboards.PromQL.Tests.Metrics;

namespace Dashboards.PromQL.Tests.Rules;

public class RuleFileTests
{
    private static RuleFile Sample(PromDuration window) => new(
        new RuleGroup("bots.recording",
            new RecordingRule("provider:bots_api_calls:rate5m", Prom.Sum(BotsMetrics.ApiCalls.Rate(PromDuration.FromMinutes(5))).By("provider")),
            new RecordingRule("bots:up:count", Prom.Count(Prom.Metric("up").Where("job", "bots"))).WithLabel("team", "ai")) { Interval = PromDuration.FromSeconds(30) },
        new RuleGroup("bots.alerts",
            new AlertingRule("HighErrorRate", MetricPatterns.RatioOfRates(BotsMetrics.Errors, BotsMetrics.ApiCalls, window, "provider").GreaterThan(0.05))
                .WithFor(PromDuration.FromMinutes(5))
                .WithKeepFiringFor(PromDuration.FromMinutes(10))
                .WithLabel("severity", "warning")
                .WithSummary("High error rate for {{ $labels.provider }}")
                .WithDescription("Error ratio is {{ $value | humanizePercentage }}\nCheck the \"provider\" dashboard."),
            new AlertingRule("SlowResponses", BotsMetrics.ResponseTime.Quantile(0.99, PromDuration.FromMinutes(5)).GreaterThan(5))) { Limit = 10 });

    [Fact]
    public void Yaml_has_the_prometheus_rule_file_shape()
    {
        var yaml = Sample(PromDuration.FromMinutes(5)).ToYaml();
        Assert.Equal(
            """
            groups:
            - name: bots.recording
              interval: 30s
              rules:
              - record: provider:bots_api_calls:rate5m
                expr: "sum by (provider) (rate(bots_bot_api_calls_total[5m]))"
              - record: bots:up:count
                expr: "count(up{job=\"bots\"})"
                labels:
                  team: "ai"
            - name: bots.alerts
              limit: 10
              rules:
              - alert: HighErrorRate
                expr: "sum by (provider) (rate(bots_bot_errors_total[5m])) / sum by (provider) (rate(bots_bot_api_calls_total[5m])) > 0.05"
                for: 5m
                keep_firing_for: 10m
                labels:
                  severity: "warning"
                annotations:
                  summary: "High error rate for {{ $labels.provider }}"
                  description: "Error ratio is {{ $value | humanizePercentage }}\nCheck the \"provider\" dashboard."
              - alert: SlowResponses
                expr: "histogram_quantile(0.99, sum by (le) (rate(bots_bot_response_time_seconds_bucket[5m]))) > 5"

            """.Replace("\r\n", "\n"),
            yaml);
    }

    [Fact]
    public void Validation_rejects_grafana_number_variables()
    {
        var file = new RuleFile(new RuleGroup("g",
            new RecordingRule("job:x:per_range", Prom.Sum(Prom.Metric("x")).By("job") / Scalar.RangeSeconds),
            new RecordingRule("job:x:top", Prom.TopK(Scalar.Variable("k"), Prom.Metric("x")))));
        Assert.Equal(
            [
                "group 1 ('g'), rule 1 (record 'job:x:per_range'): expr uses Grafana variable $__range_s; Prometheus evaluates rules without Grafana, so use a number",
                "group 1 ('g'), rule 2 (record 'job:x:top'): expr uses Grafana variable $k; Prometheus evaluates rules without Grafana, so use a number",
            ],
            file.Validate());
    }

    [Fact]
    public void Validation_rejects_grafana_variables_and_names_every_problem()
    {
        var errors = Sample(PromDuration.RateInterval).Validate();
        var e = Assert.Single(errors);
        Assert.Equal("group 2 ('bots.alerts'), rule 1 (alert 'HighErrorRate'): expr uses Grafana variable $__rate_interval; Prometheus evaluates rules without Grafana, so use a fixed duration", e);
        var ex = Assert.Throws<RuleValidationException>(() => Sample(PromDuration.RateInterval).ToYaml());
        Assert.Equal(errors, ex.Errors);

        var bad = new RuleFile(
            new RuleGroup("g", new RecordingRule("bad name", Prom.Metric("up")).WithLabel("bad-label", "x")),
            new RuleGroup("g", new AlertingRule("", Prom.Metric("up")).WithFor(PromDuration.Interval)),
            new RuleGroup("empty"));
        Assert.Equal(
        [
            "group 1 ('g'), rule 1 (record 'bad name'): invalid recording rule name 'bad name' (must be a metric name, [a-zA-Z_:][a-zA-Z0-9_:]*)",
            "group 1 ('g'), rule 1 (record 'bad name'): invalid label name 'bad-label' ([a-zA-Z_][a-zA-Z0-9_]*)",
            "group 2 ('g'): group name 'g' is used twice in the file",
            "group 2 ('g'), rule 1 (alert ''): alert name must not be empty",
            "group 2 ('g'), rule 1 (alert ''): for cannot be a Grafana variable ($__interval)",
            "group 3 ('empty'): group has no rules",
        ], bad.Validate());
    }

    [Fact]
    public void Promtool_accepts_the_generated_file()
    {
        var yaml = Sample(PromDuration.FromMinutes(5)).ToYaml();
        var result = Dashboards.Testing.Promtool.CheckRules(yaml);
        Assert.True(result.Success, result + "\n" + yaml);
        Assert.Contains("SUCCESS: 4 rules found", result.StandardOutput);
    }

    [Fact]
    public void Rules_only_take_instant_vectors_or_scalars()
    {
        Assert.Throws<ArgumentNullException>(() => new RecordingRule("x", (InstantVector)null!));
        Assert.Throws<ArgumentException>(() => new AlertingRule("x", InstantVector.From(new NumberLiteral(1))));
        var scalar = new RecordingRule("x:time", Prom.Time());
        Assert.Equal("time()", scalar.Expr.ToString());
    }

    [Fact]
    public void Rule_file_target_rejects_what_that_prometheus_does_not_accept()
    {
        var latest = Prom.FirstOverTime(Prom.Metric("up").Range(PromDuration.FromExpression(DurationExpr.Step * 5)));
        var file = new RuleFile(new RuleGroup("g", new RecordingRule("job:up:first", Prom.Sum(latest).By("job"))));
        Assert.Empty(file.Validate());
        var old = file.WithTarget(PromTarget.Prometheus2_42);
        var errors = old.Validate();
        Assert.Contains(errors, e => e.Contains("group 1 ('g'), rule 1 (record 'job:up:first')") && e.Contains("function \"first_over_time\" needs Prometheus 3.7"));
        Assert.Contains(errors, e => e.Contains("duration arithmetic needs Prometheus 3.4"));
        Assert.Throws<RuleValidationException>(() => old.ToYaml());
        Assert.Contains("first_over_time(up[step() * 5])", file.ToYaml());
        var promtool = Dashboards.Testing.Promtool.CheckRules(file.ToYaml());
        Assert.False(promtool.Success, "promtool 2.42 must reject what the 2.42 target rejects");
    }
}
