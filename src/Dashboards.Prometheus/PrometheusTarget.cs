using Dashboards.PromQL;
using Dashboards.PromQL.Metrics;

namespace Dashboards.Model;

public enum PrometheusFormat { TimeSeries, Table, Heatmap }

/// <summary>Which Prometheus API a target calls.</summary>
public enum PrometheusQueryKind { Range, Instant, Both }

/// <summary>
/// A Prometheus query. Built from the typed PromQL builder (<c>new PrometheusTarget(Prom.Rate(...))</c>) or from text
/// (<c>PrometheusTarget.Raw("sum(rate(x[5m]))")</c>), which is parsed and checked when the catalog compiles.
/// </summary>
public sealed record PrometheusTarget : Target<PrometheusTarget>
{
    public PrometheusTarget(InstantVector expression) : this((PromQLExpr)expression) { }

    public PrometheusTarget(Scalar expression) : this((PromQLExpr)expression) { }

    private PrometheusTarget(PromQLExpr expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        Expression = expression;
        Expr = expression.ToString(); // printed once here, not on every emit
    }

    private PrometheusTarget(string text) => Expr = text;

    /// <summary>
    /// A query written as text. It is parsed and type-checked with Dashboards.PromQL when the catalog compiles;
    /// errors name the dashboard, panel and position in the query.
    /// </summary>
    public static PrometheusTarget Raw(string promQL)
    {
        if (string.IsNullOrWhiteSpace(promQL)) throw new ArgumentException("A Prometheus target needs a query.", nameof(promQL));
        return new PrometheusTarget(promQL);
    }

    /// <summary>
    /// A query kept exactly as written and not parsed when the catalog compiles: for imported text the parser rejects
    /// (a query Grafana shows as an error, a range vector read as a table). Variable references are still checked, and
    /// <c>lint</c> warns about it. Prefer <see cref="Raw"/>, which is checked.
    /// </summary>
    public static PrometheusTarget Unchecked(string promQL) => Raw(promQL) with { IsUnchecked = true };

    /// <summary>True for <see cref="Unchecked"/> targets: the compiler does not parse their text.</summary>
    public bool IsUnchecked { get; private init; }

    /// <summary>The PromQL text sent to Prometheus.</summary>
    public string Expr { get; }

    /// <summary>The typed expression, or null for <see cref="Raw"/> targets.</summary>
    public PromQLExpr? Expression { get; }

    public bool IsRaw => Expression is null;

    /// <summary>Legend template, e.g. <c>"{{provider}}"</c> or <c>Legend.Label("provider")</c>.</summary>
    public LegendFormat? LegendFormat { get; init; }
    public PrometheusFormat Format { get; init; } = PrometheusFormat.TimeSeries;
    public PrometheusQueryKind Kind { get; init; } = PrometheusQueryKind.Range;
    public TimeSpan? MinStep { get; init; }
    public bool Exemplar { get; init; }
    public int? IntervalFactor { get; init; }

    public override string DatasourceType => DataSourceType.Prometheus;

    /// <summary>Legend template, e.g. <c>"{{provider}}"</c> or <c>Legend.Label("provider")</c>.</summary>
    public PrometheusTarget Legend(LegendFormat legend) => this with { LegendFormat = legend };
    public PrometheusTarget AsFormat(PrometheusFormat format) => this with { Format = format };
    public PrometheusTarget AsTable() => this with { Format = PrometheusFormat.Table };
    public PrometheusTarget AsHeatmap() => this with { Format = PrometheusFormat.Heatmap };

    /// <summary>Queries one point at the end of the range (stat, gauge, table panels).</summary>
    public PrometheusTarget Instant() => this with { Kind = PrometheusQueryKind.Instant };
    public PrometheusTarget Range() => this with { Kind = PrometheusQueryKind.Range };
    public PrometheusTarget InstantAndRange() => this with { Kind = PrometheusQueryKind.Both };

    /// <summary>Lower bound for the query step and <c>$__interval</c>.</summary>
    public PrometheusTarget WithMinStep(TimeSpan step) => this with { MinStep = step };
    public PrometheusTarget WithExemplars(bool exemplar = true) => this with { Exemplar = exemplar };

    protected override void WriteQuery(QueryJsonWriter json)
    {
        json.WriteString("editorMode"u8, "code");
        json.WriteString("expr"u8, Expr);
        json.WriteOptional("legendFormat"u8, LegendFormat?.Template);
        json.WriteString("format"u8, FormatName(Format));
        json.WriteBoolean("range"u8, Kind != PrometheusQueryKind.Instant);
        json.WriteBoolean("instant"u8, Kind != PrometheusQueryKind.Range);
        if (MinStep is { } step) json.WriteDuration("interval"u8, step);
        json.WriteOptional("intervalFactor"u8, IntervalFactor);
        json.WriteTrueOrOmit("exemplar"u8, Exemplar);
    }

    protected override void Check(QueryCheckContext context)
    {
        context.CheckVariableReferences("expr", Expr);
        if (!IsUnchecked) PromQLQueryCheck.Check(Expr, Expression, context.Lints<MetricCatalog>(), message => context.Error("expr", message));
        if (LegendFormat is { } legend) context.CheckVariableReferences("legendFormat", legend.Template);
    }

    /// <summary>A table-format query's value column is <c>Value</c> while it is the panel's only one (grafana-prometheus <c>transformDFToTable</c>).</summary>
    protected override string? ValueColumn(string refId, ImmutableArray<Target> panelTargets)
    {
        if (Format != PrometheusFormat.Table) return null;
        var tables = 0;
        foreach (var t in panelTargets)
            if (!t.Hide && t is PrometheusTarget { Format: PrometheusFormat.Table }) tables++;
        return tables > 1 ? ValueColumns.OfRefId(refId) : ValueColumns.Single;
    }

    /// <summary>The <c>format</c> Grafana stores.</summary>
    internal static string FormatName(PrometheusFormat format) => format switch
    {
        PrometheusFormat.TimeSeries => "time_series",
        PrometheusFormat.Table => "table",
        PrometheusFormat.Heatmap => "heatmap",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, $"{format} is not a defined PrometheusFormat."),
    };
}
