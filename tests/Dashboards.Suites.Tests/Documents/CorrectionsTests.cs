using Dashboards.PromQL.Parsing;
using Dashboards.Suites.Tests.Support;
using Dashboards.Testing;

namespace Dashboards.Suites.Tests.Documents;

/// <summary>
/// The corrections listed in dashboards/README.md: each invalid document query really is rejected, its correction is
/// accepted by promtool, and corrections that reach a dashboard or rule file are what the suites emit.
/// </summary>
public sealed class CorrectionsTests
{
    /// <summary>Invalid queries of the bots cookbook (README rows 4-7) and their corrections.</summary>
    public static TheoryData<string, string> InvalidQueries => new()
    {
        {
            "rate(bot_api_call_duration_sum[5m]) / rate(bot_api_call_duration_count[5m]) by (provider)",
            "sum by (provider) (rate(bot_api_call_duration_sum[5m])) / sum by (provider) (rate(bot_api_call_duration_count[5m]))"
        },
        {
            "rate(bot_api_calls_total[5m]) by (model)",
            "sum by (model) (rate(bot_api_calls_total[5m]))"
        },
        {
            "topk(5, rate(bot_tool_execution_duration_sum[5m]) / rate(bot_tool_execution_duration_count[5m]) by (tool_name))",
            "topk(5, sum by (tool_name) (rate(bot_tool_execution_duration_sum[5m])) / sum by (tool_name) (rate(bot_tool_execution_duration_count[5m])))"
        },
        {
            "rate(bot_cost_total_usd[5m]) by (provider) / rate(bot_api_calls_total{status=\"success\"}[5m]) by (provider)",
            "sum by (provider) (rate(bot_cost_total_usd_total[5m])) / sum by (provider) (rate(bot_api_calls_total{status=\"success\"}[5m]))"
        },
        {
            "(rate(bot_cost_total_usd[5m]) by (provider) / ignoring(provider) group_left sum(rate(bot_cost_total_usd[5m]))) * 100",
            "sum by (provider) (rate(bot_cost_total_usd_total[5m])) / ignoring (provider) group_left () sum(rate(bot_cost_total_usd_total[5m])) * 100"
        },
    };

    [Theory]
    [MemberData(nameof(InvalidQueries))]
    public void The_document_query_is_rejected_and_its_correction_accepted(string original, string corrected)
    {
        Assert.Throws<PromQLParseException>(() => PromQLParser.Parse(original));
        PromQLParser.Parse(corrected);
        var rejected = Promtool.CheckExpressions([original, corrected]);
        Assert.True(rejected.ContainsKey(0), $"promtool accepted the document's query: {original}");
        Assert.False(rejected.ContainsKey(1), $"promtool rejected the correction: {(rejected.TryGetValue(1, out var m) ? m : "")}");
    }

    [Theory]
    [InlineData("bots-performance", "Average Response Time by Model",
        "sum by (model) (rate(bot_response_time_sum{provider=~\"$provider\", model=~\"$model\"}[$__rate_interval])) / sum by (model) (rate(bot_response_time_count{provider=~\"$provider\", model=~\"$model\"}[$__rate_interval]))")]
    [InlineData("sidepanel-system-overview", "Latency Distribution",
        "sum by (le) (rate(sidepanel_request_duration_seconds_bucket[$__rate_interval]))")]
    [InlineData("ava-performance-metrics", "Connection Pool Efficiency",
        "sum(rate(twilio_connection_pool_hits_total[$__rate_interval])) / (sum(rate(twilio_connection_pool_hits_total[$__rate_interval])) + sum(rate(twilio_connection_pool_misses_total[$__rate_interval]))) * 100")]
    public void Dashboards_emit_the_corrected_query(string uid, string panel, string expected)
    {
        var queries = DashboardJson.Queries(uid, DashboardJson.Parse(CompiledSuites.Dashboard(uid).Json))
            .Where(q => q.Place.StartsWith($"panel '{panel}'", StringComparison.Ordinal))
            .Select(q => q.Expr);
        Assert.Contains(expected, queries);
    }

    [Fact]
    public void Tta_estimated_cost_survives_an_idle_model_family()
    {
        var queries = DashboardJson.Queries("tta-agent-observability", DashboardJson.Parse(CompiledSuites.Dashboard("tta-agent-observability").Json));
        var cost = queries.Single(q => q.Place.StartsWith("panel 'Estimated LLM Cost'", StringComparison.Ordinal)).Expr;
        Assert.Equal(2, cost.Split("or vector(0)").Length - 1);
    }

    [Fact]
    public void Ava_open_rate_alert_keeps_the_service_label_its_description_uses()
    {
        var yaml = CompiledSuites.RuleFile("ava").Yaml;
        Assert.Contains("sum by (service) (rate(circuit_breaker_opens_total[1h])) / sum by (service) (rate(circuit_breaker_failures_total[1h]))", yaml);
        Assert.Contains("{{ $labels.service }}", yaml);
    }
}
