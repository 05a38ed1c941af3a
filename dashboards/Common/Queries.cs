using Dashboards.Model;
using Dashboards.PromQL;

namespace Dashboards.Suites.Common;

/// <summary>Short forms for the targets every suite writes.</summary>
public static class Queries
{
    /// <summary>A Prometheus range query with a legend.</summary>
    public static PrometheusTarget Query(InstantVector expression, LegendFormat legend) =>
        new PrometheusTarget(expression).Legend(legend);

    /// <summary>A Prometheus instant query with a legend (stats, gauges, pie charts, tables of "now").</summary>
    public static PrometheusTarget Instant(InstantVector expression, LegendFormat legend) =>
        new PrometheusTarget(expression).Legend(legend).Instant();

    /// <summary>An instant query in table format: one row per series, one column per label (tables, bar charts).</summary>
    public static PrometheusTarget Table(InstantVector expression) =>
        new PrometheusTarget(expression).Instant().AsTable();
}
