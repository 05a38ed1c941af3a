namespace Dashboards.PromQL;

/// <summary>A number: <c>1</c>, <c>-2.5</c>, <c>0x1f</c> (stored as its value), <c>Inf</c>, <c>NaN</c>, <c>1e-3</c>.</summary>
public sealed record NumberLiteral(double Value) : Expr
{
    public override PromType Type => PromType.Scalar;

    public NumberLiteral WithValue(double value) => this with { Value = value };
}

/// <summary>A string literal; <see cref="Value"/> is unescaped. Grafana variables inside it are kept as text.</summary>
public sealed record StringLiteral(string Value) : Expr
{
    public override PromType Type => PromType.String;

    public StringLiteral WithValue(string value) => this with { Value = value };
}
