using Dashboards.Model;

namespace Dashboards.Suites.Common;

/// <summary>
/// The datasource variables every suite uses, so a dashboard imports into any Grafana whatever its datasources are called.
/// Panels point at the variable (<c>${datasource}</c>), never at a fixed uid.
/// </summary>
public static class Datasources
{
    /// <summary>The Prometheus datasource picker (variable <c>datasource</c>).</summary>
    public static readonly DatasourceVariable PrometheusVariable =
        new DatasourceVariable("datasource", DataSourceType.Prometheus).WithLabel("Prometheus");

    /// <summary>The Loki datasource picker (variable <c>loki</c>).</summary>
    public static readonly DatasourceVariable LokiVariable =
        new DatasourceVariable("loki", DataSourceType.Loki).WithLabel("Loki");

    public static DataSourceRef Prometheus => PrometheusVariable.Ref;

    public static DataSourceRef Loki => LokiVariable.Ref;
}
