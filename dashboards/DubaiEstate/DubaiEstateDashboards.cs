using Dashboards.LogQL;
using Dashboards.Model;
using Dashboards.PromQL;
using Dashboards.Suites.Common;

namespace Dashboards.Suites.DubaiEstate;

/// <summary>What the three Dubai Estate dashboards share: folder, Prometheus and Loki datasources, windows, the log stream.</summary>
public static class DubaiEstateDashboards
{
    /// <summary>The guide's "Dashboards → Browse → Dubai Estate AI".</summary>
    public static readonly Folder Folder = new("dubai-estate", "Dubai Estate AI");

    public static readonly PromDuration LastHour = PromDuration.FromHours(1);
    public static readonly PromDuration LastDay = PromDuration.FromHours(24);

    /// <summary>The bot's structured JSON logs in Loki, parsed: <c>{app="dubai-estate-bot"} | json</c> (fields user_id, query, cost_usd, level).</summary>
    public static readonly LogQuery BotLogs = Loki.Stream("app", "dubai-estate-bot").Json();

    public static Dashboard Create(string uid, string title, params string[] tags) =>
        new Dashboard(uid, title)
            .WithSuiteSilences()
            .WithTags(["dubai-estate", .. tags])
            .WithTime("now-24h", "now")
            .WithRefresh(TimeSpan.FromSeconds(30))
            .WithGraphTooltip(CursorSync.SharedCrosshair)
            .WithDefaultDatasource(Datasources.Prometheus)
            .AddVariable(Datasources.PrometheusVariable)
            .AddVariable(Datasources.LokiVariable);

    /// <summary>A stat in a row of six.</summary>
    public static StatPanel Kpi(string title) => new StatPanel(title).Size(Layout.NarrowStat.W, Layout.NarrowStat.H);

    /// <summary>A stat in a row of four.</summary>
    public static StatPanel Metric(string title) => new StatPanel(title).Size(Layout.Stat.W, Layout.Stat.H);
}
