namespace Dashboards.Model;

/// <summary>A Tempo TraceQL search, e.g. <c>new TempoTarget("{ resource.service.name = \"bots\" &amp;&amp; status = error }")</c>.</summary>
public sealed record TempoTarget : Target<TempoTarget>
{
    public TempoTarget(string traceQL)
    {
        if (string.IsNullOrWhiteSpace(traceQL)) throw new ArgumentException("A Tempo target needs a TraceQL query.", nameof(traceQL));
        Query = traceQL;
    }

    public string Query { get; }
    public int? LimitValue { get; init; }
    public override string DatasourceType => DataSourceType.Tempo;

    /// <summary>Maximum number of traces returned.</summary>
    public TempoTarget Limit(int traces) =>
        traces > 0 ? this with { LimitValue = traces } : throw new ArgumentOutOfRangeException(nameof(traces), traces, "The trace limit must be positive.");
}
