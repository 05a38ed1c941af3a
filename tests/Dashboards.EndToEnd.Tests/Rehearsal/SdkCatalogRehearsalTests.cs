using Dashboards.EndToEnd.Tests.Checks;
using Dashboards.Model;
using Dashboards.PromQL.Metrics;
using Xunit.Abstractions;

namespace Dashboards.EndToEnd.Tests.Rehearsal;

/// <summary>
/// The end-to-end pipeline on a small catalog built with the SDK itself (not the suites): proves the harness reads
/// what the compiler really emits, and that a wrong metric name or label value in a panel fails with its dashboard and panel.
/// </summary>
public sealed class SdkCatalogRehearsalTests(ITestOutputHelper output)
{
    private static readonly MetricCatalog Shop = new("shop");
    private static readonly Counter Orders = Shop.Counter("orders", new Label("status", "paid", "failed"));
    private static readonly Histogram Checkout = Shop.Histogram("checkout_duration", "s", new Label("step", "cart", "pay"));
    private static readonly Gauge Queue = Shop.Gauge("queue_depth", new Label("queue"));

    private static readonly DatasourceVariable Prometheus = new("datasource");
    private static readonly DatasourceVariable Logs = new("logs", DataSourceType.Loki);

    private static Dashboard ShopDashboard(string brokenPanelQuery) =>
        new Dashboard("shop-overview", "Shop overview")
            .WithTime("now-1h", "now")
            .WithDefaultDatasource(Prometheus.Ref)
            .AddVariable(Prometheus)
            .AddVariable(Logs)
            .AddVariable(new QueryVariable("status", PrometheusVariableQuery.LabelValues(Orders.ExportedName, "status")).MultiSelect().WithAll())
            .AddVariable(new QueryVariable("queue", PrometheusVariableQuery.LabelValues("queue")).WithAll(".*"))
            .AddPanel(new TimeSeriesPanel("Orders").AddTarget(
                PrometheusTarget.Raw($"sum by (status) (rate({Orders.ExportedName}{{status=~\"$status\"}}[$__rate_interval]))")))
            .AddPanel(new StatPanel("Queue depth").AddTarget(
                PrometheusTarget.Raw($"sum({Queue.ExportedName}{{queue=~\"$queue\", queue=\"emails\"}})").Instant()))
            .AddRow(new RowPanel("Latency").Collapsed().AddPanels(
                new TimeSeriesPanel("p95 checkout").AddTarget(new PrometheusTarget(Checkout.Quantile(0.95, "step"))),
                new TimeSeriesPanel("Broken").AddTarget(PrometheusTarget.Raw(brokenPanelQuery)),
                new LogsPanel("Checkout logs").WithDatasource(Logs.Ref).AddTarget(new LokiTarget("{app=\"shop\"} |= \"checkout\""))));

    private static Task<EndToEndRun> StartAsync(string brokenPanelQuery) =>
        EndToEndRun.StartAsync(
            CatalogCompiler.Compile(Catalog.Create().AddFolder(new Folder("shop", "Shop"), ShopDashboard(brokenPanelQuery))),
            [Shop]);

    [Fact]
    public async Task A_correct_catalog_has_data_for_every_query_including_values_taken_from_matchers()
    {
        await using var run = await StartAsync($"sum(rate({Orders.ExportedName}{{status=\"failed\"}}[5m]))");
        var report = await run.CheckAsync();
        output.WriteLine(report.Text);

        Assert.True(report.Failures.Count == 0, report.FailureText);
        Assert.Contains(report.Checks, c => c.Location == "Latency / p95 checkout [A]" && c.Outcome == CheckOutcome.Data);
        // "queue" declares no values: the data uses the value the panel asks for.
        Assert.Contains(report.Checks, c => c.Location == "$queue" && c.Detail == "1 options");
        Assert.Equal(CheckOutcome.NotChecked, Assert.Single(report.Checks, c => c.Location == "Latency / Checkout logs [A]").Outcome);
    }

    [Theory]
    [InlineData("sum(rate(shop_orders_total{status=\"refunded\"}[5m]))")] // a label value nobody exports
    [InlineData("sum(rate(shop_order_total[5m]))")] // a metric name typo
    [InlineData("sum(rate(shop_order_total[5m])) or vector(0)")] // hidden behind a constant fallback
    public async Task A_wrong_metric_name_or_label_value_fails_naming_dashboard_and_panel(string brokenQuery)
    {
        await using var run = await StartAsync(brokenQuery);
        var report = await run.CheckAsync();

        var failure = Assert.Single(report.Failures);
        Assert.Equal("Shop overview (shop-overview)", failure.Source);
        Assert.Equal("Latency / Broken [A]", failure.Location);
        Assert.Equal(CheckOutcome.NoData, failure.Outcome);
        Assert.Contains("Latency / Broken [A]", report.FailureText);
    }
}
