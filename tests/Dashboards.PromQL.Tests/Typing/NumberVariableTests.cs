using Dashboards.PromQL.Checks;
using Dashboards.PromQL.Parsing;

namespace Dashboards.PromQL.Tests.Typing;

/// <summary>Grafana variables that Grafana replaces with numbers ($__range_s, $k in topk($k, ...)) are scalars.</summary>
public class NumberVariableTests
{
    private static readonly InstantVector Requests = Prom.Metric("http_requests_total");

    [Fact]
    public void Built_and_parsed_trees_are_equal_and_scalar_typed()
    {
        var built = Prom.Increase(Requests.Range(PromDuration.Range)) / Scalar.RangeSeconds;
        Assert.Equal(built, InstantVector.Parse("increase(http_requests_total[$__range]) / $__range_s"));
        var k = Scalar.Parse("$k");
        Assert.Equal(Scalar.Variable("k"), k);
        Assert.Equal(PromType.Scalar, k.Type);
        var node = Assert.IsType<NumberVariable>(k.Syntax);
        Assert.Equal(("$k", "k"), (node.Variable, node.Name));
        Assert.Equal("k", new NumberVariable("${k:raw}").Name);
        Assert.NotEqual(Scalar.Variable("k"), Scalar.Variable("${k}"));
    }

    [Fact]
    public void Duration_variables_and_bad_names_are_rejected_with_the_alternative()
    {
        var range = Assert.Throws<ArgumentException>(() => Scalar.Variable("__range"));
        Assert.Contains("$__range stands for a duration, not a number; use $__range_s", range.Message);
        Assert.Contains("use $__interval_ms", Assert.Throws<ArgumentException>(() => new NumberVariable("${__interval}")).Message);
        Assert.Contains("not a Grafana variable", Assert.Throws<ArgumentException>(() => Scalar.Variable("a b")).Message);
        Assert.Throws<ArgumentException>(() => Scalar.Variable(" "));
    }

    [Fact]
    public void Number_built_ins_are_not_durations()
    {
        Assert.False(PromDuration.TryParse("$__range_s", out _));
        Assert.False(PromDuration.TryParse("${__interval_ms}", out _));
        Assert.Contains("use $__range", Assert.Throws<ArgumentException>(() => PromDuration.Var("__range_ms")).Message);
        Assert.Throws<FormatException>(() => PromDuration.Parse("$__rate_interval_ms"));
        Assert.Equal("$window", PromDuration.Var("window").ToString());
    }

    [Fact]
    public void Checker_finds_no_type_error_in_number_variables()
    {
        Assert.Empty(PromQLChecker.Check("sum(increase(x[$__range])) / $__range_s"));
        Assert.Empty(PromQLChecker.Check(Prom.TopK(Scalar.Variable("k"), Requests)));
        // A built tree that misuses one is still a type error, with the usual message.
        var misuse = new FunctionCall(Dashboards.PromQL.Functions.FunctionTable.Get("rate"), [new NumberVariable("$__range_s")]);
        var d = Assert.Single(PromQLChecker.Check(misuse), x => x.Severity == DiagnosticSeverity.Error);
        Assert.Contains("expected type range vector in call to function \"rate\", got scalar", d.Message);
    }

    [Fact]
    public void Visitor_and_walker_know_the_node()
    {
        var tree = PromQLParser.Parse("topk($k, x) * $__range_s");
        Assert.Equal(2, ExprWalker.DescendantsAndSelf(tree).OfType<NumberVariable>().Count());
        Assert.Equal("$__range_s", new VariableNames().Visit(((BinaryExpr)tree).Right));
    }

    private sealed class VariableNames : ExprVisitor<string>
    {
        protected override string VisitNumberVariable(NumberVariable node) => node.Variable;
        protected override string VisitVectorSelector(VectorSelector node) => "";
        protected override string VisitMatrixSelector(MatrixSelector node) => "";
        protected override string VisitSubquery(Subquery node) => "";
        protected override string VisitNumberLiteral(NumberLiteral node) => "";
        protected override string VisitStringLiteral(StringLiteral node) => "";
        protected override string VisitUnary(UnaryExpr node) => "";
        protected override string VisitBinary(BinaryExpr node) => "";
        protected override string VisitAggregate(AggregateExpr node) => "";
        protected override string VisitFunctionCall(FunctionCall node) => "";
    }
}
