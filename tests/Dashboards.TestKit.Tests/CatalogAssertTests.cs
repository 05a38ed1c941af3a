using Dashboards.Model;
using Dashboards.PromQL;
using Dashboards.PromQL.Rules;

namespace Dashboards.TestKit.Tests;

public sealed class CatalogAssertTests
{
    [Fact]
    public void Compiles_returns_the_compilation_of_a_valid_catalog()
    {
        var compilation = CatalogAssert.Compiles(Shop.Catalog());

        Assert.Equal(["shop-overview"], compilation.Dashboards.Select(d => d.Uid));
        Assert.Equal(["shop"], compilation.RuleFiles.Select(r => r.Name));
    }

    [Fact]
    public void Compiles_lists_every_error_with_dashboard_panel_and_position()
    {
        var broken = Shop.Dashboard(PrometheusTarget.Raw("sum(rate(http_requests_total[5m])"))
            .AddPanel(new StatPanel("Errors").WithTargets(PrometheusTarget.Raw("rate(http_requests_total)")));

        var e = Assert.Throws<DashboardAssertionException>(() => CatalogAssert.Compiles(Shop.Catalog(broken)));

        Assert.StartsWith("The catalog does not compile: 2 errors", e.Message);
        var lines = e.Message.Split('\n').Skip(1).ToList();
        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.StartsWith("  - dashboard \"Shop overview\", panel ", l));
        Assert.Contains(lines, l => l.Contains("Requests") && l.Contains("targets[1].expr") && l.Contains("1:"));
        Assert.Contains(lines, l => l.Contains("Errors") && l.Contains("targets[0].expr"));
    }

    [Fact]
    public void QueriesUseOnly_accepts_queries_built_from_the_catalog_and_recorded_series()
    {
        var usesRecorded = Shop.Dashboard(PrometheusTarget.Raw("sum(service:http_requests:rate5m)"));
        var variable = Shop.Dashboard(PrometheusTarget.Raw("sum(rate(http_requests_total{service=~\"$service\", status=\"500\", job=\"shop\"}[5m]))"));

        CatalogAssert.QueriesUseOnly(Shop.Catalog(usesRecorded), Shop.Metrics);
        CatalogAssert.QueriesUseOnly(Shop.Catalog(variable), Shop.Metrics);
    }

    [Fact]
    public void QueriesUseOnly_names_an_unknown_metric_and_suggests_the_nearest()
    {
        var dashboard = Shop.Dashboard(PrometheusTarget.Raw("sum(rate(http_request_total[5m]))"));

        var e = Assert.Throws<DashboardAssertionException>(() => CatalogAssert.QueriesUseOnly(Shop.Catalog(dashboard), Shop.Metrics));

        Assert.StartsWith("1 query steps outside the metric catalog:", e.Message);
        Assert.Contains("dashboard 'shop-overview', panel 'Requests', query 2: metric 'http_request_total' is not in the metric catalog (did you mean 'http_requests_total'?)", e.Message);
        Assert.Contains("sum(rate(http_request_total[5m]))", e.Message);
    }

    [Fact]
    public void QueriesUseOnly_names_undeclared_labels_values_and_grouping_labels()
    {
        var dashboard = Shop.Dashboard(
            PrometheusTarget.Raw("sum(rate(http_requests_total{region=\"eu\"}[5m]))"),
            PrometheusTarget.Raw("sum(rate(http_requests_total{status=\"503\"}[5m]))"),
            PrometheusTarget.Raw("sum by (region) (rate(http_requests_total[5m]))"),
            PrometheusTarget.Raw("sum(rate(http_requests_total{status=~\"5..\"}[5m]))"));

        var e = Assert.Throws<DashboardAssertionException>(() => CatalogAssert.QueriesUseOnly(Shop.Catalog(dashboard), Shop.Metrics));

        Assert.StartsWith("3 queries step outside the metric catalog:", e.Message);
        Assert.Contains("query 2: label 'region' is not declared on metric 'http_requests_total' (declared: service, status)", e.Message);
        Assert.Contains("query 3: status=\"503\" on 'http_requests_total' matches none of the declared values (200, 500)", e.Message);
        Assert.Contains("query 4: by (region): no metric under this aggregation declares label 'region'", e.Message);
        Assert.DoesNotContain("query 5", e.Message); // 5.. matches the declared 500
    }

    [Fact]
    public void QueriesUseOnly_checks_rule_files_too()
    {
        var rules = Shop.Rules(new AlertingRule("Unknown", Prom.Sum(Prom.Rate(Prom.Metric("orders_total").Range(PromDuration.FromMinutes(5)))).GreaterThan(1)));

        var e = Assert.Throws<DashboardAssertionException>(() => CatalogAssert.QueriesUseOnly(Shop.Catalog(rules: rules), Shop.Metrics));

        Assert.Contains("rule file 'shop', group 'shop', rule 'Unknown': metric 'orders_total' is not in the metric catalog", e.Message);
    }
}
