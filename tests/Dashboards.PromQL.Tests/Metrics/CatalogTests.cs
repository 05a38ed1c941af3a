using Dashboards.PromQL.Metrics;
using Dashboards.PromQL.Parsing;

namespace Dashboards.PromQL.Tests.Metrics;

/// <summary>A catalog shaped like the Bots seed: OpenTelemetry instruments exported through a collector with namespace "bots".</summary>
internal static class BotsMetrics
{
    public static readonly Label Provider = new("provider", "anthropic", "openai", "google");
    public static readonly Label Model = new("model", "claude-3-5-sonnet-latest", "gpt-4o");
    public static readonly Label ToolName = new("tool_name");

    public static readonly MetricCatalog Catalog = new("bots");
    public static readonly Counter ApiCalls = Catalog.Add(new Counter("bot.api_calls", Provider, Model, new Label("status", "success", "error", "timeout")));
    public static readonly Counter Tokens = Catalog.Add(new Counter("bot.tokens_used", Provider, Model, new Label("token_type", "input", "output")) { Unit = "{tokens}" });
    public static readonly Histogram ResponseTime = Catalog.Add(new Histogram("bot.response_time", Provider, Model) { Unit = "s", Help = "Total time for bot.respond()" });
    public static readonly Gauge ActiveSessions = Catalog.Gauge("sessions.active", Provider);
    public static readonly Summary Latency = Catalog.Summary("rpc.latency", "ms", ToolName);
    public static readonly Counter Errors = Catalog.Counter("bot.errors_total", Provider, new Label("error_type"));
}

public class CatalogTests
{
    /// <summary>Everything the helpers build, for the promtool test.</summary>
    internal static IEnumerable<PromQLExpr> HelperOutputs()
    {
        var filtered = BotsMetrics.ResponseTime.Matches("provider", "$provider");
        return
        [
            BotsMetrics.ApiCalls.Rate(), BotsMetrics.ApiCalls.IRate(), BotsMetrics.ApiCalls.Increase(PromDuration.FromHours(1)),
            BotsMetrics.ApiCalls.SumRate("provider", "model"), BotsMetrics.ApiCalls.SumIncrease(PromDuration.FromDays(1), "status"),
            BotsMetrics.ResponseTime.Quantile(0.95, "provider"), filtered.Quantile(0.5), filtered.Average("model"), filtered.CountRate(),
            BotsMetrics.ActiveSessions.Sum("provider"), BotsMetrics.ActiveSessions.AvgOverTime(), BotsMetrics.ActiveSessions.MaxOverTime(PromDuration.Range),
            BotsMetrics.Latency.Quantile(0.99), BotsMetrics.Latency.Average("tool_name"),
            MetricPatterns.RatioOfRates(BotsMetrics.Errors, BotsMetrics.ApiCalls, "provider"),
            MetricPatterns.TopK(5, BotsMetrics.Tokens.SumRate("model")),
        ];
    }

    [Fact]
    public void Exported_names_follow_the_opentelemetry_to_prometheus_rules()
    {
        Assert.Equal("bots_bot_api_calls_total", BotsMetrics.ApiCalls.ExportedName);
        Assert.Equal("bots_bot_tokens_used_total", BotsMetrics.Tokens.ExportedName);
        Assert.Equal("bots_bot_response_time_seconds_bucket", BotsMetrics.ResponseTime.BucketName);
        Assert.Equal("bots_bot_response_time_seconds_sum", BotsMetrics.ResponseTime.SumName);
        Assert.Equal("bots_bot_response_time_seconds_count", BotsMetrics.ResponseTime.CountName);
        Assert.Equal("bots_sessions_active", BotsMetrics.ActiveSessions.ExportedName);
        Assert.Equal("bots_rpc_latency_milliseconds", BotsMetrics.Latency.ExportedName);
        Assert.Equal("bots_bot_errors_total", BotsMetrics.Errors.ExportedName);
        Assert.Equal("http_request_duration_seconds_bucket", new Histogram("http_request_duration_seconds").BucketName);
        Assert.Equal("http_request_duration_seconds_bucket", new Histogram("http.request.duration") { Unit = "s" }.BucketName.Replace("http_request_duration", "http_request_duration"));
        Assert.Equal("process_cpu_seconds_total", new Counter("process.cpu") { Unit = "s" }.ExportedName);
        Assert.Equal("disk_io_bytes_total", new Counter("disk.io_total") { Unit = "By" }.ExportedName);
    }

    [Fact]
    public void Catalog_is_enumerable_with_kinds_series_labels_and_values()
    {
        var metrics = BotsMetrics.Catalog.ToList();
        Assert.Equal(6, metrics.Count);
        Assert.Equal([MetricKind.Counter, MetricKind.Counter, MetricKind.Histogram, MetricKind.Gauge, MetricKind.Summary, MetricKind.Counter], metrics.Select(m => m.Kind));
        var histogram = metrics.OfType<Histogram>().Single();
        Assert.Equal(["bots_bot_response_time_seconds_bucket", "bots_bot_response_time_seconds_sum", "bots_bot_response_time_seconds_count"], histogram.SeriesNames);
        Assert.Equal(["anthropic", "openai", "google"], histogram.FindLabel("provider")!.Values);
        Assert.Equal(10, BotsMetrics.Catalog.AllSeries.Count());
        Assert.True(BotsMetrics.Catalog.TryResolve("bots_bot_response_time_seconds_sum", out var sum));
        Assert.Equal((SeriesRole.Sum, (MetricDefinition)BotsMetrics.ResponseTime), (sum.Role, sum.Metric));
        Assert.False(BotsMetrics.Catalog.TryResolve("bot_response_time_sum", out _));
    }

