using Dashboards.PromQL;

namespace Dashboards.Model;

/// <summary>
/// An annotation query drawn as markers on time-based panels. Grafana's built-in "Annotations &amp; Alerts" query is
/// always emitted first; add Prometheus ones with <see cref="PrometheusAnnotation"/> and tagged Grafana events with
/// <see cref="GrafanaTagAnnotation"/>.
/// </summary>
public abstract record Annotation
{
    private protected Annotation(string name)
    {
        Name = string.IsNullOrWhiteSpace(name) ? throw new ArgumentException("An annotation needs a name.", nameof(name)) : name;
    }

    public string Name { get; }
    public bool Enable { get; init; } = true;
    /// <summary>Hides the on/off toggle at the top of the dashboard.</summary>
    public bool Hide { get; init; }
    public Color IconColor { get; init; } = Color.Blue;
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
}

/// <summary>
/// Markers where a Prometheus expression has values, e.g. deployments:
/// <c>new PrometheusAnnotation("Deploys", Prom.Changes(...)).TitleFormat("Deploy {{version}}")</c>.
/// </summary>
public sealed record PrometheusAnnotation : Annotation
{
    public PrometheusAnnotation(string name, InstantVector expression) : base(name)
    {
        ArgumentNullException.ThrowIfNull(expression);
        Expression = expression;
        Expr = expression.ToString();
    }

    private PrometheusAnnotation(string name, string expr) : base(name) => Expr = expr;

    /// <summary>An annotation query as text, parsed and checked when the catalog compiles.</summary>
    public static PrometheusAnnotation Raw(string name, string promQL)
    {
        if (string.IsNullOrWhiteSpace(promQL)) throw new ArgumentException("An annotation needs a query.", nameof(promQL));
        return new PrometheusAnnotation(name, promQL);
    }

    public string Expr { get; }
    public PromQLExpr? Expression { get; }
    public DataSourceRef? Datasource { get; init; }
    public string? TitleFormatValue { get; init; }
    public string? TextFormatValue { get; init; }
    public ImmutableArray<string> TagKeys { get; init; } = [];
    public TimeSpan? Step { get; init; }
    /// <summary>Uses the sample value (a unix timestamp in seconds) as the event time.</summary>
    public bool UseValueForTime { get; init; }

    public PrometheusAnnotation WithDatasource(DataSourceRef datasource) => this with { Datasource = datasource };
    public PrometheusAnnotation TitleFormat(string template) => this with { TitleFormatValue = template };
    public PrometheusAnnotation TextFormat(string template) => this with { TextFormatValue = template };
    public PrometheusAnnotation Tags(params string[] labelNames) => this with { TagKeys = [.. labelNames] };
    public PrometheusAnnotation WithStep(TimeSpan step) => this with { Step = step };
    public PrometheusAnnotation WithIconColor(Color color) => this with { IconColor = color };
    public PrometheusAnnotation ValueIsTime(bool useValueForTime = true) => this with { UseValueForTime = useValueForTime };
    public PrometheusAnnotation Disabled() => this with { Enable = false };
    public PrometheusAnnotation HideToggle(bool hide = true) => this with { Hide = hide };
}
