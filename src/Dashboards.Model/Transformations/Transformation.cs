using System.Text.Json.Nodes;

namespace Dashboards.Model.Transformations;

/// <summary>
/// A data transformation applied before visualization: every transformation Grafana's UI offers is typed (one record
/// each, grouped by concern in this folder: fields, frames, rows, calculations); anything else through <see cref="Generic"/>.
/// </summary>
public abstract record Transformation
{
    private protected Transformation() { }

    /// <summary>Grafana's transformer id.</summary>
    public abstract string Id { get; }

    public bool Disabled { get; init; }

    public static OrganizeFields Organize() => new();
    public static Merge MergeSeries() => new();
    public static Reduce ReduceRows(params Reducer[] reducers) => new(ReduceMode.SeriesToRows, [.. reducers]);
    public static Reduce ReduceFields(params Reducer[] reducers) => new(ReduceMode.ReduceFields, [.. reducers]);
    public static SortBy SortByField(string field, bool descending = false) => new(field, descending);

    /// <summary>Keeps the first <paramref name="rows"/> rows, e.g. a top 10 after <see cref="SortByField"/>.</summary>
    public static Limit LimitRows(int rows) => new(rows);

    public static SeriesToRows SeriesToRows() => new();
    public static Transpose Transpose() => new();
    public static Histogram Histogram() => new();
    public static Heatmap Heatmap() => new();

    /// <summary>Any transformer by id with raw JSON options.</summary>
    public static Generic Raw(string id, JsonObject options) => new(id, options);
}

/// <summary>
/// Hides, orders and renames fields (<c>organize</c>). Every field is named as it reaches the transformation (its name
/// before any rename, e.g. <c>provider</c> or <c>Value #A</c>): Grafana orders by those names and renames afterwards,
/// so <see cref="Column"/> places a field and gives it its display name in one step.
/// </summary>
public sealed record OrganizeFields : Transformation
{
    internal OrganizeFields() { }

    public override string Id => "organize";
    public ImmutableArray<string> Excluded { get; private init; } = [];

    /// <summary>The placed fields, first to last, by their names before renames (Grafana's <c>indexByName</c>).</summary>
    public ImmutableArray<string> Order { get; private init; } = [];

    /// <summary>Display names by original field name (Grafana's <c>renameByName</c>).</summary>
    public ImmutableArray<(string From, string To)> Renames { get; private init; } = [];

    public OrganizeFields Exclude(params string[] fields)
    {
        foreach (var field in fields) Claim(field, "exclude");
        return this with { Excluded = Excluded.AddRange((ReadOnlySpan<string>)fields) };
    }

    /// <summary>
    /// Places <paramref name="field"/> after the columns placed before it, shown as <paramref name="displayAs"/> when
    /// given. Fields never placed follow the placed ones in their incoming order.
    /// </summary>
    public OrganizeFields Column(string field, string? displayAs = null)
    {
        Claim(field, "place");
        if (Order.Contains(field)) throw new ArgumentException($"Field '{field}' is placed twice.", nameof(field));
        var placed = this with { Order = Order.Add(field) };
        return displayAs is null ? placed : placed.Rename(field, displayAs);
    }

    /// <summary>Shows <paramref name="field"/> (its name before renames) as <paramref name="to"/> without placing it.</summary>
    public OrganizeFields Rename(string field, string to)
    {
        Claim(field, "rename");
        if (string.IsNullOrEmpty(to)) throw new ArgumentException($"The new name of '{field}' cannot be empty.", nameof(to));
        foreach (var (from, _) in Renames)
            if (from == field) throw new ArgumentException($"Field '{field}' is renamed twice.", nameof(field));
        return this with { Renames = Renames.Add((field, to)) };
    }

    private void Claim(string field, string what)
    {
        if (string.IsNullOrEmpty(field)) throw new ArgumentException($"Cannot {what} a field without a name.", nameof(field));
        if (Excluded.Contains(field)) throw new ArgumentException($"Field '{field}' is excluded; it cannot also be {what}d.", nameof(field));
    }
}

/// <summary>Merges all series/tables into one table (<c>merge</c>).</summary>
public sealed record Merge : Transformation
{
    internal Merge() { }
    public override string Id => "merge";
}

public enum ReduceMode { SeriesToRows, ReduceFields }

