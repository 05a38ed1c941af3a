using Dashboards.LogQL;

namespace Dashboards.Model;

public enum LokiQueryType { Range, Instant }

/// <summary>
/// A Loki query. Built from the typed LogQL builder (<c>new LokiTarget(Loki.Stream("app", "bots").Contains("error"))</c>,
/// <c>new LokiTarget(Loki.Sum(Loki.Rate(...)).By("level"))</c>) or from text (<c>LokiTarget.Raw("{app=\"bots\"} |= \"error\"")</c>),
/// which is parsed with Dashboards.LogQL when the catalog compiles; errors name the dashboard, panel and position in the query.
/// </summary>
public sealed record LokiTarget : Target<LokiTarget>
{
    /// <summary>A log query: the panel shows log lines.</summary>
    public LokiTarget(LogQuery query) : this((LogQLQuery)query) { }

    /// <summary>A metric query: the panel shows samples.</summary>
    public LokiTarget(MetricQuery query) : this((LogQLQuery)query) { }

    private LokiTarget(LogQLQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        Query = query;
        Expr = query.ToString(); // printed once here, not on every emit
    }

    /// <summary>A query written as text; the same as <see cref="Raw"/>.</summary>
    public LokiTarget(string logQL)
    {
        if (string.IsNullOrWhiteSpace(logQL)) throw new ArgumentException("A Loki target needs a LogQL query.", nameof(logQL));
        Expr = logQL;
    }

    /// <summary>A query written as text. It is parsed and checked with Dashboards.LogQL when the catalog compiles.</summary>
    public static LokiTarget Raw(string logQL) => new(logQL);

    /// <summary>The LogQL text sent to Loki.</summary>
    public string Expr { get; }

    /// <summary>The typed query, or null for text targets.</summary>
    public LogQLQuery? Query { get; }

    public bool IsRaw => Query is null;

    public LokiQueryType QueryType { get; init; } = LokiQueryType.Range;
    /// <summary>Maximum number of log lines returned.</summary>
    public int? MaxLines { get; init; }
    /// <summary>Legend template of a metric query, e.g. <c>{{level}}</c>.</summary>
    public LegendFormat? LegendFormat { get; init; }
    public override string DatasourceType => DataSourceType.Loki;

    public LokiTarget Instant() => this with { QueryType = LokiQueryType.Instant };
    public LokiTarget Range() => this with { QueryType = LokiQueryType.Range };

    public LokiTarget WithMaxLines(int lines) =>
        lines > 0 ? this with { MaxLines = lines } : throw new ArgumentOutOfRangeException(nameof(lines), lines, "maxLines must be positive.");

    public LokiTarget Legend(LegendFormat legend) => this with { LegendFormat = legend };

    protected override void WriteQuery(QueryJsonWriter json)
    {
        json.WriteString("editorMode"u8, "code");
        json.WriteString("expr"u8, Expr);
        json.WriteString("queryType"u8, QueryType switch
        {
            LokiQueryType.Range => "range",
            LokiQueryType.Instant => "instant",
            _ => throw new ArgumentOutOfRangeException(nameof(QueryType), QueryType, $"{QueryType} is not a defined LokiQueryType."),
        });
        json.WriteOptional("legendFormat"u8, LegendFormat?.Template);
        json.WriteOptional("maxLines"u8, MaxLines);
    }

    protected override void Check(QueryCheckContext context)
    {
        context.CheckVariableReferences("expr", Expr);
        LogQLQueryCheck.Check(Expr, Query, message => context.Error("expr", message));
        if (LegendFormat is { } legend) context.CheckVariableReferences("legendFormat", legend.Template);
    }

    /// <summary>An instant metric query's value column is always <c>Value #&lt;refId&gt;</c> (loki <c>makeTableFrames</c>).</summary>
    protected override string? ValueColumn(string refId, ImmutableArray<Target> panelTargets) =>
        QueryType == LokiQueryType.Instant ? ValueColumns.OfRefId(refId) : null;
}
