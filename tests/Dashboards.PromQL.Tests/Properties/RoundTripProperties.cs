using CsCheck;
using Dashboards.PromQL.Parsing;

namespace Dashboards.PromQL.Tests.Properties;

/// <summary>Random trees print, parse back and compare equal (structurally), in both the canonical and pretty form.</summary>
public class RoundTripProperties
{
    internal static readonly Gen<Expr> Trees =
        Gen.Select(Gen.Int, Gen.Int[0, 5], (seed, depth) => new RandomTrees(new Random(seed), promtoolCompatible: false).Any(depth));

    [Fact]
    public void Printed_trees_parse_back_to_equal_trees()
    {
        Trees.Sample(tree =>
        {
            var text = tree.ToString();
            var parsed = PromQLParser.Parse(text);
            Assert.True(tree.Equals(parsed), $"{text}\nreparsed as\n{parsed}");
            Assert.Equal(text, parsed.ToString());
        }, iter: 3000);
    }

    [Fact]
    public void Pretty_printed_trees_parse_back_to_equal_trees()
    {
        Trees.Sample(tree =>
        {
            var pretty = tree.ToPrettyString(maxLineWidth: 40);
            Assert.True(tree.Equals(PromQLParser.Parse(pretty)), pretty);
        }, iter: 1000);
    }

    [Fact]
    public void Typed_wrapper_parses_to_the_same_type()
    {
        Trees.Sample(tree =>
        {
            var typed = PromQLExpr.Parse(tree.ToString());
            Assert.Equal(tree.Type, typed.Type);
            Assert.Equal(tree, typed.Syntax);
        }, iter: 500);
    }
}