/// <summary>Reduces each field to one value per reducer (<c>reduce</c>).</summary>
public sealed record Reduce : Transformation
{
    internal Reduce(ReduceMode mode, ImmutableArray<Reducer> reducers)
    {
        if (reducers.IsEmpty) throw new ArgumentException("A reduce transformation needs at least one reducer.", nameof(reducers));
        Mode = mode;
        Reducers = reducers;
    }

    public override string Id => "reduce";
    public ReduceMode Mode { get; }
    public ImmutableArray<Reducer> Reducers { get; }
    public bool IncludeTimeField { get; init; }
    public bool LabelsToFields { get; init; }
}

/// <summary>Sorts rows by one field (<c>sortBy</c>).</summary>
public sealed record SortBy : Transformation
{
    internal SortBy(string field, bool descending)
    {
        Field = string.IsNullOrEmpty(field) ? throw new ArgumentException("sortBy needs a field name.", nameof(field)) : field;
        Descending = descending;
    }

    public override string Id => "sortBy";
    public string Field { get; }
    public bool Descending { get; }
}

/// <summary>Keeps the first rows of each frame (<c>limit</c>).</summary>
public sealed record Limit : Transformation
{
    internal Limit(int rows) =>
        Rows = rows > 0 ? rows : throw new ArgumentOutOfRangeException(nameof(rows), rows, "A limit transformation keeps at least one row.");

    public override string Id => "limit";
    public int Rows { get; }
}

public enum ValueFilterCondition { Greater, GreaterOrEqual, Lower, LowerOrEqual, Equal, NotEqual, IsNull, IsNotNull }

/// <summary>One condition of <see cref="FilterByValue"/>.</summary>
public sealed record ValueFilter(string Field, ValueFilterCondition Condition, double? Value = null);

/// <summary>Keeps or drops rows whose values match (<c>filterByValue</c>).</summary>
public sealed record FilterByValue : Transformation
{
    public FilterByValue(bool include, bool matchAll, params ValueFilter[] filters)
    {
        if (filters.Length == 0) throw new ArgumentException("filterByValue needs at least one filter.", nameof(filters));
        foreach (var f in filters)
        {
            var needsValue = f.Condition is not (ValueFilterCondition.IsNull or ValueFilterCondition.IsNotNull);
            if (needsValue != f.Value.HasValue)
                throw new ArgumentException($"Filter on '{f.Field}' with {f.Condition} {(needsValue ? "needs" : "takes no")} value.", nameof(filters));
        }
        Include = include;
        MatchAll = matchAll;
        Filters = [.. filters];
    }

    public override string Id => "filterByValue";
    public bool Include { get; }
    public bool MatchAll { get; }
    public ImmutableArray<ValueFilter> Filters { get; }
}

public enum BinaryOperator { Add, Subtract, Multiply, Divide }

/// <summary>Unary functions of <see cref="CalculateField.UnaryOperation"/> (Grafana's UnaryOperationID).</summary>
public enum UnaryOperator { Abs, Exp, Ln, Round, Floor, Ceil, Percent }

/// <summary>How a <see cref="CalculateField.Window"/> is sized.</summary>
public enum WindowSizeMode { Percentage, Fixed }

/// <summary>Where a <see cref="CalculateField.Window"/> sits relative to the current row.</summary>
public enum WindowAlignment { Trailing, Centered }

/// <summary>Which calculation a <see cref="CalculateField"/> makes (Grafana's CalculateFieldMode).</summary>
public enum CalculateMode { ReduceRow, Binary, Unary, CumulativeFunctions, WindowFunctions, Index }

/// <summary>
/// Adds a field computed from others (<c>calculateField</c>): a binary or unary operation, a row reduction, a cumulative or
/// window function over one field, or the row index.
/// </summary>
public sealed record CalculateField : Transformation
{
    private CalculateField(string? alias, CalculateMode mode)
    {
        if (alias is "") throw new ArgumentException("The alias cannot be empty; pass null for Grafana's default name.", nameof(alias));
        Alias = alias;
        Mode = mode;
    }

    public override string Id => "calculateField";

    /// <summary>The new field's name (Grafana derives one when null, e.g. <c>Total</c> or <c>A + B</c>).</summary>
    public string? Alias { get; }
    public CalculateMode Mode { get; }
    public (string Left, BinaryOperator Operator, string Right)? Binary { get; private init; }
    public (UnaryOperator Operator, string Field)? Unary { get; private init; }

    /// <summary>The reducer of a row reduction, cumulative or window function.</summary>
    public Reducer? RowReducer { get; private init; }
    public ImmutableArray<string> ReduceInclude { get; private init; } = [];

