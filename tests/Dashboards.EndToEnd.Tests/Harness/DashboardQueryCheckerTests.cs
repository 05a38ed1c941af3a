using System.Text.Json.Nodes;
using Dashboards.EndToEnd.Tests.Checks;

namespace Dashboards.EndToEnd.Tests.Harness;

[Collection(TinyPrometheusCollection.Name)]
public sealed class DashboardQueryCheckerTests(TinyPrometheusFixture fixture)
{
    // Shaped like emitted dashboards: variables (chained, custom, all value), a collapsed row, instant and range targets.
    private const string Dashboard = """
    {
      "uid": "tiny", "title": "Tiny", "time": { "from": "now-1h", "to": "now" },
      "templating": { "list": [
        { "name": "code", "type": "query", "datasource": { "type": "prometheus", "uid": "prom" },
          "query": { "query": "label_values(demo_requests_total{job=~\"$job\"}, code)", "refId": "A" }, "multi": true, "includeAll": true },
        { "name": "job", "type": "query", "datasource": { "type": "prometheus", "uid": "prom" },
          "query": "label_values(demo_requests_total, job)", "multi": true, "includeAll": true },
        { "name": "instance", "type": "query", "datasource": { "type": "prometheus", "uid": "prom" },
          "query": "label_values(up{job=~\"$job\"}, instance)", "includeAll": true, "allValue": ".*", "regex": "/(.*):9100/" },
        { "name": "room", "type": "custom", "query": "Lab : lab,office" },
        { "name": "missing", "type": "query", "datasource": { "type": "prometheus", "uid": "prom" }, "query": "label_values(nope_total, job)" }
      ] },
      "annotations": { "list": [
        { "builtIn": 1, "name": "Annotations & Alerts", "enable": true, "datasource": { "type": "grafana", "uid": "-- Grafana --" } },
        { "name": "Cold rooms", "enable": true, "datasource": { "type": "prometheus", "uid": "prom" }, "expr": "demo_temperature_celsius{room=\"$room\"}" }
      ] },
      "panels": [
        { "id": 1, "type": "timeseries", "title": "Requests", "gridPos": { "x": 0, "y": 0, "w": 12, "h": 8 },
          "datasource": { "type": "prometheus", "uid": "prom" },
          "targets": [ { "refId": "A", "expr": "sum by (code) (rate(demo_requests_total{job=~\"$job\", code=~\"$code\"}[$__rate_interval]))" } ] },
        { "id": 2, "type": "stat", "title": "Temperature", "gridPos": { "x": 12, "y": 0, "w": 6, "h": 8 },
          "targets": [ { "refId": "A", "expr": "demo_temperature_celsius{room=\"$room\"}", "instant": true, "range": false,
                         "datasource": { "type": "prometheus", "uid": "prom" } } ] },
        { "id": 3, "type": "row", "title": "Details", "collapsed": true, "gridPos": { "x": 0, "y": 8, "w": 24, "h": 1 }, "panels": [
          { "id": 4, "type": "timeseries", "title": "Latency", "gridPos": { "x": 0, "y": 9, "w": 24, "h": 8 },
            "datasource": { "type": "prometheus", "uid": "prom" }, "interval": "1m",
            "targets": [ { "refId": "A", "expr": "histogram_quantile(0.99, sum by (le) (rate(demo_request_duration_seconds_bucket[$__interval])))" } ] },
          { "id": 5, "type": "timeseries", "title": "Typo", "gridPos": { "x": 0, "y": 17, "w": 12, "h": 8 },
            "datasource": { "type": "prometheus", "uid": "prom" },
            "targets": [ { "refId": "A", "expr": "rate(demo_requests_totl[5m])" } ] },
          { "id": 6, "type": "table", "title": "Hot rooms", "gridPos": { "x": 12, "y": 17, "w": 12, "h": 8 },
            "datasource": { "type": "prometheus", "uid": "prom" },
            "targets": [ { "refId": "A", "expr": "demo_temperature_celsius > 1000", "instant": true } ] }
        ] },
        { "id": 7, "type": "stat", "title": "Broken", "gridPos": { "x": 0, "y": 25, "w": 6, "h": 4 },
          "datasource": { "type": "prometheus", "uid": "prom" },
          "targets": [ { "refId": "A", "expr": "sum(rate(demo_requests_total))", "instant": true },
                       { "refId": "B", "expr": "up{instance=~\"$instance\", zone=\"$zone\"}", "instant": true } ] },
        { "id": 8, "type": "logs", "title": "Logs", "gridPos": { "x": 6, "y": 25, "w": 18, "h": 4 },
          "datasource": { "type": "loki", "uid": "logs" },
          "targets": [ { "refId": "A", "expr": "{job=\"api\"} |= \"error\"" } ] }
      ]
    }
    """;

