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
    public int? MaxLinesValue { get; init; }
    public LegendFormat? LegendValue { get; init; }
    public override string DatasourceType => DataSourceType.Loki;

    public LokiTarget Instant() => this with { QueryType = LokiQueryType.Instant };
    public LokiTarget Range() => this with { QueryType = LokiQueryType.Range };

    public LokiTarget MaxLines(int lines) =>
        lines > 0 ? this with { MaxLinesValue = lines } : throw new ArgumentOutOfRangeException(nameof(lines), lines, "maxLines must be positive.");

    public LokiTarget Legend(LegendFormat legend) => this with { LegendValue = legend };
}
