namespace Dashboards.PromQL.Functions;

/// <summary>
/// Prometheus's function list as data. It drives the parser's type checks, the checker and the typed builders
/// (a test asserts every row has a builder on <see cref="Prom"/> and vice versa).
/// Versions after 2.42 come from Prometheus's changelog; 2.42 itself is what promtool in the test environment knows.
/// </summary>
public static class FunctionTable
{
    private static readonly Version V20 = new(2, 0);
    private const PromType Str = PromType.String;
    private const PromType Vec = PromType.InstantVector;
    private const PromType Rng = PromType.RangeVector;
    private const PromType Sca = PromType.Scalar;

    /// <summary>All functions, in alphabetical order.</summary>
    public static IReadOnlyList<FunctionDefinition> All { get; }

    // A plain dictionary: cheaper to build at a process's first query than a frozen one (docs/benchmarks.md, cold start).
    private static readonly Dictionary<string, FunctionDefinition> ByName;
    private static readonly Dictionary<string, FunctionDefinition>.AlternateLookup<ReadOnlySpan<char>> BySpan;

    static FunctionTable()
    {
        var rows = new List<FunctionDefinition>
        {
            // name, return, argument types, min args, max args (-1 = unlimited), since, experimental, removed in
            F("abs", Vec, [Vec]),
            F("absent", Vec, [Vec]),
            F("absent_over_time", Vec, [Rng], since: new(2, 16)),
            F("acos", Vec, [Vec], since: new(2, 26)),
            F("acosh", Vec, [Vec], since: new(2, 26)),
            F("asin", Vec, [Vec], since: new(2, 26)),
            F("asinh", Vec, [Vec], since: new(2, 26)),
            F("atan", Vec, [Vec], since: new(2, 26)),
            F("atanh", Vec, [Vec], since: new(2, 26)),
            F("avg_over_time", Vec, [Rng]),
            F("ceil", Vec, [Vec]),
            F("changes", Vec, [Rng]),
            F("clamp", Vec, [Vec, Sca, Sca], since: new(2, 26)),
            F("clamp_max", Vec, [Vec, Sca]),
            F("clamp_min", Vec, [Vec, Sca]),
            F("cos", Vec, [Vec], since: new(2, 26)),
            F("cosh", Vec, [Vec], since: new(2, 26)),
            F("count_over_time", Vec, [Rng]),
            F("day_of_month", Vec, [Vec], min: 0),
            F("day_of_week", Vec, [Vec], min: 0),
            F("day_of_year", Vec, [Vec], min: 0, since: new(2, 39)),
            F("days_in_month", Vec, [Vec], min: 0),
            F("deg", Vec, [Vec], since: new(2, 26)),
            F("delta", Vec, [Rng]),
            F("deriv", Vec, [Rng]),
            F("double_exponential_smoothing", Vec, [Rng, Sca, Sca], since: new(3, 0), experimental: true),
            F("end", Sca, [], since: new(3, 12), experimental: true),
            F("exp", Vec, [Vec]),
            F("first_over_time", Vec, [Rng], since: new(3, 7), experimental: true, stableSince: new(3, 14)),
            F("floor", Vec, [Vec]),
            F("histogram_avg", Vec, [Vec], since: new(2, 50)),
            F("histogram_count", Vec, [Vec], since: new(2, 40)),
            F("histogram_fraction", Vec, [Sca, Sca, Vec], since: new(2, 40)),
            F("histogram_quantile", Vec, [Sca, Vec]),
            F("histogram_quantiles", Vec, [Vec, Str, Sca], min: 3, max: 12, since: new(3, 11), experimental: true),
            F("histogram_stddev", Vec, [Vec], since: new(2, 44)),
            F("histogram_stdvar", Vec, [Vec], since: new(2, 44)),
            F("histogram_sum", Vec, [Vec], since: new(2, 40)),
            F("holt_winters", Vec, [Rng, Sca, Sca], removedIn: new(3, 0)),
            F("hour", Vec, [Vec], min: 0),
            F("idelta", Vec, [Rng]),
            F("increase", Vec, [Rng]),
            F("info", Vec, [Vec, Vec], min: 1, since: new(3, 0), experimental: true),
            F("irate", Vec, [Rng]),
            F("label_join", Vec, [Vec, Str, Str, Str], min: 3, max: -1),
            F("label_replace", Vec, [Vec, Str, Str, Str, Str]),
            F("last_over_time", Vec, [Rng], since: new(2, 26)),
            F("ln", Vec, [Vec]),
            F("log10", Vec, [Vec]),
            F("log2", Vec, [Vec]),
            F("mad_over_time", Vec, [Rng], since: new(2, 53), experimental: true),
            F("max_of", Sca, [Sca, Sca], since: new(3, 13), experimental: true),
            F("max_over_time", Vec, [Rng]),
            F("min_of", Sca, [Sca, Sca], since: new(3, 13), experimental: true),
            F("min_over_time", Vec, [Rng]),
            F("minute", Vec, [Vec], min: 0),
            F("month", Vec, [Vec], min: 0),
            F("pi", Sca, [], since: new(2, 26)),
            F("predict_linear", Vec, [Rng, Sca]),
            F("present_over_time", Vec, [Rng], since: new(2, 29)),
            F("quantile_over_time", Vec, [Sca, Rng]),
            F("rad", Vec, [Vec], since: new(2, 26)),
            F("range", Sca, [], since: new(3, 12), experimental: true),
            F("rate", Vec, [Rng]),
            F("resets", Vec, [Rng]),
            F("round", Vec, [Vec, Sca], min: 1),
            F("scalar", Sca, [Vec]),
            F("sgn", Vec, [Vec], since: new(2, 26)),
            F("sin", Vec, [Vec], since: new(2, 26)),
            F("sinh", Vec, [Vec], since: new(2, 26)),
            F("sort", Vec, [Vec]),
            F("sort_by_label", Vec, [Vec, Str], min: 1, max: -1, since: new(2, 49), experimental: true),
            F("sort_by_label_desc", Vec, [Vec, Str], min: 1, max: -1, since: new(2, 49), experimental: true),
            F("sort_desc", Vec, [Vec]),
            F("sqrt", Vec, [Vec]),
            F("stddev_over_time", Vec, [Rng]),
            F("stdvar_over_time", Vec, [Rng]),
            F("start", Sca, [], since: new(3, 12), experimental: true),
            F("start_timestamp", Vec, [Vec], since: new(3, 14), experimental: true),
            F("step", Sca, [], since: new(3, 12), experimental: true),
            F("sum_over_time", Vec, [Rng]),
            F("tan", Vec, [Vec], since: new(2, 26)),
            F("tanh", Vec, [Vec], since: new(2, 26)),
            F("time", Sca, []),
            F("timestamp", Vec, [Vec]),
            F("ts_of_first_over_time", Vec, [Rng], since: new(3, 7), experimental: true),
            F("ts_of_last_over_time", Vec, [Rng], since: new(3, 5), experimental: true),
            F("ts_of_max_over_time", Vec, [Rng], since: new(3, 5), experimental: true),
            F("ts_of_min_over_time", Vec, [Rng], since: new(3, 5), experimental: true),
            F("vector", Vec, [Sca]),
            F("year", Vec, [Vec], min: 0),
        };
        rows.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        All = rows;
        ByName = new Dictionary<string, FunctionDefinition>(rows.Count, StringComparer.Ordinal);
        foreach (var row in rows) ByName.Add(row.Name, row);
        BySpan = ByName.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static FunctionDefinition F(string name, PromType returns, PromType[] args, int? min = null, int? max = null, Version? since = null, bool experimental = false, Version? removedIn = null, Version? stableSince = null)
    {
        var minArgs = min ?? args.Length;
        var maxArgs = max ?? args.Length;
        return new FunctionDefinition(name, returns, args, minArgs, maxArgs, since ?? V20, experimental, removedIn, stableSince);
    }

    public static bool TryGet(string name, out FunctionDefinition definition) => ByName.TryGetValue(name, out definition!);

    public static bool TryGet(ReadOnlySpan<char> name, out FunctionDefinition definition) =>
        BySpan.TryGetValue(name, out definition!);

    public static FunctionDefinition Get(string name) =>
        TryGet(name, out var d) ? d : throw new ArgumentException($"Unknown PromQL function '{name}'.", nameof(name));
}
