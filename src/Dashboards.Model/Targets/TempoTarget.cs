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

    /// <summary>Maximum number of traces returned.</summary>
    public int? Limit { get; init; }
    public override string DatasourceType => DataSourceType.Tempo;

    /// <summary>Maximum number of traces returned.</summary>
    public TempoTarget WithLimit(int traces) =>
        traces > 0 ? this with { Limit = traces } : throw new ArgumentOutOfRangeException(nameof(traces), traces, "The trace limit must be positive.");

    protected override void WriteQuery(QueryJsonWriter json)
    {
        json.WriteString("queryType"u8, "traceql");
        json.WriteString("query"u8, Query);
        json.WriteOptional("limit"u8, Limit);
        json.WriteStartArray("filters"u8);
        json.WriteEndArray();
    }

    protected override void Check(QueryCheckContext context) => context.CheckVariableReferences("query", Query);
}
