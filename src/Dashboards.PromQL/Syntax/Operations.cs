namespace Dashboards.PromQL;

/// <summary><c>-expr</c> or <c>+expr</c>. The parser folds a sign on a number into the <see cref="NumberLiteral"/>, as Prometheus does.</summary>
public sealed record UnaryExpr(UnaryOp Op, Expr Operand) : Expr
{
    public override PromType Type => Operand.Type;

    public UnaryExpr WithOperand(Expr operand) => this with { Operand = operand };
}

/// <summary>
/// <c>left op [bool] [on|ignoring (...)] [group_left|group_right (...)] right</c>.
/// </summary>
public sealed record BinaryExpr(BinaryOp Op, Expr Left, Expr Right, bool ReturnBool = false, VectorMatching? Matching = null) : Expr
{
    /// <summary>
    /// <c>fill(v)</c> / <c>fill_left(v)</c> / <c>fill_right(v)</c> (Prometheus 3.10+, <c>promql-binop-fill-modifiers</c>):
    /// the value a side takes where it has no matching series.
    /// </summary>
    public FillValues? Fill { get; init; }

    public BinaryExpr WithFill(FillValues? fill) => this with { Fill = fill };

    public override PromType Type => Left.Type == PromType.Scalar && Right.Type == PromType.Scalar ? PromType.Scalar : PromType.InstantVector;

    public BinaryExpr WithLeft(Expr left) => this with { Left = left };

    public BinaryExpr WithRight(Expr right) => this with { Right = right };

    public BinaryExpr WithReturnBool(bool returnBool) => this with { ReturnBool = returnBool };

    public BinaryExpr WithMatching(VectorMatching? matching) => this with { Matching = matching };
}

/// <summary>
/// An aggregation: <c>sum by (a) (expr)</c>, <c>topk(5, expr)</c>, <c>count_values("v", expr)</c>.
/// Prometheus accepts the grouping before or after the body; the tree does not record which.
/// </summary>
public sealed record AggregateExpr(AggregateOp Op, Expr Body, Expr? Parameter = null, Grouping? Grouping = null) : Expr
{
    public override PromType Type => PromType.InstantVector;

    public AggregateExpr WithBody(Expr body) => this with { Body = body };

    public AggregateExpr WithParameter(Expr? parameter) => this with { Parameter = parameter };

    public AggregateExpr WithGrouping(Grouping? grouping) => this with { Grouping = grouping };

    public AggregateExpr By(params string[] labels) => this with { Grouping = PromQL.Grouping.By(labels) };

    public AggregateExpr Without(params string[] labels) => this with { Grouping = PromQL.Grouping.WithoutLabels(labels) };
}

/// <summary>A call of a function from <see cref="Functions.FunctionTable"/>: <c>rate(x[5m])</c>.</summary>
public sealed record FunctionCall(Functions.FunctionDefinition Function, EquatableArray<Expr> Args) : Expr
{
    public override PromType Type => Function.ReturnType;

    /// <summary>Looks the function up by name; throws for unknown names.</summary>
    public static FunctionCall Create(string name, params Expr[] args) => new(Functions.FunctionTable.Get(name), args);

    public string Name => Function.Name;

    public FunctionCall WithArgs(EquatableArray<Expr> args) => this with { Args = args };

    public FunctionCall AddArg(Expr arg) => this with { Args = Args.Add(arg) };
}

/// <summary>The fill values of a binary operation: <see cref="Left"/> for missing left-hand series, <see cref="Right"/> for right-hand ones.</summary>
public sealed record FillValues(double? Left, double? Right)
{
    /// <summary><c>fill(v)</c>: both sides.</summary>
    public static FillValues Both(double value) => new(value, value);
}
