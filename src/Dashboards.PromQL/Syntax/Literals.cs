namespace Dashboards.PromQL;

/// <summary>A number: <c>1</c>, <c>-2.5</c>, <c>0x1f</c> (stored as its value), <c>Inf</c>, <c>NaN</c>, <c>1e-3</c>.</summary>
public sealed record NumberLiteral(double Value) : Expr
{
    public override PromType Type => PromType.Scalar;

    /// <summary>Written as a duration (<c>5m</c> is 300 seconds; Prometheus 3.0+); printed the same way.</summary>
    public bool IsDuration { get; init; }

    public NumberLiteral WithValue(double value) => this with { Value = value };
}

/// <summary>A string literal; <see cref="Value"/> is unescaped. Grafana variables inside it are kept as text.</summary>
public sealed record StringLiteral(string Value) : Expr
{
    public override PromType Type => PromType.String;

    public StringLiteral WithValue(string value) => this with { Value = value };
}

/// <summary>
/// A Grafana variable that Grafana replaces with a number before the query reaches Prometheus: <c>$__range_s</c>,
/// <c>$__range_ms</c>, <c>$__interval_ms</c>, <c>$__rate_interval_ms</c>, or a dashboard variable holding a number
/// (<c>topk($k, ...)</c>). A scalar; <see cref="Variable"/> is kept exactly as written (<c>$k</c>, <c>${k}</c>, <c>[[k]]</c>).
/// </summary>
public sealed record NumberVariable : Expr
{
    public NumberVariable(string variable)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(variable);
        if (!PromDuration.IsVariableSyntax(variable))
            throw new ArgumentException($"'{variable}' is not a Grafana variable: expected $name, ${{name}} or [[name]] (letters, digits and '_').", nameof(variable));
        var name = GrafanaVariables.NameOf(variable);
        if (GrafanaVariables.IsDurationBuiltIn(name))
            throw new ArgumentException($"{variable} stands for a duration, not a number; use {GrafanaVariables.NumberFormOf(name)} where a number is expected.", nameof(variable));
        Variable = variable;
    }

    /// <summary>The variable as written: <c>$__range_s</c>, <c>${k}</c>, <c>[[k]]</c>.</summary>
    public string Variable { get; }

    /// <summary>The bare name: <c>k</c> for <c>${k:raw}</c>.</summary>
    public string Name => GrafanaVariables.NameOf(Variable).ToString();

    public override PromType Type => PromType.Scalar;

    public NumberVariable WithVariable(string variable) => new(variable);
}
