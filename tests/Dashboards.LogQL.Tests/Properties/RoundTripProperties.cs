using CsCheck;
using Dashboards.LogQL.Parsing;

namespace Dashboards.LogQL.Tests.Properties;

/// <summary>Random valid trees print, parse back equal, and print the same text again.</summary>
public class RoundTripProperties
{
    internal static readonly Gen<Expr> Trees = Gen.Select(Gen.Int, Gen.Int[0, 4], (seed, depth) => new RandomQueries(new Random(seed)).Any(depth));

    [Fact]
    public void Printed_trees_parse_back_to_equal_trees()
    {
        Trees.Sample(tree =>
        {
            var text = tree.ToString();
            var parsed = LogQLParser.Parse(text);
            Assert.True(tree.Equals(parsed), $"{text}\nreparsed as\n{parsed}");
            Assert.Equal(text, parsed.ToString());
        }, iter: 3000);
    }

    [Fact]
    public void Typed_wrapper_matches_the_kind_of_query()
    {
        Trees.Sample(tree =>
        {
            var typed = LogQLQuery.Parse(tree.ToString());
            Assert.Equal(tree is LogExpr, typed is LogQuery);
            Assert.Equal(tree, typed.Syntax);
        }, iter: 300);
    }

    [Fact]
    public void Durations_and_sizes_print_and_parse_back()
    {
        Gen.Long[1, 10_000_000_000_000].Sample(ms =>
        {
            var d = LokiDuration.FromMilliseconds(ms);
            Assert.True(LokiDuration.TryParse(d.ToString(), out var back));
            Assert.Equal(d, back);
        });
        Gen.Long[-10_000_000_000_000_000, 10_000_000_000_000_000].Sample(ns =>
        {
            var d = new FilterDuration(ns);
            Assert.True(FilterDuration.TryParse(d.ToString(), out var back), d.ToString());
            Assert.Equal(d, back);
        });
    }
}
