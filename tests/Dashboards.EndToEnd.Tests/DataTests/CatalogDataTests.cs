using Dashboards.EndToEnd.Tests.Catalogs;
using Dashboards.PromQL.Metrics;
using Dashboards.Testing.SyntheticData;

namespace Dashboards.EndToEnd.Tests.DataTests;

public sealed class CatalogDataTests
{
    [Fact]
    public void Maps_every_kind_to_its_exported_names_with_declared_labels()
    {
        var catalog = new MetricCatalog("shop");
        catalog.Counter("orders", new Label("status", "paid", "failed"));
        catalog.Gauge("queue_depth");
        catalog.Histogram("checkout_duration", "s", new Label("step", "cart", "pay"));
        catalog.Summary("payload", "By");

        var metrics = CatalogData.From([catalog], LabelValueHints.Collect([]));

        Assert.Equal(
            [("shop_orders_total", SyntheticMetricKind.Counter), ("shop_queue_depth", SyntheticMetricKind.Gauge),
             ("shop_checkout_duration_seconds", SyntheticMetricKind.Histogram), ("shop_payload_bytes", SyntheticMetricKind.Summary)],
            metrics.Select(m => (m.Name, m.Kind)));
        Assert.Equal(["paid", "failed"], metrics[0].Labels.Single(l => l.Name == "status").Values);
        Assert.Equal(["shop"], metrics[0].Labels.Single(l => l.Name == "job").Values);
        Assert.Equal(2, metrics[0].Labels.Single(l => l.Name == "instance").Values.Count);
    }

    [Fact]
    public void Declared_buckets_and_quantiles_are_used()
    {
        var catalog = new MetricCatalog();
        catalog.Add(new Histogram("size", new Label("kind", "a")) { Unit = "By", Buckets = [100, 1000] });
        catalog.Add(new Summary("latency", new Label("kind", "a")) { Unit = "s", Quantiles = [0.5, 0.95] });

        var metrics = CatalogData.From([catalog], LabelValueHints.Collect([]));

        Assert.Equal([100.0, 1000.0], metrics[0].Buckets);
        Assert.Equal([0.5, 0.95], metrics[1].Quantiles);
    }

    [Fact]
    public void Labels_without_declared_values_take_the_values_queries_ask_for()
    {
        var catalog = new MetricCatalog();
        catalog.Counter("http_requests_total", new Label("code"), new Label("handler", "/api"));
        var hints = LabelValueHints.Collect(
        [
            "sum(rate(http_requests_total{code=~\"5..|429\", handler=\"/other\", job=\"web\"}[5m]))",
            "http_requests_total{code=\"$code\"}",
            "other_metric{code=\"201\"}",
        ]);

        var metric = Assert.Single(CatalogData.From([catalog], hints));

        Assert.Equal(["429", "5.."], metric.Labels.Single(l => l.Name == "code").Values);
        Assert.Equal(["/api"], metric.Labels.Single(l => l.Name == "handler").Values); // declared values win
        Assert.Equal(["web"], metric.Labels.Single(l => l.Name == "job").Values);
    }

    [Theory]
    [InlineData("=", "api", new[] { "api" })]
    [InlineData("=~", "^(api|web)$", new[] { "api", "web" })]
    [InlineData("=~", ".*", new string[0])]
    [InlineData("=~", "$job", new string[0])]
    [InlineData("=~", "[45]..", new string[0])]
    public void Takes_only_concrete_values_from_matchers(string op, string value, string[] expected) =>
        Assert.Equal(expected, LabelValueHints.Literals(op, value));
}
