namespace Dashboards.PromQL;

/// <summary>Label matcher operators: <c>= != =~ !~</c>.</summary>
public enum MatchOp
{
    Equal,
    NotEqual,
    Regex,
    NotRegex,
}

public enum UnaryOp
{
    Plus,
    Minus,
}

/// <summary>Binary operators. Their spelling and precedence live in <see cref="Lexing.TokenTable"/>.</summary>
public enum BinaryOp
{
    Add,
    Subtract,
    Multiply,
    Divide,
    Modulo,
    Power,
    Atan2,
    Equal,
    NotEqual,
    LessOrEqual,
    Less,
    GreaterOrEqual,
    Greater,
    And,
    Or,
    Unless,

    /// <summary><c>&lt;/</c>: trims native histogram observations above the right side (Prometheus 3.11+).</summary>
    TrimUpper,

    /// <summary><c>&gt;/</c>: trims native histogram observations below the right side (Prometheus 3.11+).</summary>
    TrimLower,
}

public enum AggregateOp
{
    Sum,
    Min,
    Max,
    Avg,
    Group,
    Stddev,
    Stdvar,
    Count,
    CountValues,
    BottomK,
    TopK,
    Quantile,
    LimitK,
    LimitRatio,
}

/// <summary>Cardinality of vector matching: <c>group_left</c> is many-to-one, <c>group_right</c> one-to-many.</summary>
public enum VectorMatchCardinality
{
    OneToOne,
    ManyToOne,
    OneToMany,
}

public static class OperatorFacts
{
    public static bool IsComparison(this BinaryOp op) => op is >= BinaryOp.Equal and <= BinaryOp.Greater;

    public static bool IsSetOperator(this BinaryOp op) => op is BinaryOp.And or BinaryOp.Or or BinaryOp.Unless;

    public static bool IsTrim(this BinaryOp op) => op is BinaryOp.TrimUpper or BinaryOp.TrimLower;

    public static bool IsArithmetic(this BinaryOp op) => op is >= BinaryOp.Add and <= BinaryOp.Atan2;

    /// <summary>The parameter an aggregation takes before its body (<c>topk(5, x)</c>), or null.</summary>
    public static PromType? ParameterType(this AggregateOp op) => op switch
    {
        AggregateOp.CountValues => PromType.String,
        AggregateOp.TopK or AggregateOp.BottomK or AggregateOp.Quantile or AggregateOp.LimitK or AggregateOp.LimitRatio => PromType.Scalar,
        _ => null,
    };

    /// <summary>Oldest Prometheus version that knows the aggregation (null: any 2.x).</summary>
    public static Version? MinimumPrometheusVersion(this AggregateOp op) => op switch
    {
        AggregateOp.Group => new Version(2, 20),
        AggregateOp.LimitK or AggregateOp.LimitRatio => new Version(2, 54),
        _ => null,
    };
}
