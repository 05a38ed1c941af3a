using Dashboards.PromQL;
using Dashboards.PromQL.Metrics;
using Dashboards.PromQL.Printing;
using Dashboards.QuerySyntax;

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
        _query = new QueryText(expression, null);
    }

    private PrometheusTarget(string text) => _query = new QueryText(null, text);

    // The query, typed or as text; copies made by `with` share it, so a typed query is printed at most once.
    // Equality is by text (and whether it is typed), as before.
    private readonly QueryText _query;

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

    /// <summary>The PromQL text sent to Prometheus (a typed query is printed on first use).</summary>
    public string Expr => _query.Text;

    /// <summary>The typed expression, or null for <see cref="Raw"/> targets.</summary>
    public PromQLExpr? Expression => _query.Expression;

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
        // A typed query not printed yet is printed into a reused buffer and written from there: no string of its own.
        if (_query.PrintedText is { } text) json.WriteString("expr"u8, text);
        else json.WriteString("expr"u8, PrintBuffer.Print(_query.Expression!.Syntax));
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

    /// <summary>A query: a typed expression printed on first use, or text. Equal when typed alike and the text is equal.</summary>
    private sealed class QueryText(PromQLExpr? expression, string? text) : IEquatable<QueryText>
    {
        private string? _text = text;

        public PromQLExpr? Expression => expression;

        /// <summary>The text if it exists already (raw, or printed before), else null.</summary>
        public string? PrintedText => _text;

        // Two threads printing at once produce equal strings; either may be kept.
        public string Text => _text ??= expression!.ToString();

        public bool Equals(QueryText? other) =>
            other is not null && (ReferenceEquals(this, other) || ((expression is null) == (other.Expression is null) && Text == other.Text));

        public override bool Equals(object? obj) => Equals(obj as QueryText);

        public override int GetHashCode() => Text.GetHashCode(StringComparison.Ordinal);
    }

    /// <summary>A per-thread buffer the emitter prints queries into.</summary>
    private static class PrintBuffer
    {
        [ThreadStatic] private static CharBuffer? t_buffer;

        /// <summary>The text of <paramref name="syntax"/>, valid until the next call on this thread.</summary>
        public static ReadOnlySpan<char> Print(Expr syntax)
        {
            var buffer = t_buffer ??= new CharBuffer();
            buffer.Clear();
            PromQLPrinter.Write(buffer.Sink, syntax);
            if (buffer.Capacity > 64 * 1024) t_buffer = null; // don't keep huge buffers per thread
            return buffer.Written;
        }
    }
}
