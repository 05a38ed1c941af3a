using Dashboards.PromQL.Checks;
using Dashboards.PromQL.Functions;
using Dashboards.PromQL.Tests.Metrics;

namespace Dashboards.PromQL.Tests.Checks;

public class CheckerTests
{
    private static IReadOnlyList<PromQLDiagnostic> Check(string q) => PromQLChecker.Check(q, BotsMetrics.Catalog);

    [Fact]
    public void Clean_queries_give_no_diagnostics()
    {
        Assert.Empty(Check("sum by (provider) (rate(bots_bot_api_calls_total{provider=~\"$provider\"}[$__rate_interval]))"));
        Assert.Empty(Check("histogram_quantile(0.95, sum by (le, model) (rate(bots_bot_response_time_seconds_bucket[5m])))"));
        Assert.Empty(PromQLChecker.Check(BotsMetrics.ResponseTime.Quantile(0.9, "provider"), BotsMetrics.Catalog));
        Assert.Empty(PromQLChecker.Check(BotsMetrics.ResponseTime.Average("provider"), BotsMetrics.Catalog));
    }

    [Fact]
    public void Rate_on_a_gauge_is_a_warning_with_position()
    {
        const string q = "sum(rate(bots_sessions_active[5m]))";
        var d = Assert.Single(Check(q));
        Assert.Equal((DiagnosticSeverity.Warning, PromQLChecker.RateOnGaugeCode), (d.Severity, d.Code));
        Assert.Contains("rate() on gauge 'bots_sessions_active'", d.Message);
        Assert.Equal(4, d.Position.Start);
        Assert.StartsWith("warning rate-on-gauge: 1:5: ", d.Describe(q));
        Assert.Contains(PromQLChecker.Check("increase(bots_rpc_latency_milliseconds[1h])", BotsMetrics.Catalog), x => x.Code == PromQLChecker.RateOnGaugeCode);
        Assert.DoesNotContain(PromQLChecker.Check("rate(bots_rpc_latency_milliseconds_count[1h])", BotsMetrics.Catalog), x => x.Code == PromQLChecker.RateOnGaugeCode);
    }

    [Fact]
    public void Histogram_quantile_over_a_non_bucket_series_or_without_le()
    {
        var sum = Assert.Single(Check("histogram_quantile(0.9, rate(bots_bot_response_time_seconds_sum[5m]))"));
        Assert.Contains("not a _bucket series; use 'bots_bot_response_time_seconds_bucket'", sum.Message);

        var noLe = Assert.Single(Check("histogram_quantile(0.9, sum by (provider) (rate(bots_bot_response_time_seconds_bucket[5m])))"));
        Assert.Equal(PromQLChecker.HistogramQuantileCode, noLe.Code);
        Assert.Contains("needs the 'le' label, but sum by (...) drops it", noLe.Message);

        Assert.Single(Check("histogram_quantile(0.9, sum(rate(bots_bot_response_time_seconds_bucket[5m])))"));
        Assert.Single(Check("histogram_quantile(0.9, sum without (le) (rate(bots_bot_response_time_seconds_bucket[5m])))"));
        Assert.Empty(Check("histogram_quantile(0.9, sum without (provider) (rate(bots_bot_response_time_seconds_bucket[5m])))"));

        // Without a catalog: the _bucket suffix decides, and a non-bucket name may be a native histogram.
        var info = Assert.Single(PromQLChecker.Check("histogram_quantile(0.9, rate(http_duration_seconds[5m]))"));
        Assert.Equal(DiagnosticSeverity.Info, info.Severity);
        Assert.Single(PromQLChecker.Check("histogram_quantile(0.9, sum by (job) (rate(http_duration_seconds_bucket[5m])))"));
    }

    [Fact]
    public void Unknown_metrics_and_labels_are_flagged_with_suggestions()
    {
        var d = Assert.Single(Check("rate(bots_bot_api_call_total[5m])"));
        Assert.Equal(PromQLChecker.UnknownMetricCode, d.Code);
        Assert.Contains("did you mean 'bots_bot_api_calls_total'?", d.Message);
        var label = Assert.Single(Check("bots_bot_api_calls_total{provder=\"x\"}"));
        Assert.Equal(PromQLChecker.UnknownLabelCode, label.Code);
        Assert.Empty(Check("bots_bot_response_time_seconds_bucket{le=\"0.5\", job=\"bots\"}"));
    }

    [Fact]
    public void Type_errors_in_built_trees_are_reported()
    {
        var rate = new FunctionCall(FunctionTable.Get("rate"), EquatableArray.Create<Expr>(new VectorSelector("x")));
        var d = Assert.Single(PromQLChecker.Check(rate));
        Assert.Equal((DiagnosticSeverity.Error, PromQLChecker.TypeCode), (d.Severity, d.Code));
        Assert.Contains("expected type range vector in call to function \"rate\", got instant vector (add a range, e.g. rate(x[5m]))", d.Message);
        Assert.Equal("error type: in 'rate(x)': " + d.Message, d.Describe());

        var bad = new BinaryExpr(BinaryOp.Greater, new NumberLiteral(1), new MatrixSelector(new VectorSelector("x"), PromDuration.FromMinutes(1)));
        Assert.Contains(PromQLChecker.Check(bad), x => x.Message.Contains("must contain only scalar and instant vector types"));
        Assert.Contains(PromQLChecker.Check(new BinaryExpr(BinaryOp.Less, new NumberLiteral(1), new NumberLiteral(2))), x => x.Message.Contains("BOOL"));
        Assert.Contains(PromQLChecker.Check(new AggregateExpr(AggregateOp.TopK, new VectorSelector("x"))), x => x.Message.Contains("needs a scalar parameter"));
        Assert.Contains(PromQLChecker.Check(new VectorSelector(null, EquatableArray.Create(LabelMatcher.Equal("a", "")))), x => x.Code == PromQLChecker.SelectorCode);
    }

    [Fact]
    public void Parse_errors_become_diagnostics_and_grouping_after_binary_is_named()
    {
        var d = Assert.Single(PromQLChecker.Check("rate(a[5m]) / rate(b[5m]) by (provider)"));
        Assert.Equal((DiagnosticSeverity.Error, PromQLChecker.ParseCode, 26), (d.Severity, d.Code, d.Position.Start));
        Assert.Contains("grouping clause 'by (provider)' must follow an aggregation", d.Message);
    }

    [Fact]
    public void Newer_functions_get_a_version_note()
    {
        var d = Assert.Single(PromQLChecker.Check("limitk(2, up)", null, PromTarget.Prometheus2_42));
        Assert.Equal((DiagnosticSeverity.Warning, PromQLChecker.VersionCode), (d.Severity, d.Code));
        Assert.Contains("Prometheus 2.54", d.Message);
        Assert.Contains("promql-experimental-functions", Assert.Single(PromQLChecker.Check("limitk(2, up)")).Message);
        Assert.Equal(new Version(3, 0), PromQLChecker.MinimumPrometheusVersion(Dashboards.PromQL.Parsing.PromQLParser.Parse("info(up) + sort_by_label(up, \"a\")")));
        Assert.Equal(new Version(2, 0), PromQLChecker.MinimumPrometheusVersion(Dashboards.PromQL.Parsing.PromQLParser.Parse("rate(x[5m])")));
    }
}
