using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Dashboards.PromQL.Functions;

namespace Dashboards.PromQL;

/// <summary>
/// Entry points of the typed PromQL builder.
/// <code>
/// var q = Prom.Sum(Prom.Rate(Prom.Metric("http_requests_total").Where("job", "api").Range(PromDuration.RateInterval))).By("status");
/// // sum by (status) (rate(http_requests_total{job="api"}[$__rate_interval]))
/// </code>
/// </summary>
public static partial class Prom
{
    /// <summary>A vector selector for a metric: <c>name</c>. Add matchers with <see cref="InstantVector.Where(string,string)"/>.</summary>
    public static InstantVector Metric(string name)
    {
        if (name is not null) VectorSelector.ValidateMetricName(name);
        return InstantVector.DeferredMetric(name);
    }

    /// <summary>A selector without a metric name: <c>{__name__=~"x_.*", job="a"}</c>. Needs one matcher that does not match the empty string.</summary>
    public static InstantVector Select(params LabelMatcher[] matchers)
    {
        var selector = new VectorSelector(null, EquatableArray.Create(matchers));
        var ok = false;
        foreach (var m in matchers)
        {
            InstantVector.ValidateLabelName(m.Name);
            ok |= !m.MatchesEmpty;
        }
        if (!ok) throw new ArgumentException("A selector without a metric name needs at least one matcher that does not match the empty string.", nameof(matchers));
        return new InstantVector(selector);
    }

    /// <summary>A number literal as a scalar (doubles also convert implicitly).</summary>
    public static Scalar Number(double value) => new(new NumberLiteral(value));

    /// <summary>A string literal (for count_values, label_replace, ...).</summary>
    public static StringExpr String(string value) => new(new StringLiteral(value));

    // ---- aggregations ----------------------------------------------------------------------------------------

    public static InstantVector Sum(InstantVector vector) => Agg(AggregateOp.Sum, vector);

    public static InstantVector Min(InstantVector vector) => Agg(AggregateOp.Min, vector);

    public static InstantVector Max(InstantVector vector) => Agg(AggregateOp.Max, vector);

    public static InstantVector Avg(InstantVector vector) => Agg(AggregateOp.Avg, vector);

    public static InstantVector Group(InstantVector vector) => Agg(AggregateOp.Group, vector);

    public static InstantVector Stddev(InstantVector vector) => Agg(AggregateOp.Stddev, vector);

    public static InstantVector Stdvar(InstantVector vector) => Agg(AggregateOp.Stdvar, vector);

    public static InstantVector Count(InstantVector vector) => Agg(AggregateOp.Count, vector);

    /// <summary><c>count_values("label", v)</c></summary>
    public static InstantVector CountValues(string label, InstantVector vector)
    {
        InstantVector.ValidateLabelName(label);
        return Agg(AggregateOp.CountValues, vector, new StringLiteral(label));
    }

    /// <summary><c>topk(k, v)</c></summary>
    public static InstantVector TopK(Scalar k, InstantVector vector) => Agg(AggregateOp.TopK, vector, k.Syntax);

    /// <summary><c>bottomk(k, v)</c></summary>
    public static InstantVector BottomK(Scalar k, InstantVector vector) => Agg(AggregateOp.BottomK, vector, k.Syntax);

    /// <summary><c>quantile(φ, v)</c></summary>
    public static InstantVector Quantile(Scalar quantile, InstantVector vector) => Agg(AggregateOp.Quantile, vector, quantile.Syntax);

    /// <summary><c>limitk(k, v)</c> (Prometheus 2.54+, experimental).</summary>
    public static InstantVector LimitK(Scalar k, InstantVector vector) => Agg(AggregateOp.LimitK, vector, k.Syntax);

    /// <summary><c>limit_ratio(r, v)</c> (Prometheus 2.54+, experimental).</summary>
    public static InstantVector LimitRatio(Scalar ratio, InstantVector vector) => Agg(AggregateOp.LimitRatio, vector, ratio.Syntax);

    private static InstantVector Agg(AggregateOp op, InstantVector vector, Expr? parameter = null) =>
        new(new AggregateExpr(op, vector.Syntax, parameter));

    // ---- helpers for the function builders -------------------------------------------------------------------

    // A span, so a call site's arguments are copied once into the node and never into a params array first; the copy
    // is made here, where the element type is known, rather than by the shared generic ImmutableArray.Create.
    private static FunctionCall Call(string name, params ReadOnlySpan<Expr> args)
    {
        var items = new Expr[args.Length];
        args.CopyTo(items);
        return new(FunctionTable.Get(name), new EquatableArray<Expr>(ImmutableCollectionsMarshal.AsImmutableArray(items)));
    }

    private static FunctionCall CallWithStrings(string name, Expr[] fixedArgs, string[] strings)
    {
        var builder = ImmutableArray.CreateBuilder<Expr>(fixedArgs.Length + strings.Length);
        builder.AddRange(fixedArgs);
        foreach (var s in strings) builder.Add(Str(s));
        return new FunctionCall(FunctionTable.Get(name), builder.ToImmutable());
    }

    private static StringLiteral Str(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new StringLiteral(value);
    }
}

/// <summary>Marks a <see cref="Prom"/> method as the builder of a PromQL function (checked against the function table).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PromFunctionAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
