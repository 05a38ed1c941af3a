using Dashboards.PromQL;
using Dashboards.PromQL.Metrics;

namespace Dashboards.Model;

/// <summary>
/// Markers where a Prometheus expression has values, e.g. deployments:
/// <c>new PrometheusAnnotation("Deploys", Prom.Changes(...)).WithTitleFormat("Deploy {{version}}")</c>.
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
    /// <summary>Event title template, e.g. <c>Deploy {{version}}</c>.</summary>
    public string? TitleFormat { get; init; }
    /// <summary>Event text template.</summary>
    public string? TextFormat { get; init; }
    public ImmutableArray<string> TagKeys { get; init; } = [];
    public TimeSpan? Step { get; init; }
    /// <summary>Uses the sample value (a unix timestamp in seconds) as the event time.</summary>
    public bool UseValueForTime { get; init; }

    public PrometheusAnnotation WithDatasource(DataSourceRef datasource) => this with { Datasource = datasource };
    public PrometheusAnnotation WithTitleFormat(string template) => this with { TitleFormat = template };
    public PrometheusAnnotation WithTextFormat(string template) => this with { TextFormat = template };
    public PrometheusAnnotation Tags(params string[] labelNames) => this with { TagKeys = [.. labelNames] };
    public PrometheusAnnotation WithStep(TimeSpan step) => this with { Step = step };
    public PrometheusAnnotation WithIconColor(Color color) => this with { IconColor = color };
    public PrometheusAnnotation ValueIsTime(bool useValueForTime = true) => this with { UseValueForTime = useValueForTime };
    public PrometheusAnnotation Disabled() => this with { Enable = false };
    public PrometheusAnnotation HideToggle(bool hide = true) => this with { Hide = hide };

    protected override DataSourceRef? QueryDatasource(DataSourceRef? dashboardDefault) => Datasource ?? dashboardDefault;

    protected override void WriteQuery(QueryJsonWriter json)
    {
        json.WriteString("expr"u8, Expr);
        json.WriteOptional("titleFormat"u8, TitleFormat);
        json.WriteOptional("textFormat"u8, TextFormat);
        if (!TagKeys.IsDefaultOrEmpty) json.WriteString("tagKeys"u8, string.Join(",", TagKeys));
        if (Step is { } step) json.WriteDuration("step"u8, step);
        json.WriteTrueOrOmit("useValueForTime"u8, UseValueForTime);
    }

    protected override void Check(QueryCheckContext context)
    {
        context.CheckVariableReferences("expr", Expr);
        PromQLQueryCheck.Check(Expr, Expression, context.Lints<MetricCatalog>(), message => context.Error("expr", message));
        context.CheckDatasource("datasource", Datasource ?? context.DefaultDatasource, DataSourceType.Prometheus);
    }
}
