using Dashboards.PromQL;

namespace Dashboards.Model.Tests;

/// <summary>Model objects shared by tests.</summary>
internal static class Samples
{
    public static readonly DataSourceRef Prom = DataSourceRef.Variable("datasource");

    public static Dashboard Minimal(string uid = "minimal", string title = "Minimal") =>
        new Dashboard(uid, title)
            .AddVariable(new DatasourceVariable("datasource"))
            .WithDefaultDatasource(Prom);

    public static PrometheusTarget Up() => PrometheusTarget.Raw("sum(up)");
}