    [Fact]
    public void Helpers_build_the_everyday_queries()
    {
        Assert.Equal("rate(bots_bot_api_calls_total[$__rate_interval])", BotsMetrics.ApiCalls.Rate().ToString());
        Assert.Equal("sum by (provider) (rate(bots_bot_api_calls_total[$__rate_interval]))", BotsMetrics.ApiCalls.SumRate("provider").ToString());
        Assert.Equal("sum(increase(bots_bot_api_calls_total[1h]))", BotsMetrics.ApiCalls.SumIncrease(PromDuration.FromHours(1)).ToString());
        Assert.Equal("histogram_quantile(0.95, sum by (le, provider) (rate(bots_bot_response_time_seconds_bucket[$__rate_interval])))",
            BotsMetrics.ResponseTime.Quantile(0.95, "provider").ToString());
        Assert.Equal("sum by (model) (rate(bots_bot_response_time_seconds_sum[$__rate_interval])) / sum by (model) (rate(bots_bot_response_time_seconds_count[$__rate_interval]))",
            BotsMetrics.ResponseTime.Average("model").ToString());
        Assert.Equal("sum by (provider) (rate(bots_bot_errors_total[$__rate_interval])) / sum by (provider) (rate(bots_bot_api_calls_total[$__rate_interval]))",
            MetricPatterns.RatioOfRates(BotsMetrics.Errors, BotsMetrics.ApiCalls, "provider").ToString());
        Assert.Equal("topk(5, sum by (model) (rate(bots_bot_tokens_used_total[$__rate_interval])))",
            MetricPatterns.TopK(5, BotsMetrics.Tokens.SumRate("model")).ToString());
        Assert.Equal("bots_rpc_latency_milliseconds{quantile=\"0.99\"}", BotsMetrics.Latency.Quantile(0.99).ToString());
        Assert.Equal("sum by (provider) (bots_sessions_active)", BotsMetrics.ActiveSessions.Sum("provider").ToString());
    }

    [Fact]
    public void Filters_carry_into_every_series_and_check_label_names()
    {
        var filtered = BotsMetrics.ResponseTime.Matches("provider", "$provider").Where("model", "gpt-4o");
        Assert.Equal("histogram_quantile(0.5, sum by (le) (rate(bots_bot_response_time_seconds_bucket{provider=~\"$provider\", model=\"gpt-4o\"}[5m])))",
            filtered.Quantile(0.5, PromDuration.FromMinutes(5)).ToString());
        Assert.Equal("bots_bot_response_time_seconds_count{provider=~\"$provider\", model=\"gpt-4o\"}", filtered.Count().ToString());
        Assert.Empty(BotsMetrics.ResponseTime.Matchers);
        var e = Assert.Throws<ArgumentException>(() => BotsMetrics.ApiCalls.Where("provder", "x"));
        Assert.Contains("Label 'provder' is not declared on metric 'bot.api_calls' (declared: provider, model, status)", e.Message);
        Assert.Equal("bots_bot_api_calls_total{job=\"bots\"}", BotsMetrics.ApiCalls.Where("job", "bots").Selector().ToString());
    }

    [Fact]
    public void Helper_output_parses_back()
    {
        foreach (var q in new PromQLExpr[] { BotsMetrics.ApiCalls.SumRate("provider", "model"), BotsMetrics.ResponseTime.Quantile(0.99), BotsMetrics.Latency.Average() })
            Assert.Equal(q.Syntax, PromQLParser.Parse(q.ToString()));
    }

    [Fact]
    public void Bad_definitions_are_rejected_with_the_reason()
    {
        Assert.Contains("declared twice", Assert.Throws<ArgumentException>(() => new Counter("x", "a", "a")).Message);
        Assert.Contains("must not declare 'le'", Assert.Throws<ArgumentException>(() => new Histogram("h", "le")).Message);
        Assert.Contains("reserved", Assert.Throws<ArgumentException>(() => new Label("__name__")).Message);
        Assert.Contains("not a valid Prometheus label name", Assert.Throws<ArgumentException>(() => new Label("a-b")).Message);
        Assert.Contains("0 and 1", Assert.Throws<ArgumentOutOfRangeException>(() => BotsMetrics.ResponseTime.Quantile(95)).Message);
        var catalog = new MetricCatalog();
        catalog.Add(new Counter("requests_total"));
        Assert.Contains("clashes", Assert.Throws<ArgumentException>(() => catalog.Add(new Counter("requests"))).Message);
    }

    [Fact]
    public void Histograms_and_summaries_can_declare_buckets_and_quantiles()
    {
        var h = new Histogram("sidepanel_request_duration_seconds", "method") { Buckets = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5] };
        Assert.Equal(8, h.Buckets.Count);
        Assert.Empty(new Histogram("x").Buckets);
        Assert.Contains("strictly ascending", Assert.Throws<ArgumentException>(() => new Histogram("x") { Buckets = [1, 0.5] }).Message);
        Assert.Throws<ArgumentException>(() => new Histogram("x") { Buckets = [1, double.PositiveInfinity] });
        Assert.Equal([0.5, 0.99], new Summary("s") { Quantiles = [0.5, 0.99] }.Quantiles);
    }

    [Fact]
    public void Common_labels_join_every_metric()
    {
        var catalog = new MetricCatalog("svc", new Label("service_name", "api"));
        var counter = catalog.Counter("hits", "path");
        Assert.Equal(["path", "service_name"], counter.Labels.Select(l => l.Name));
        Assert.Equal("svc_hits_total{service_name=\"api\"}", counter.Where("service_name", "api").Selector().ToString());
    }
}
