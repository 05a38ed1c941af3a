namespace Dashboards.Model;

/// <summary>
/// How stat-like panels reduce a series to one value: <c>r => r.Calc(Reducer.Last)</c>, or all values with
/// <c>r => r.AllValues(limit: 10)</c>.
/// </summary>
public sealed record ReduceOptions
{
    public static ReduceOptions Default { get; } = new();

    public ImmutableArray<Reducer> Calcs { get; init; } = [Reducer.LastNotNull];
    /// <summary>Which fields to show: null = numeric fields, or a field name/regex such as <c>/.*/</c>.</summary>
    public string? Fields { get; init; }
    public bool Values { get; init; }
    public int? Limit { get; init; }

    public ReduceOptions Calc(Reducer reducer) => this with { Calcs = [reducer], Values = false };
    public ReduceOptions AllValues(int? limit = null) => this with { Values = true, Limit = limit };
    public ReduceOptions OnFields(string fields) => this with { Fields = fields };
}
