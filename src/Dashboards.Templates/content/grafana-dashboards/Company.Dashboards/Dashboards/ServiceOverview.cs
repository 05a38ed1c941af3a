using Dashboards.Model;
using Dashboards.PromQL;
using Dashboards.PromQL.Metrics;

namespace Company.Dashboards.Dashboards;

/// <summary>One dashboard: request rate, error ratio and latency per service, filtered by a service variable.</summary>
public static class ServiceOverview
{
    public static Dashboard Build()
    {
        var requests = ServiceMetrics.Requests;
        var latency = ServiceMetrics.Latency;

        var datasource = new DatasourceVariable("datasource");
        var service = new QueryVariable("service", PrometheusVariableQuery.LabelValues(requests.ExportedName, "service"))
            .WithLabel("Service")
            .MultiSelect()
            .WithAll(".*");

        var selected = requests.Matches("service", "$service");
        var errorRatio = Prom.Sum(selected.Matches("status", "5..").Rate())
                       / Prom.Sum(selected.Rate());

        return new Dashboard("service-overview", "Service overview")
            .WithTags("services", "slo")
            .WithDefaultDatasource(datasource.Ref)
            .AddVariable(datasource)
            .AddVariable(service)
            .AddPanel(new StatPanel("Error ratio")
                .WithTargets(new PrometheusTarget(errorRatio))
                .Unit(Unit.PercentUnit)
                .Thresholds(Thresholds.Absolute(Color.Green).Step(0.01, Color.Orange).Step(0.05, Color.Red)))
            .AddPanel(new TimeSeriesPanel("Requests per second by service")
                .WithTargets(new PrometheusTarget(selected.SumRate("service")).Legend(Legend.Label("service")))
                .Unit(Unit.RequestsPerSecond))
            .AddPanel(new TimeSeriesPanel("p95 latency by service")
                .WithTargets(new PrometheusTarget(latency.Matches("service", "$service").Quantile(0.95, "service")).Legend(Legend.Label("service")))
                .Unit(Unit.Seconds));
    }
}
