namespace Dashboards.Model;

/// <summary>Grafana's field reducers (ReducerID), used by reduce options, legend calcs, table footers and transformations.</summary>
public sealed record Reducer
{
    private Reducer(string id) => Id = id;

    public string Id { get; }

    public static readonly Reducer Sum = new("sum");
    public static readonly Reducer Max = new("max");
    public static readonly Reducer Min = new("min");
    public static readonly Reducer LogMin = new("logmin");
    public static readonly Reducer Mean = new("mean");
    public static readonly Reducer Variance = new("variance");
    public static readonly Reducer StdDev = new("stdDev");
    public static readonly Reducer Last = new("last");
    public static readonly Reducer LastNotNull = new("lastNotNull");
    public static readonly Reducer First = new("first");
    public static readonly Reducer FirstNotNull = new("firstNotNull");
    public static readonly Reducer Median = new("median");
    public static readonly Reducer Count = new("count");
    public static readonly Reducer CountAll = new("countAll");
    public static readonly Reducer Range = new("range");
    public static readonly Reducer Diff = new("diff");
    public static readonly Reducer DiffPercent = new("diffperc");
    public static readonly Reducer Delta = new("delta");
    public static readonly Reducer Step = new("step");
    public static readonly Reducer ChangeCount = new("changeCount");
    public static readonly Reducer DistinctCount = new("distinctCount");
    public static readonly Reducer AllIsZero = new("allIsZero");
    public static readonly Reducer AllIsNull = new("allIsNull");
    public static readonly Reducer AllValues = new("allValues");
    public static readonly Reducer UniqueValues = new("uniqueValues");

    /// <summary>The n-th percentile (1–99), Grafana ids <c>p1</c>…<c>p99</c>.</summary>
    public static Reducer Percentile(int n) =>
        n is >= 1 and <= 99 ? new Reducer("p" + n.ToString(System.Globalization.CultureInfo.InvariantCulture))
                            : throw new ArgumentOutOfRangeException(nameof(n), n, "Percentile reducers go from p1 to p99.");

    /// <summary>A reducer read from Grafana's JSON: any id, known to this type or not.</summary>
    internal static Reducer FromId(string id) => new(id);

    public override string ToString() => Id;
}
