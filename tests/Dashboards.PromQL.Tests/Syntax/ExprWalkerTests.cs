using Dashboards.PromQL.Parsing;

namespace Dashboards.PromQL.Tests.Syntax;

/// <summary>Child enumeration is exhaustive: every node type of the tree is walked, so no subtree escapes the checker.</summary>
public class ExprWalkerTests
{
    // One query per node type; a new node type fails the coverage test until it has an example here.
    private static readonly string[] Examples =
    [
        "sum by (job) (rate(http_requests_total{job=\"api\"}[5m] offset 1m)) / 2",
        "-topk(3, max_over_time(up[1h:5m]))",
        "label_replace(up, \"a\", \"$1\", \"b\", \"(.*)\")",
        "count_values(\"v\", up) > bool $threshold",
        "quantile(0.9, up)",
    ];

    [Fact]
    public void Examples_cover_every_concrete_node_type_and_the_walker_reaches_each()
    {
        var nodeTypes = typeof(Expr).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Expr)) && !t.IsAbstract).ToHashSet();
        var seen = new HashSet<Type>();
        foreach (var query in Examples)
            foreach (var node in ExprWalker.DescendantsAndSelf(ParseWithVariables(query)))
                seen.Add(node.GetType());
        Assert.Equal(nodeTypes.Select(t => t.Name).Order(), seen.Select(t => t.Name).Order());
    }

    [Fact]
    public void Walk_visits_operands_of_every_kind()
    {
        var expr = ParseWithVariables("sum by (job) (rate(a[5m])) / on (job) max_over_time(b[1h:5m]) + -c");
        var selectors = ExprWalker.DescendantsAndSelf(expr).OfType<VectorSelector>().Select(s => s.MetricName).ToList();
        Assert.Equal(["a", "b", "c"], selectors);
    }

    private static Expr ParseWithVariables(string query) => PromQLParser.Parse(query);
}