    /// <summary>The field of a cumulative or window function.</summary>
    public string? Field { get; private init; }
    public double? WindowSize { get; private init; }
    public WindowSizeMode? WindowSizeMode { get; private init; }
    public WindowAlignment? WindowAlignment { get; private init; }
    public bool IndexAsPercentile { get; private init; }
    public bool ReplaceFields { get; init; }

    /// <summary><paramref name="left"/> op <paramref name="right"/>; operands are field names or numbers.</summary>
    public static CalculateField BinaryOperation(string alias, string left, BinaryOperator op, string right) =>
        new(alias, CalculateMode.Binary) { Binary = (left, op, right) };

    /// <summary>Reduces each row over <paramref name="fields"/> (all numeric fields when empty).</summary>
    public static CalculateField ReduceRow(string alias, Reducer reducer, params string[] fields) =>
        new(alias, CalculateMode.ReduceRow) { RowReducer = reducer, ReduceInclude = [.. fields] };

    /// <summary>A function of one field, e.g. <c>abs(Value)</c>.</summary>
    public static CalculateField UnaryOperation(string alias, UnaryOperator op, string field) =>
        new(alias, CalculateMode.Unary)
        {
            Unary = (Enum.IsDefined(op) ? op : throw new ArgumentOutOfRangeException(nameof(op)), FilterFieldsByName.Field(field, nameof(field))),
        };

    /// <summary>The running total (<see cref="Reducer.Sum"/>) or running mean (<see cref="Reducer.Mean"/>) of <paramref name="field"/>.</summary>
    public static CalculateField Cumulative(string alias, string field, Reducer reducer)
    {
        if (reducer != Reducer.Sum && reducer != Reducer.Mean)
            throw new ArgumentException($"Grafana's cumulative functions are sum and mean, not {reducer.Id}.", nameof(reducer));
        return new(alias, CalculateMode.CumulativeFunctions) { Field = FilterFieldsByName.Field(field, nameof(field)), RowReducer = reducer };
    }

    /// <summary>
    /// A moving <see cref="Reducer.Mean"/>, <see cref="Reducer.StdDev"/> or <see cref="Reducer.Variance"/> of <paramref name="field"/> over
    /// <paramref name="size"/> rows (<see cref="Transformations.WindowSizeMode.Fixed"/>) or a fraction 0..1 of them (<see cref="Transformations.WindowSizeMode.Percentage"/>).
    /// </summary>
    public static CalculateField Window(string alias, string field, Reducer reducer, double size,
        WindowSizeMode sizeMode = Transformations.WindowSizeMode.Percentage, WindowAlignment alignment = Transformations.WindowAlignment.Trailing)
    {
        if (reducer != Reducer.Mean && reducer != Reducer.StdDev && reducer != Reducer.Variance)
            throw new ArgumentException($"Grafana's window functions are mean, stdDev and variance, not {reducer.Id}.", nameof(reducer));
        if (sizeMode == Transformations.WindowSizeMode.Percentage ? size is <= 0 or > 1 : size < 1 || size != Math.Floor(size))
            throw new ArgumentOutOfRangeException(nameof(size), size, "A percentage window is a fraction in (0, 1]; a fixed window a whole number of rows.");
        return new(alias, CalculateMode.WindowFunctions)
        {
            Field = FilterFieldsByName.Field(field, nameof(field)), RowReducer = reducer, WindowSize = size,
            WindowSizeMode = Enum.IsDefined(sizeMode) ? sizeMode : throw new ArgumentOutOfRangeException(nameof(sizeMode)),
            WindowAlignment = Enum.IsDefined(alignment) ? alignment : throw new ArgumentOutOfRangeException(nameof(alignment)),
        };
    }

    /// <summary>The row number (from 0), or its percentile when <paramref name="asPercentile"/>.</summary>
    public static CalculateField RowIndex(string alias, bool asPercentile = false) =>
        new(alias, CalculateMode.Index) { IndexAsPercentile = asPercentile };
}

/// <summary>Any transformer by id with raw options (escape hatch).</summary>
public sealed record Generic : Transformation
{
    internal Generic(string id, JsonObject options)
    {
        GenericId = string.IsNullOrWhiteSpace(id) ? throw new ArgumentException("A transformation needs an id.", nameof(id)) : id;
        Options = (JsonObject)options.DeepClone();
    }

    private string GenericId { get; }
    public override string Id => GenericId;

    /// <summary>A private copy; copied again on emit.</summary>
    internal JsonObject Options { get; }
}
