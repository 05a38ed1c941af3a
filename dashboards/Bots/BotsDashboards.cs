using System.Text.Json.Nodes;
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
            .WithTags(["bots", .. tags, "opentelemetry"])
            .WithTime("now-1h", "now")
            .WithRefresh(TimeSpan.FromSeconds(30))
            .WithGraphTooltip(CursorSync.SharedCrosshair)
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
    /// The document's "Deployments" annotation: Grafana's own annotations tagged <c>deployment</c>. The model has no
    /// typed Grafana (tag) annotation yet, so this goes through the escape hatch, which replaces the whole annotation
    /// list; it therefore restates Grafana's built-in entry and refuses dashboards that have annotations of their own.
    /// </summary>
    public static Dashboard WithDeploymentsAnnotation(this Dashboard dashboard)
    {
        if (!dashboard.Annotations.IsEmpty)
            throw new InvalidOperationException($"Dashboard '{dashboard.Uid}' has its own annotations; the raw Deployments annotation would drop them.");
        var grafana = new JsonObject { ["type"] = "grafana", ["uid"] = "-- Grafana --" };
        return dashboard.WithRawField("annotations.list", new JsonArray(
            new JsonObject
            {
                ["builtIn"] = 1,
                ["datasource"] = grafana.DeepClone(),
                ["enable"] = true,
                ["hide"] = true,
                ["iconColor"] = "rgba(0, 211, 255, 1)",
                ["name"] = "Annotations & Alerts",
                ["type"] = "dashboard",
            },
            new JsonObject
            {
                ["datasource"] = grafana.DeepClone(),
                ["enable"] = true,
                ["hide"] = false,
                ["iconColor"] = "rgba(0, 211, 255, 1)",
                ["name"] = "Deployments",
                ["target"] = new JsonObject
                {
                    ["type"] = "tags",
                    ["tags"] = new JsonArray("deployment"),
                    ["matchAny"] = false,
                    ["limit"] = 100,
                },
            }));
    }

    /// <summary>Restricts a metric to the selected providers and models.</summary>
    public static T ByProviderAndModel<T>(T metric) where T : MetricDefinition =>
        metric.Matches("provider", "$provider").Matches("model", "$model");
}
