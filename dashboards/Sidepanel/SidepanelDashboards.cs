using Dashboards.Model;
using Dashboards.PromQL;
using Dashboards.Suites.Common;

namespace Dashboards.Suites.Sidepanel;

/// <summary>What the three Sidepanel views share.</summary>
public static class SidepanelDashboards
{
    /// <summary>The provisioning config's folder: 'Sidepanel'.</summary>
    public static readonly Folder Folder = new("sidepanel", "Sidepanel");

    public static Dashboard Create(string uid, string view, string timeFrom) =>
        new Dashboard(uid, "Sidepanel - " + view)
            .WithSuiteSilences()
            .WithTags("sidepanel", "bridge")
            .WithTime(timeFrom, "now")
            .WithRefresh(TimeSpan.FromMinutes(1))
            .WithDefaultDatasource(Datasources.Prometheus)
            .AddVariable(Datasources.PrometheusVariable);

    /// <summary>Mean observation of a histogram over <paramref name="window"/>: <c>sum(increase(x_sum[w])) / sum(increase(x_count[w]))</c>.</summary>
    public static InstantVector MeanOver(PromQL.Metrics.Histogram histogram, PromDuration window) =>
        Prom.Sum(Prom.Increase(histogram.Sum().Range(window))) / Prom.Sum(Prom.Increase(histogram.Count().Range(window)));
}
