using Dashboards.Model;
using Dashboards.PromQL.Metrics;
using Dashboards.Suites.Common;

namespace Dashboards.Suites.Bots;

/// <summary>What the three bots dashboards share: naming, tags, variables, filters.</summary>
public static class BotsDashboards
{
    public static readonly Folder Folder = new("bots", "Bots Framework");

    /// <summary>A dashboard named by the document's convention ("Bots Framework - ...").</summary>
    public static Dashboard Create(string uid, string title, params string[] tags) =>
        new Dashboard(uid, "Bots Framework - " + title)
            .WithSuiteSilences()
            .WithDefaultDatasource(Datasources.Prometheus)
            .WithTags(["bots", .. tags, "opentelemetry"])
            .WithTime("now-1h", "now")
            .WithRefresh(TimeSpan.FromSeconds(30))
            .WithGraphTooltip(CursorSync.SharedCrosshair)
            .WithDefaultDatasource(Datasources.Prometheus)
            .AddVariable(Datasources.PrometheusVariable);

    /// <summary>Multi-value "All" variable over one label of <paramref name="metric"/>, optionally narrowed by provider.</summary>
    public static QueryVariable LabelVariable(string name, string label, string displayName, MetricDefinition metric, bool byProvider = false)
    {
        var selector = SelectorOf(metric);
        if (byProvider) selector = selector.Matches("provider", "$provider");
        return new QueryVariable(name, PrometheusVariableQuery.LabelValues(selector, label))
            .WithLabel(displayName)
            .WithDatasource(Datasources.Prometheus)
            .MultiSelect()
            .WithAll()
            .WithCurrent(VariableSelection.All);
    }

    private static Dashboards.PromQL.InstantVector SelectorOf(MetricDefinition metric) => metric switch
    {
        Counter c => c.Selector(),
        Gauge g => g.Selector(),
        _ => throw new ArgumentException($"Variables are built from counters or gauges, not {metric}."),
    };

    /// <summary>
    /// The document's "Deployments" annotation: Grafana's own annotations tagged <c>deployment</c> (posted by CI), in
    /// Grafana's usual annotation colour.
    /// </summary>
    public static readonly GrafanaTagAnnotation Deployments =
        new GrafanaTagAnnotation("Deployments", "deployment").WithIconColor(Color.Rgba(0, 211, 255));

    public static Dashboard WithDeploymentsAnnotation(this Dashboard dashboard) => dashboard.AddAnnotation(Deployments);

    /// <summary>Restricts a metric to the selected providers and models.</summary>
    public static T ByProviderAndModel<T>(T metric) where T : MetricDefinition =>
        metric.Matches("provider", "$provider").Matches("model", "$model");
}
