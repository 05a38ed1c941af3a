using System.Text.Json.Nodes;
using Dashboards.Suites.Tests.Support;

namespace Dashboards.Suites.Tests.Documents;

/// <summary>Settings the documents spell out beyond titles: variables, annotations, refresh, time, datasources, thresholds.</summary>
public sealed class DocumentDetailsTests
{
    private static JsonObject Json(string uid) => DashboardJson.Parse(CompiledSuites.Dashboard(uid).Json);

    private static IReadOnlyList<string> VariableNames(JsonObject dashboard) =>
        dashboard["templating"]!["list"]!.AsArray().Select(v => (string)v!["name"]!).ToList();

    private static JsonObject Panel(string uid, string title) =>
        DashboardJson.Panels(Json(uid)).Single(p => p.Title == title).Json;

    [Theory]
    [InlineData("bots-performance", new[] { "datasource", "provider", "model" })]
    [InlineData("bots-cost", new[] { "datasource", "provider", "model" })]
    [InlineData("bots-errors", new[] { "datasource", "provider", "error_type", "tool_name" })]
    public void Bots_dashboards_have_the_documented_filter_variables(string uid, string[] variables) =>
        Assert.Equal(variables, VariableNames(Json(uid)));

    [Theory]
    [InlineData("bots-performance")]
    [InlineData("bots-errors")]
    public void Bots_dashboards_mark_deployments(string uid)
    {
        var annotations = Json(uid)["annotations"]!["list"]!.AsArray();
        var deployments = annotations.Single(a => (string?)a!["name"] == "Deployments")!;
        Assert.Equal("deployment", (string?)deployments["target"]!["tags"]![0]);
        Assert.Equal("grafana", (string?)deployments["datasource"]!["type"]);
    }

    [Fact]
    public void Bots_cost_dashboard_annotates_cost_spikes_and_high_cost_operations()
    {
        var names = Json("bots-cost")["annotations"]!["list"]!.AsArray().Select(a => (string?)a!["name"]).ToList();
        Assert.Contains("Cost Spikes", names);
        Assert.Contains("High-Cost Operations", names);
    }

    [Fact]
    public void Bots_response_time_panel_keeps_the_documented_legends()
    {
        var legends = Panel("bots-performance", "Response Time (p50, p95, p99)")["targets"]!.AsArray()
            .Select(t => (string?)t!["legendFormat"]).ToList();
        Assert.Equal(["p50 - {{provider}}/{{model}}", "p95 - {{provider}}/{{model}}", "p99 - {{provider}}/{{model}}"], legends);
    }

    [Theory]
    [InlineData("Tokens Today", "now/d")]
    [InlineData("Cost Today", "now/d")]
    [InlineData("Cost This Week", "now/w")]
    [InlineData("Cost This Month", "now/M")]
    public void Sidepanel_today_week_and_month_are_calendar_periods_so_far(string title, string timeFrom)
    {
        var panel = Panel("sidepanel-venice-api", title);
        Assert.Equal(timeFrom, (string?)panel["timeFrom"]);
        // Each query covers the panel's whole range, read once at "now".
        foreach (var target in panel["targets"]!.AsArray())
        {
            Assert.Contains("[$__range]", (string?)target!["expr"]);
            Assert.True((bool?)target["instant"], $"{title}: {(string?)target["refId"]} should be an instant query");
        }
    }

    [Fact]
    public void Tta_refreshes_every_10s_over_the_last_hour_with_a_datasource_variable()
    {
        var json = Json("tta-agent-observability");
        Assert.Equal("10s", (string?)json["refresh"]);
        Assert.Equal("now-1h", (string?)json["time"]!["from"]);
        var variable = json["templating"]!["list"]!.AsArray().Single()!;
        Assert.Equal("DS_PROMETHEUS", (string?)variable["name"]);
        Assert.Equal("datasource", (string?)variable["type"]);
    }

    [Theory]
    [InlineData("System Health Score", 0.80, 0.95)]
    [InlineData("Cache Hit Rate", 0.50, 0.80)]
    public void Tta_gauges_use_the_documented_thresholds(string title, double yellowFrom, double greenFrom)
    {
        var steps = Panel("tta-agent-observability", title)["fieldConfig"]!["defaults"]!["thresholds"]!["steps"]!.AsArray();
        Assert.Equal(["red", "yellow", "green"], steps.Select(s => (string?)s!["color"]));
        Assert.Equal([yellowFrom, greenFrom], steps.Skip(1).Select(s => (double)s!["value"]!));
    }

    [Theory]
    [InlineData("dubai-estate-mission-control")]
    [InlineData("dubai-estate-user-analytics")]
    [InlineData("dubai-estate-ai-cost")]
    public void Dubai_estate_dashboards_offer_prometheus_and_loki_datasources(string uid)
    {
        var types = Json(uid)["templating"]!["list"]!.AsArray()
            .Where(v => (string?)v!["type"] == "datasource")
            .Select(v => (string?)v!["query"])
            .ToList();
        Assert.Equal(["prometheus", "loki"], types);
    }

    [Fact]
    public void Dubai_estate_recent_logs_is_a_loki_logs_panel()
    {
        var panel = Panel("dubai-estate-mission-control", "Recent Logs");
        Assert.Equal("logs", (string?)panel["type"]);
        Assert.Equal("loki", (string?)panel["targets"]![0]!["datasource"]!["type"]);
    }

    [Theory]
    [InlineData("ava-error-analytics", "5xx Error Rate", new[] { 0.1, 0.5, 1 })]
    [InlineData("ava-error-analytics", "Error Budget vs 99.9% SLO", new[] { 99, 99.5, 99.9 })]
    [InlineData("ava-performance-metrics", "Connection Pool Efficiency", new[] { 70.0, 80, 90 })]
    [InlineData("ava-circuit-breaker-health", "Open Rate", new[] { 0.5, 1, 5 })]
    public void Ava_panels_use_the_slo_table_as_thresholds(string uid, string title, double[] levels)
    {
        var steps = Panel(uid, title)["fieldConfig"]!["defaults"]!["thresholds"]!["steps"]!.AsArray();
        Assert.Equal(levels, steps.Skip(1).Select(s => (double)s!["value"]!));
    }

    public static TheoryData<string> DashboardUids => new(ExpectedSuites.All.Select(d => d.Uid));

    [Theory]
    [MemberData(nameof(DashboardUids))]
    public void Every_datasource_reference_goes_through_a_variable(string uid)
    {
        var fixedUids = new List<string>();
        Collect(Json(uid), "$", fixedUids);
        Assert.True(fixedUids.Count == 0, $"{uid} pins datasources instead of using its variables: {string.Join(", ", fixedUids)}");

        static void Collect(JsonNode? node, string path, List<string> found)
        {
            switch (node)
            {
                case JsonObject o:
                    if (o["datasource"] is JsonObject ds && (string?)ds["uid"] is { } dsUid
                        && !dsUid.StartsWith("${", StringComparison.Ordinal) && dsUid != "-- Grafana --")
                        found.Add($"{path}.datasource = {dsUid}");
                    foreach (var (key, child) in o) Collect(child, $"{path}.{key}", found);
                    break;
                case JsonArray a:
                    for (var i = 0; i < a.Count; i++) Collect(a[i], $"{path}[{i}]", found);
                    break;
            }
        }
    }
}