    private async Task<IReadOnlyList<QueryCheck>> CheckAsync()
    {
        var dashboard = DashboardQueries.Read(JsonNode.Parse(Dashboard)!);
        // A textual stand-in for the real threshold stripper (which uses the SDK's PromQL parser).
        var checker = new DashboardQueryChecker(fixture.Prometheus.Client, fixture.Prometheus.Window.End,
            query => query.Contains(" > ", StringComparison.Ordinal) ? new MeasuredQuery(query[..query.IndexOf(" > ", StringComparison.Ordinal)], false) : null);
        return await checker.CheckAsync(dashboard);
    }

    private static IEnumerable<QueryCheck> At(IReadOnlyList<QueryCheck> checks, string location) =>
        checks.Where(c => c.Location.StartsWith(location, StringComparison.Ordinal));

    [Fact]
    public async Task Good_panels_have_data_with_all_and_with_first_values()
    {
        var checks = await CheckAsync();
        foreach (var panel in new[] { "Requests [A]", "Temperature [A] instant", "Details / Latency [A]" })
        {
            var runs = At(checks, panel).ToList();
            Assert.NotEmpty(runs);
            Assert.All(runs, c => Assert.True(c.Outcome == CheckOutcome.Data, c.ToString()));
        }

        var requests = At(checks, "Requests [A]").Select(c => c.Query).ToList();
        Assert.Contains("sum by (code) (rate(demo_requests_total{job=~\"(api|web)\", code=~\"(200|500)\"}[1m]))", requests);
        Assert.Contains("sum by (code) (rate(demo_requests_total{job=~\"api\", code=~\"200\"}[1m]))", requests);
        // The collapsed row's panel has a 1m min interval: $__interval is 1m, the range step too.
        var latency = At(checks, "Details / Latency [A]").First();
        Assert.Contains("[1m]", latency.Query);
        Assert.EndsWith("step=60s", latency.Request);
    }

    [Fact]
    public async Task Variable_queries_are_run_chained_and_filtered()
    {
        var checks = await CheckAsync();
        var variables = checks.Where(c => c.Kind == CheckKind.Variable).ToList();
        Assert.Contains(variables, v => v.Location == "$code" && v.Request.Contains("match[]=demo_requests_total{job=~\"(api|web)\"}") && v.Outcome == CheckOutcome.Data);
        Assert.Contains(variables, v => v.Location == "$code" && v.Request.Contains("match[]=demo_requests_total{job=~\"api\"}"));
        Assert.Contains(variables, v => v.Location == "$instance" && v.Detail == "3 options");
        Assert.Contains(variables, v => v.Location == "$missing" && v.Outcome == CheckOutcome.NoData);
    }

    [Fact]
    public async Task Wrong_metric_names_bad_syntax_and_unknown_variables_are_failures_with_their_panel()
    {
        var checks = await CheckAsync();
        Assert.All(At(checks, "Details / Typo [A]"), c => Assert.Equal(CheckOutcome.NoData, c.Outcome));
        var broken = At(checks, "Broken [A]").First();
        Assert.Equal(CheckOutcome.Error, broken.Outcome);
        Assert.Contains("range vector", broken.Detail);
        var unknown = At(checks, "Broken [B]").First();
        Assert.Equal(CheckOutcome.NoData, unknown.Outcome);
        Assert.Contains("no variable $zone", unknown.Detail);
        Assert.Contains("zone=\"$zone\"", unknown.Query);
        Assert.Equal("Tiny (tiny)", unknown.Source);
    }

    [Fact]
    public async Task Threshold_filters_that_keep_nothing_are_told_apart_from_missing_data()
    {
        var hot = At(await CheckAsync(), "Details / Hot rooms [A]").First();
        Assert.Equal(CheckOutcome.FilteredOut, hot.Outcome);
        Assert.False(hot.IsFailure);
    }

    [Fact]
    public async Task Loki_targets_are_counted_but_not_run_and_annotations_are_run()
    {
        var checks = await CheckAsync();
        Assert.Equal(CheckOutcome.NotChecked, Assert.Single(At(checks, "Logs [A]")).Outcome);
        var annotations = checks.Where(c => c.Kind == CheckKind.Annotation).ToList();
        Assert.Contains(annotations, a => a.Query == "demo_temperature_celsius{room=\"lab\"}" && a.Outcome == CheckOutcome.Data);
    }
}
