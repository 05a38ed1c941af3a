namespace Dashboards.LogQL;

/// <summary>How a stream selector or a string label filter compares a label: <c>= != =~ !~</c>.</summary>
public enum MatchOp { Equal, NotEqual, Regex, NotRegex }

/// <summary>Line filters: <c>|=</c> contains, <c>!=</c> does not contain, <c>|~ !~</c> regex, <c>|&gt; !&gt;</c> pattern.</summary>
public enum LineFilterOp { Contains, NotContains, Regex, NotRegex, Pattern, NotPattern }

/// <summary>Comparisons of number, duration and bytes label filters.</summary>
public enum CompareOp { Equal, NotEqual, Greater, GreaterOrEqual, Less, LessOrEqual }

/// <summary>How two label filters combine.</summary>
public enum LabelFilterJoin { And, Or }

/// <summary>Range aggregations over a log range: <c>rate({..}[5m])</c>, <c>quantile_over_time(0.99, {..} | unwrap x [5m])</c>.</summary>
public enum RangeOp
{
    CountOverTime,
    Rate,
    RateCounter,
    BytesOverTime,
    BytesRate,
    AbsentOverTime,
    SumOverTime,
    AvgOverTime,
    MinOverTime,
    MaxOverTime,
    StddevOverTime,
    StdvarOverTime,
    QuantileOverTime,
    FirstOverTime,
    LastOverTime,
}

/// <summary>Aggregations over a metric query: <c>sum by (x) (...)</c>, <c>topk(10, ...)</c>.</summary>
public enum VectorOp { Sum, Avg, Min, Max, Count, Stddev, Stdvar, TopK, BottomK, Sort, SortDesc }

/// <summary>Binary operators between metric queries and numbers, Prometheus's set.</summary>
public enum BinaryOp
{
    Add,
    Subtract,
    Multiply,
    Divide,
    Modulo,
    Power,
    Equal,
    NotEqual,
    Greater,
    GreaterOrEqual,
    Less,
    LessOrEqual,
    And,
    Or,
    Unless,
}

/// <summary>The conversion an <c>unwrap</c> applies to the label's value.</summary>
public enum UnwrapConversion { None, Duration, DurationSeconds, Bytes }

/// <summary>Which side of a one-to-many vector match has the many.</summary>
public enum GroupSide { None, Left, Right }
