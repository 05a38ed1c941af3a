namespace Dashboards.Model.Json;

internal static partial class DashboardJsonEmitter
{
    private static void WritePanels(GrafanaJsonWriter w, Dashboard dashboard, DashboardLayout layout)
    {
        var defaultDs = dashboard.DefaultDatasource;
        var site = 0;
        w.WriteStartArray("panels"u8);
        foreach (var panel in dashboard.Panels)
        {
            WritePanel(w, panel, site + 1, layout.Positions[site], defaultDs);
            site++;
        }
        foreach (var row in dashboard.Rows)
        {
            var rowSite = site++;
            var rowDs = row.Datasource ?? defaultDs;
            w.WriteStartObject();
            w.WriteString("type"u8, "row");
            w.WriteNumber("id"u8, rowSite + 1);
            w.WriteString("title"u8, row.Title);
            w.WriteBoolean("collapsed"u8, row.IsCollapsed);
            WriteGridPos(w, layout.Positions[rowSite]);
            WriteDatasource(w, row.Datasource);
            w.WriteOptional("repeat"u8, row.RepeatVariable);
            // A collapsed row carries its panels; an open row's panels follow it at the top level.
            w.WriteStartArray("panels"u8);
            if (row.IsCollapsed)
                for (var i = 0; i < row.Panels.Length; i++, site++)
                    WritePanel(w, row.Panels[i], site + 1, layout.Positions[site], rowDs);
            w.WriteEndArray();
            w.WriteEndObject();
            if (!row.IsCollapsed)
                for (var i = 0; i < row.Panels.Length; i++, site++)
                    WritePanel(w, row.Panels[i], site + 1, layout.Positions[site], rowDs);
        }
        w.WriteEndArray();
    }

    private static void WriteGridPos(GrafanaJsonWriter w, GridPos pos)
    {
        w.WriteStartObject("gridPos"u8);
        w.WriteNumber("h"u8, pos.H);
        w.WriteNumber("w"u8, pos.W);
        w.WriteNumber("x"u8, pos.X);
        w.WriteNumber("y"u8, pos.Y);
        w.WriteEndObject();
    }

    /// <summary>The datasource a panel's targets use when they name none: the panel's, else the row's or dashboard's.</summary>
    internal static DataSourceRef? TargetDefault(Panel panel, DataSourceRef? inherited) => panel.Datasource ?? inherited;

    private static readonly DataSourceRef MixedDatasource = DataSourceRef.Fixed("datasource", "-- Mixed --");

    /// <summary>
    /// The panel's own datasource field: the one datasource all its targets use, or Grafana's "-- Mixed --" when
    /// they use several (Grafana runs every query on the panel datasource unless it is mixed).
    /// </summary>
    private static DataSourceRef? PanelDatasource(Panel panel, DataSourceRef? targetDefault)
    {
        if (panel.Targets.IsDefaultOrEmpty) return panel.Datasource;
        var common = panel.Datasource;
        foreach (var target in panel.Targets)
        {
            var effective = target.Datasource ?? targetDefault;
            if (effective is null) continue;
            if (common is null) common = effective;
            else if (effective.Type != common.Type || effective.Uid != common.Uid) return MixedDatasource;
        }
        return common;
    }

    private static void WritePanel(GrafanaJsonWriter w, Panel panel, int id, GridPos pos, DataSourceRef? inheritedDs)
    {
        var targetDefault = TargetDefault(panel, inheritedDs);
        w.WriteStartObject();
        w.WriteString("type"u8, panel.PluginId);
        w.WriteNumber("id"u8, id);
        w.WriteString("title"u8, panel.Title);
        w.WriteOptional("description"u8, panel.Description);
        w.WriteTrueOrOmit("transparent"u8, panel.IsTransparent);
        WriteGridPos(w, pos);
        WriteDatasource(w, PanelDatasource(panel, targetDefault));
        if (!panel.Links.IsDefaultOrEmpty) WritePanelLinks(w, panel.Links);
        if (panel.RepeatVariable is { } repeat)
        {
            w.WriteString("repeat"u8, repeat);
            w.WriteString("repeatDirection"u8, GrafanaNames.Of(panel.RepeatDirection));
            w.WriteOptional("maxPerRow"u8, panel.MaxPerRow);
        }
        if (panel.MinInterval is { } interval) w.WriteString("interval"u8, GrafanaDuration.Format(interval));
        w.WriteOptional("maxDataPoints"u8, panel.MaxDataPoints);
        if (panel.RelativeTimeRange is { } from) w.WriteString("timeFrom"u8, TimeFrom(from));
        if (panel.TimeShift is { } shift) w.WriteString("timeShift"u8, GrafanaDuration.Format(shift));
        if (!panel.Targets.IsDefaultOrEmpty) WriteTargets(w, panel.Targets, targetDefault);
        if (!panel.Transformations.IsDefaultOrEmpty) WriteTransformations(w, panel.Transformations);
        w.WriteStartObject("fieldConfig"u8);
        WriteDefaults(w, panel);
        WriteOverrides(w, panel.Overrides);
        w.WriteEndObject();
        WriteOptions(w, panel);
        w.WriteEndObject();
    }

    // Grafana reads a bare span as "now-<span>" and a "now/<unit>" as from the start of that unit to now.
    private static string TimeFrom(RelativeTime time) => time switch
    {
        LastSpan last => GrafanaDuration.Format(last.Span),
        PeriodSoFar soFar => "now/" + GrafanaNames.Of(soFar.Period),
        _ => throw new NotSupportedException($"Relative time {time.GetType().Name} has no JSON mapping."),
    };

    private static void WritePanelLinks(GrafanaJsonWriter w, ImmutableArray<PanelLink> links)
    {
        w.WriteStartArray("links"u8);
        foreach (var link in links)
        {
            w.WriteStartObject();
            w.WriteString("title"u8, link.Title);
            w.WriteString("type"u8, "link");
            w.WriteString("icon"u8, "external link");
            w.WriteString("tooltip"u8, "");
            w.WriteOptional("url"u8, link.Url);
            w.WriteStartArray("tags"u8);
            w.WriteEndArray();
            w.WriteBoolean("asDropdown"u8, false);
            w.WriteBoolean("targetBlank"u8, link.TargetBlank);
            w.WriteBoolean("includeVars"u8, false);
            w.WriteBoolean("keepTime"u8, false);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
