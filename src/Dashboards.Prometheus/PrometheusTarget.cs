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
        _query = new QueryText(expression);
    }

    private PrometheusTarget(string text) => _query = new QueryText(text);

    // The query, typed or as text, held inline (no object of its own). A typed query is printed on first use and the
    // text kept, so copies made afterwards share it. Equality is by text (and whether it is typed), as before.
    // Not readonly: printing stores the text here.
    private QueryText _query;

    // The legend's template, stored as a reference rather than a nullable struct (8 bytes a copy instead of 16): null
    // for no legend, NullTemplate for a legend whose template is null, else the template.
    private readonly object? _legend;
    private static readonly object NullTemplate = new();

    // The format and kind, and the options most targets never set, in one immutable object that copies share: a copy
    // is four fields instead of ten. Format and kind change often (Instant(), AsTable()), so the nine objects holding
    // only those are shared, and changing them on a target with no other options allocates nothing more.
    private readonly TargetOptions _options = TargetOptions.None;

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
    public bool IsUnchecked { get => _options.IsUnchecked; private init => _options = _options with { IsUnchecked = value }; }

    /// <summary>The PromQL text sent to Prometheus (a typed query is printed on first use).</summary>
    public string Expr => _query.Text;

    /// <summary>The typed expression, or null for <see cref="Raw"/> targets.</summary>
    public PromQLExpr? Expression => _query.Expression;

    public bool IsRaw => Expression is null;

    /// <summary>Legend template, e.g. <c>"{{provider}}"</c> or <c>Legend.Label("provider")</c>.</summary>
    public LegendFormat? LegendFormat
    {
        get => _legend switch { null => (LegendFormat?)null, string template => new LegendFormat(template), _ => new LegendFormat(null!) };
        init => _legend = value is { } legend ? legend.Template ?? NullTemplate : null;
    }
    public PrometheusFormat Format { get => _options.Format; init => _options = _options.WithShape(value, _options.Kind); }
    public PrometheusQueryKind Kind { get => _options.Kind; init => _options = _options.WithShape(_options.Format, value); }
    public TimeSpan? MinStep { get => _options.MinStep; init => _options = _options with { MinStep = value }; }
    public bool Exemplar { get => _options.Exemplar; init => _options = _options with { Exemplar = value }; }
    public int? IntervalFactor { get => _options.IntervalFactor; init => _options = _options with { IntervalFactor = value }; }

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
        json.WriteOptional("legendFormat"u8, _legend as string);
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

    private sealed record TargetOptions
    {
        private const int Formats = 3, Kinds = 3; // the defined values of PrometheusFormat and PrometheusQueryKind

        private static readonly TargetOptions[] ShapeOnly = CreateShapes();

        public static TargetOptions None => ShapeOnly[0];

        public PrometheusFormat Format { get; init; } = PrometheusFormat.TimeSeries;
        public PrometheusQueryKind Kind { get; init; } = PrometheusQueryKind.Range;

        public TargetOptions WithShape(PrometheusFormat format, PrometheusQueryKind kind)
        {
            if (format == Format && kind == Kind) return this;
            return IsShared(Format, Kind) && ReferenceEquals(this, ShapeOnly[Index(Format, Kind)]) && IsShared(format, kind)
                ? ShapeOnly[Index(format, kind)]
                : this with { Format = format, Kind = kind };
        }

        private static bool IsShared(PrometheusFormat format, PrometheusQueryKind kind) =>
            (uint)format < Formats && (uint)kind < Kinds;

        private static int Index(PrometheusFormat format, PrometheusQueryKind kind) => (int)format * Kinds + (int)kind;

        private static TargetOptions[] CreateShapes()
        {
            var shapes = new TargetOptions[Formats * Kinds];
            for (var f = 0; f < Formats; f++)
                for (var k = 0; k < Kinds; k++)
                    shapes[f * Kinds + k] = new TargetOptions { Format = (PrometheusFormat)f, Kind = (PrometheusQueryKind)k };
            return shapes;
        }

        public TimeSpan? MinStep { get; init; }
        public bool Exemplar { get; init; }
        public int? IntervalFactor { get; init; }
        public bool IsUnchecked { get; init; }
    }

    /// <summary>
    /// A query: a typed expression printed on first use, or text. Equal when typed alike and the text is equal.
    /// One reference: a <see cref="PromQLExpr"/> (typed, not printed yet), a <see cref="Printed"/> (typed, printed) or a
    /// string (text).
    /// </summary>
    private struct QueryText : IEquatable<QueryText>
    {
        private object _value;

        public QueryText(PromQLExpr expression) => _value = expression;

        public QueryText(string text) => _value = text;

        public readonly PromQLExpr? Expression => _value switch
        {
            PromQLExpr expression => expression,
            Printed printed => printed.Expression,
            _ => null,
        };

        /// <summary>The text if it exists already (raw, or printed before), else null.</summary>
        public readonly string? PrintedText => _value switch
        {
            string text => text,
            Printed printed => printed.Text,
            _ => null,
        };

        /// <summary>The text, printing a typed query the first time and keeping the result.</summary>
        public string Text
        {
            get
            {
                // One read of the field: another thread may replace it (expression by printed) at any time.
                var value = _value;
                if (value is not PromQLExpr expression) return value is Printed done ? done.Text : (string)value;
                // Two threads printing at once produce equal texts; either may be kept (one reference, written atomically).
                var printed = new Printed(expression, expression.ToString());
                _value = printed;
                return printed.Text;
            }
        }

        private readonly string CurrentText => _value switch
        {
            PromQLExpr expression => expression.ToString(),
            Printed printed => printed.Text,
            var text => (string)text,
        };

        private readonly bool IsTyped => _value is not string;

        public readonly bool Equals(QueryText other) =>
            ReferenceEquals(_value, other._value) || (IsTyped == other.IsTyped && CurrentText == other.CurrentText);

        public override readonly bool Equals(object? obj) => obj is QueryText other && Equals(other);

        public override readonly int GetHashCode() => CurrentText.GetHashCode(StringComparison.Ordinal);

        private sealed class Printed(PromQLExpr expression, string text)
        {
            public PromQLExpr Expression { get; } = expression;
            public string Text { get; } = text;
        }
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
