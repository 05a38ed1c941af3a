using Dashboards.LogQL.Lexing;
using Dashboards.LogQL.Parsing;

namespace Dashboards.LogQL;

/// <summary>
/// A metric query: range aggregations over logs (<c>Loki.Rate</c>, <c>Loki.CountOverTime</c>, <c>Loki.SumOverTime</c>...),
/// vector aggregations of them (<c>Loki.Sum(..).By("app")</c>), and arithmetic with numbers and other metric queries.
/// </summary>
public sealed class MetricQuery : LogQLQuery
{
    internal MetricQuery(MetricExpr syntax)
    {
        Metric = syntax;
    }

    public MetricExpr Metric { get; }

    public override Expr Syntax => Metric;

    public static new MetricQuery Parse(string text) => new(LogQLParser.ParseMetric(text));

    public static implicit operator MetricQuery(double value) => Loki.Number(value);

    // ---- grouping ---------------------------------------------------------------------------------------------

    /// <summary><c>sum by (a, b) (...)</c>; on range aggregations that allow it, <c>max_over_time(...) by (a)</c>.</summary>
    public MetricQuery By(params string[] labels) => Group(without: false, labels);

    /// <summary><c>sum without (a) (...)</c>.</summary>
    public MetricQuery Without(params string[] labels) => Group(without: true, labels);

    private MetricQuery Group(bool without, string[] labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        foreach (var label in labels) Loki.CheckLabelName(label, nameof(labels));
        var grouping = new Grouping(without, EquatableArray.Create(labels));
        var word = without ? TokenTable.Without : TokenTable.By;
        switch (Metric)
        {
            case VectorAggregation v when v.Op is VectorOp.Sort or VectorOp.SortDesc:
                throw new InvalidOperationException($"{TokenTable.Text(v.Op)} takes no grouping.");
            case VectorAggregation v:
                return new(v with { Grouping = grouping });
            case RangeAggregation r when LogQLParser.RangeAllowsGrouping(r.Op):
                return new(r with { Grouping = grouping });
            case RangeAggregation r:
                throw new InvalidOperationException(
                    $"Loki does not allow '{word}' on {TokenTable.Text(r.Op)}; aggregate it instead: Loki.Sum({TokenTable.Text(r.Op)}(...)).{(without ? "Without" : "By")}(...).");
            default:
                throw new InvalidOperationException($"'{word}' applies to an aggregation, not to {Metric}.");
        }
    }

    // ---- arithmetic -------------------------------------------------------------------------------------------

    public static MetricQuery operator +(MetricQuery left, MetricQuery right) => Binary(BinaryOp.Add, left, right);
    public static MetricQuery operator -(MetricQuery left, MetricQuery right) => Binary(BinaryOp.Subtract, left, right);
    public static MetricQuery operator *(MetricQuery left, MetricQuery right) => Binary(BinaryOp.Multiply, left, right);
    public static MetricQuery operator /(MetricQuery left, MetricQuery right) => Binary(BinaryOp.Divide, left, right);
    public static MetricQuery operator %(MetricQuery left, MetricQuery right) => Binary(BinaryOp.Modulo, left, right);
    public static MetricQuery operator >(MetricQuery left, MetricQuery right) => Binary(BinaryOp.Greater, left, right);
    public static MetricQuery operator <(MetricQuery left, MetricQuery right) => Binary(BinaryOp.Less, left, right);
    public static MetricQuery operator >=(MetricQuery left, MetricQuery right) => Binary(BinaryOp.GreaterOrEqual, left, right);
    public static MetricQuery operator <=(MetricQuery left, MetricQuery right) => Binary(BinaryOp.LessOrEqual, left, right);

    /// <summary><c>a ^ b</c>.</summary>
    public MetricQuery Pow(MetricQuery exponent) => Binary(BinaryOp.Power, this, exponent);

    /// <summary><c>a == b</c> (filters to equal samples; see <see cref="Bool"/>).</summary>
    public MetricQuery EqualTo(MetricQuery other) => Binary(BinaryOp.Equal, this, other);

    /// <summary><c>a != b</c>.</summary>
    public MetricQuery NotEqualTo(MetricQuery other) => Binary(BinaryOp.NotEqual, this, other);

    /// <summary><c>a or b</c>: e.g. <c>.Or(Loki.Vector(0))</c> to fill gaps.</summary>
    public MetricQuery Or(MetricQuery other) => Binary(BinaryOp.Or, this, other);

    /// <summary><c>a and b</c>.</summary>
    public MetricQuery And(MetricQuery other) => Binary(BinaryOp.And, this, other);

    /// <summary><c>a unless b</c>.</summary>
    public MetricQuery Unless(MetricQuery other) => Binary(BinaryOp.Unless, this, other);

    /// <summary>Turns the comparison at the top into <c>a &gt; bool b</c> (0/1 instead of filtering).</summary>
    public MetricQuery Bool()
    {
        if (Metric is not BinaryExpr b || !TokenTable.IsComparison(b.Op))
            throw new InvalidOperationException($"bool applies to a comparison, not to {Metric}.");
        return new(b with { ReturnBool = true });
    }

    /// <summary><c>a / on (x) b</c>: match samples on these labels only.</summary>
    public MetricQuery On(params string[] labels) => Match(on: true, labels);

    /// <summary><c>a / ignoring (x) b</c>.</summary>
    public MetricQuery Ignoring(params string[] labels) => Match(on: false, labels);

    private MetricQuery Match(bool on, string[] labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        foreach (var label in labels) Loki.CheckLabelName(label, nameof(labels));
        if (Metric is not BinaryExpr b)
            throw new InvalidOperationException($"on/ignoring applies to a binary operation, not to {Metric}.");
        return new(b with { Matching = new VectorMatching(on, EquatableArray.Create(labels), GroupSide.None, EquatableArray<string>.Empty) });
    }

    /// <summary><c>group_left (labels)</c> after <see cref="On"/>/<see cref="Ignoring"/>.</summary>
    public MetricQuery GroupLeft(params string[] include) => Group(GroupSide.Left, include);

    /// <summary><c>group_right (labels)</c> after <see cref="On"/>/<see cref="Ignoring"/>.</summary>
    public MetricQuery GroupRight(params string[] include) => Group(GroupSide.Right, include);

    private MetricQuery Group(GroupSide side, string[] include)
    {
        ArgumentNullException.ThrowIfNull(include);
        foreach (var label in include) Loki.CheckLabelName(label, nameof(include));
        if (Metric is not BinaryExpr { Matching: { } m } b)
            throw new InvalidOperationException("group_left/group_right come after On(...) or Ignoring(...).");
        if (TokenTable.IsSetOperator(b.Op))
            throw new InvalidOperationException($"group_left/group_right are not allowed with '{TokenTable.Text(b.Op)}'.");
        return new(b with { Matching = m with { Group = side, Include = EquatableArray.Create(include) } });
    }

    private static MetricQuery Binary(BinaryOp op, MetricQuery left, MetricQuery right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        if (TokenTable.IsSetOperator(op) && (left.Metric is NumberLiteral || right.Metric is NumberLiteral))
            throw new ArgumentException($"Loki refuses a number beside '{TokenTable.Text(op)}'; use Loki.Vector(n) for a constant series.");
        return new(new BinaryExpr(op, left.Metric, right.Metric));
    }
}
