namespace Dashboards.Model.Transformations;

// Transformations that select, join, split or reshape frames (one frame per series or query).

/// <summary>Keeps the frames of one query (<c>filterByRefId</c>).</summary>
public sealed record FilterByRefId : Transformation
{
    public FilterByRefId(string refId) =>
        RefId = string.IsNullOrEmpty(refId) ? throw new ArgumentException("filterByRefId needs a query refId.", nameof(refId)) : refId;

    public override string Id => "filterByRefId";

    /// <summary>The kept query's refId (Grafana's <c>include</c>).</summary>
    public string RefId { get; }
}

/// <summary>How <see cref="JoinByField"/> joins rows (Grafana's JoinMode).</summary>
public enum JoinMode { Outer, Inner, OuterTabular }

/// <summary>Joins all frames into one on a shared field, the time field by default (<c>joinByField</c>, formerly seriesToColumns).</summary>
public sealed record JoinByField : Transformation
{
    public JoinByField(string? byField = null, JoinMode mode = JoinMode.Outer)
    {
        if (byField is "") throw new ArgumentException("The join field cannot be empty; pass null to join on time.", nameof(byField));
        ByField = byField;
        Mode = Enum.IsDefined(mode) ? mode : throw new ArgumentOutOfRangeException(nameof(mode));
    }

    public override string Id => "joinByField";
    public string? ByField { get; }
    public JoinMode Mode { get; }
}

/// <summary>Joins series on their labels into one table, one column per value of <see cref="ValueLabel"/> (<c>joinByLabels</c>).</summary>
public sealed record JoinByLabels : Transformation
{
    public JoinByLabels(string valueLabel, params string[] joinOn)
    {
        ValueLabel = FilterFieldsByName.Field(valueLabel, nameof(valueLabel));
        JoinOn = joinOn is { Length: > 0 } ? FilterFieldsByName.Names(joinOn, "label") : [];
    }

    public override string Id => "joinByLabels";
    public string ValueLabel { get; }

    /// <summary>The labels rows are joined on (every other label when empty).</summary>
    public ImmutableArray<string> JoinOn { get; }
}

/// <summary>Stacks every series into one table with a <c>Metric</c> column (<c>seriesToRows</c>).</summary>
public sealed record SeriesToRows : Transformation
{
    internal SeriesToRows() { }
    public override string Id => "seriesToRows";
}

/// <summary>What <see cref="Concatenate"/> does with each frame's name (Grafana's ConcatenateFrameNameMode).</summary>
public enum ConcatenateFrameName { FieldName, Label, Drop }

/// <summary>Puts every field of every frame side by side in one frame (<c>concatenate</c>).</summary>
public sealed record Concatenate : Transformation
{
    public Concatenate(ConcatenateFrameName frameName = ConcatenateFrameName.FieldName, string? label = null)
    {
        FrameName = Enum.IsDefined(frameName) ? frameName : throw new ArgumentOutOfRangeException(nameof(frameName));
        if (frameName == ConcatenateFrameName.Label && string.IsNullOrEmpty(label))
            throw new ArgumentException("Keeping the frame name as a label needs the label's name.", nameof(label));
        if (frameName != ConcatenateFrameName.Label && label is not null)
            throw new ArgumentException("A label name only applies to ConcatenateFrameName.Label.", nameof(label));
        Label = label;
    }

    public override string Id => "concatenate";
    public ConcatenateFrameName FrameName { get; }
    public string? Label { get; }
}

/// <summary>Splits each frame into one frame per distinct value of <see cref="Fields"/> (<c>partitionByValues</c>).</summary>
public sealed record PartitionByValues : Transformation
{
    public PartitionByValues(params string[] fields) => Fields = FilterFieldsByName.Names(fields);

    public override string Id => "partitionByValues";
    public ImmutableArray<string> Fields { get; }

    /// <summary>Keeps the partitioning fields in each frame.</summary>
    public bool KeepFields { get; init; }

    /// <summary>Names the parts by labels (Grafana's default) rather than by a frame-name prefix.</summary>
    public bool AsLabels { get; init; } = true;
}

/// <summary>The shapes <see cref="PrepareTimeSeries"/> produces (Grafana's timeSeriesFormat).</summary>
public enum TimeSeriesShape { Wide, Long, Multi }

/// <summary>Reshapes time series between wide, long and multi-frame forms (<c>prepareTimeSeries</c>).</summary>
public sealed record PrepareTimeSeries : Transformation
{
    public PrepareTimeSeries(TimeSeriesShape format) =>
        Format = Enum.IsDefined(format) ? format : throw new ArgumentOutOfRangeException(nameof(format));

    public override string Id => "prepareTimeSeries";
    public TimeSeriesShape Format { get; }
}

/// <summary>Per query of <see cref="TimeSeriesTable"/>: the stat shown beside the sparkline and the time field.</summary>
public sealed record TimeSeriesTableQuery(string RefId, Reducer? Stat = null, string? TimeField = null)
{
    /// <summary>One row per series (false) or the query's series merged (true, Grafana's default).</summary>
    public bool? MergeSeries { get; init; }
}

/// <summary>Turns each time series into a table row holding a sparkline and a stat (<c>timeSeriesTable</c>).</summary>
public sealed record TimeSeriesTable : Transformation
{
    public TimeSeriesTable(params TimeSeriesTableQuery[] queries)
    {
        ArgumentNullException.ThrowIfNull(queries);
        foreach (var q in queries)
            if (string.IsNullOrEmpty(q.RefId)) throw new ArgumentException("Each query needs its refId.", nameof(queries));
        if (queries.Select(q => q.RefId).Distinct(StringComparer.Ordinal).Count() != queries.Length)
            throw new ArgumentException("A query is configured twice.", nameof(queries));
        Queries = [.. queries];
    }

    public override string Id => "timeSeriesTable";
    public ImmutableArray<TimeSeriesTableQuery> Queries { get; }
}
