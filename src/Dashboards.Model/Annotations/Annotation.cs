using Dashboards.Model.Json;

namespace Dashboards.Model;

/// <summary>
/// An annotation query drawn as markers on time-based panels. Grafana's built-in "Annotations &amp; Alerts" query is
/// always emitted first; add tagged Grafana events with <see cref="GrafanaTagAnnotation"/>, and queries in a datasource's
/// language from its package (<c>PrometheusAnnotation</c> in Dashboards.Prometheus).
/// </summary>
public abstract record Annotation
{
    protected Annotation(string name)
    {
        Name = string.IsNullOrWhiteSpace(name) ? throw new ArgumentException("An annotation needs a name.", nameof(name)) : name;
    }

    public string Name { get; }
    public bool Enable { get; init; } = true;
    /// <summary>Hides the on/off toggle at the top of the dashboard.</summary>
    public bool Hide { get; init; }
    public Color IconColor { get; init; } = Color.Blue;

    /// <summary>The datasource the query runs on, given the dashboard's default datasource.</summary>
    protected abstract DataSourceRef? QueryDatasource(DataSourceRef? dashboardDefault);

    /// <summary>Writes the query's own fields, after the ones every annotation has (datasource, enable, hide, iconColor, name).</summary>
    protected abstract void WriteQuery(QueryJsonWriter json);

    /// <summary>The query's own checks when the catalog compiles (its datasource, its query, the variables it names).</summary>
    protected virtual void Check(QueryCheckContext context) { }

    internal DataSourceRef? DatasourceFor(DataSourceRef? dashboardDefault) => QueryDatasource(dashboardDefault);

    internal void WriteQueryTo(GrafanaJsonWriter writer) => WriteQuery(new QueryJsonWriter(writer));

    internal void RunChecks(QueryCheckContext context) => Check(context);
}

/// <summary>
/// Grafana's own annotations (added through the UI or the HTTP API) that carry tags, e.g. deployments posted by CI:
/// <c>new GrafanaTagAnnotation("Deployments", "deployment")</c>.
/// </summary>
public sealed record GrafanaTagAnnotation : Annotation
{
    public GrafanaTagAnnotation(string name, params string[] tags) : base(name)
    {
        if (tags.Length == 0) throw new ArgumentException("A tag annotation needs at least one tag.", nameof(tags));
        foreach (var tag in tags)
            if (string.IsNullOrWhiteSpace(tag)) throw new ArgumentException("Annotation tags cannot be empty.", nameof(tags));
        Tags = [.. tags];
    }

    public ImmutableArray<string> Tags { get; }
    /// <summary>True: events with any of the tags; false: events with all of them.</summary>
    public bool MatchAny { get; init; }
    public int Limit { get; init; } = 100;

    public GrafanaTagAnnotation AnyTag(bool matchAny = true) => this with { MatchAny = matchAny };
    public GrafanaTagAnnotation WithLimit(int limit) =>
        limit > 0 ? this with { Limit = limit } : throw new ArgumentOutOfRangeException(nameof(limit), limit, "The limit must be positive.");
    public GrafanaTagAnnotation WithIconColor(Color color) => this with { IconColor = color };
    public GrafanaTagAnnotation Disabled() => this with { Enable = false };
    public GrafanaTagAnnotation HideToggle(bool hide = true) => this with { Hide = hide };

    /// <summary>Grafana's own annotation store, whatever the dashboard's default datasource.</summary>
    protected override DataSourceRef? QueryDatasource(DataSourceRef? dashboardDefault) => DashboardJsonEmitter.GrafanaDatasource;

    protected override void WriteQuery(QueryJsonWriter json)
    {
        json.WriteStartObject("target"u8);
        json.WriteNumber("limit"u8, Limit);
        json.WriteBoolean("matchAny"u8, MatchAny);
        json.WriteStrings("tags"u8, Tags);
        json.WriteString("type"u8, "tags");
        json.WriteEndObject();
    }
}
