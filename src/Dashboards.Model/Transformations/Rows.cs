namespace Dashboards.Model.Transformations;

// Transformations that group, pivot or turn rows into fields.

/// <summary>One field of <see cref="GroupBy"/>: grouped by, or aggregated with reducers.</summary>
public sealed record GroupByField
{
    private GroupByField(string field, bool groupBy, ImmutableArray<Reducer> aggregations)
    {
        Field = FilterFieldsByName.Field(field, nameof(field));
        IsGroupKey = groupBy;
        Aggregations = aggregations;
    }

    public string Field { get; }
    public bool IsGroupKey { get; }
    public ImmutableArray<Reducer> Aggregations { get; }

    public static GroupByField Key(string field) => new(field, true, []);

    public static GroupByField Aggregate(string field, params Reducer[] reducers)
    {
        ArgumentNullException.ThrowIfNull(reducers);
        if (reducers.Length == 0) throw new ArgumentException($"Aggregating '{field}' needs at least one reducer.", nameof(reducers));
        return new(field, false, [.. reducers]);
    }

    internal static ImmutableArray<GroupByField> Validate(GroupByField[] fields, string what)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (!fields.Any(f => f.IsGroupKey)) throw new ArgumentException($"{what} needs at least one group key (GroupByField.Key).", nameof(fields));
        var twice = fields.GroupBy(f => f.Field, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) throw new ArgumentException($"Field '{twice.Key}' is configured twice.", nameof(fields));
        return [.. fields];
    }
}

/// <summary>Groups rows by key fields and aggregates the others (<c>groupBy</c>); fields not named are dropped.</summary>
public sealed record GroupBy : Transformation
{
    public GroupBy(params GroupByField[] fields) => Fields = GroupByField.Validate(fields, "groupBy");

    public override string Id => "groupBy";
    public ImmutableArray<GroupByField> Fields { get; }
}

/// <summary>Groups rows into a table whose rows expand into the grouped rows (<c>groupToNestedTable</c>).</summary>
public sealed record GroupToNestedTable : Transformation
{
    public GroupToNestedTable(params GroupByField[] fields) => Fields = GroupByField.Validate(fields, "groupToNestedTable");

    public override string Id => "groupToNestedTable";
    public ImmutableArray<GroupByField> Fields { get; }
    public bool ShowSubframeHeaders { get; init; } = true;
    public bool ExpandAllRows { get; init; }
}

/// <summary>The value an empty cell gets in a pivot (Grafana's SpecialValue).</summary>
public enum EmptyCellValue { Null, Empty, True, False, Zero }

/// <summary>Pivots three fields into a matrix: one column per value of <see cref="ColumnField"/> (<c>groupingToMatrix</c>).</summary>
public sealed record GroupingToMatrix : Transformation
{
    public GroupingToMatrix(string columnField, string rowField, string valueField, EmptyCellValue emptyValue = EmptyCellValue.Null)
    {
        ColumnField = FilterFieldsByName.Field(columnField, nameof(columnField));
        RowField = FilterFieldsByName.Field(rowField, nameof(rowField));
        ValueField = FilterFieldsByName.Field(valueField, nameof(valueField));
        EmptyValue = Enum.IsDefined(emptyValue) ? emptyValue : throw new ArgumentOutOfRangeException(nameof(emptyValue));
    }

    public override string Id => "groupingToMatrix";
    public string ColumnField { get; }
    public string RowField { get; }
    public string ValueField { get; }
    public EmptyCellValue EmptyValue { get; }
}

/// <summary>Swaps rows and columns (<c>transpose</c>).</summary>
public sealed record Transpose : Transformation
{
    internal Transpose() { }

    public override string Id => "transpose";

    /// <summary>The first column's header (Grafana uses the first field's name when null).</summary>
    public string? FirstFieldName { get; init; }

    /// <summary>The other columns' header prefix.</summary>
    public string? RestFieldsName { get; init; }
    public EmptyCellValue? EmptyValue { get; init; }
}

/// <summary>What a field of <see cref="RowsToFields"/>/<see cref="ConfigFromData"/> becomes (Grafana's field-to-config handlers).</summary>
public enum FieldConfigTarget
{
    FieldName, FieldValue, FieldLabel, Ignore, Max, Min, Unit, Decimals, DisplayName, Color, Threshold, MappingValue, MappingColor, MappingText,
}

/// <summary>One mapping of <see cref="RowsToFields"/>/<see cref="ConfigFromData"/>: field → config property.</summary>
public sealed record FieldConfigMapping(string Field, FieldConfigTarget Target, Reducer? Reducer = null);

/// <summary>Turns each row into a field, named by one field and valued by another; other fields become config (<c>rowsToFields</c>).</summary>
public sealed record RowsToFields : Transformation
{
    public RowsToFields(params FieldConfigMapping[] mappings) => Mappings = ConfigFromData.Checked(mappings);

    public override string Id => "rowsToFields";
    public ImmutableArray<FieldConfigMapping> Mappings { get; }
}

/// <summary>Sets field config (min, max, unit, thresholds...) from another query's result (<c>configFromData</c>).</summary>
public sealed record ConfigFromData : Transformation
{
    public ConfigFromData(string configRefId, params FieldConfigMapping[] mappings)
    {
        ConfigRefId = string.IsNullOrEmpty(configRefId) ? throw new ArgumentException("configFromData needs the refId of the config query.", nameof(configRefId)) : configRefId;
        Mappings = Checked(mappings);
    }

    public override string Id => "configFromData";
    public string ConfigRefId { get; }
    public ImmutableArray<FieldConfigMapping> Mappings { get; }

    /// <summary>The fields the config applies to (every numeric field when null).</summary>
    public FieldMatcher? ApplyTo { get; init; }

    internal static ImmutableArray<FieldConfigMapping> Checked(FieldConfigMapping[] mappings)
    {
        ArgumentNullException.ThrowIfNull(mappings);
        foreach (var m in mappings)
        {
            FilterFieldsByName.Field(m.Field, nameof(mappings));
            if (!Enum.IsDefined(m.Target)) throw new ArgumentOutOfRangeException(nameof(mappings));
        }
        return [.. mappings];
    }
}
