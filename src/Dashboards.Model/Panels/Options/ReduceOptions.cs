namespace Dashboards.Model;

// Shortcuts of the generated ReduceOptions (Spec/shared.json).
public sealed partial record ReduceOptions
{
    public ReduceOptions Calc(Reducer reducer) => this with { Calcs = [reducer], Values = false };
    public ReduceOptions AllValues(int? limit = null) => this with { Values = true, Limit = limit };
    public ReduceOptions OnFields(string fields) => this with { Fields = fields };

    /// <summary>The reducers. (The span form spares a params array per call.)</summary>
    public ReduceOptions WithCalcs(params ReadOnlySpan<Reducer> calcs) => this with { Calcs = [.. calcs] };
}
