namespace Dashboards.Model;

public enum LokiQueryType { Range, Instant }

/// <summary>A Loki query (LogQL text), e.g. <c>new LokiTarget("{app=\"bots\"} |= \"error\"").MaxLines(500)</c>.</summary>
public sealed record LokiTarget : Target<LokiTarget>
{
    public LokiTarget(string logQL)
    {
        if (string.IsNullOrWhiteSpace(logQL)) throw new ArgumentException("A Loki target needs a LogQL query.", nameof(logQL));
        Expr = logQL;
    }

    public string Expr { get; }
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
