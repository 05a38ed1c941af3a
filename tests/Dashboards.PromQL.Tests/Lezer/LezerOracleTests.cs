using Dashboards.PromQL.Parsing;
using Dashboards.PromQL.Tests.Conformance;
using Dashboards.PromQL.Tests.Properties;
using Xunit.Abstractions;

namespace Dashboards.PromQL.Tests.Lezer;

/// <summary>
/// A second judge from Prometheus itself: its web UI's Lezer grammar. What it finds a syntax error in, we must reject;
/// and everything we print, from Prometheus's test inputs and from random trees with Prometheus 3 syntax, it must
/// parse without error.
/// </summary>
public class LezerOracleTests(ITestOutputHelper output)
{
    [Fact]
    public void Lezer_syntax_errors_in_the_parse_table_are_rejected_by_our_parser()
    {
        var rows = PrometheusTables.Parse.Where(r => r.Input.Length < 10_000).ToList();
        var inputs = rows.Select(r => r.Input).ToList();
        var lezer = LezerPromQL.Check(inputs);
        var wrong = new List<string>();
        var lezerOnly = new List<string>();
        int lezerErrors = 0, lezerClean = 0, cleanWeAccept = 0;
        for (var i = 0; i < inputs.Count; i++)
        {
            var weAccept = PromQLParser.TryParse(inputs[i], PromTarget.Latest, out _, out _);
            if (lezer[i] is not null)
            {
                lezerErrors++;
                // Where Prometheus's Go parser (the table) accepts, the web UI grammar is the one that is off.
                if (!rows[i].Fail) lezerOnly.Add(inputs[i]);
                else if (weAccept) wrong.Add($"Lezer finds a syntax error at {lezer[i]}, we accept: {inputs[i]}");
            }
            else
            {
                lezerClean++;
                if (weAccept) cleanWeAccept++;
            }
        }
        output.WriteLine($"parse table: {inputs.Count} inputs; Lezer syntax errors {lezerErrors} ({lezerOnly.Count} where Prometheus's Go parser accepts: " +
            $"{string.Join(" | ", lezerOnly)}), the others all rejected by us: {wrong.Count == 0}; " +
            $"Lezer clean {lezerClean}, of which we accept {cleanWeAccept} (the rest fail Prometheus's type and value checks, which Lezer does not make)");
        Assert.True(lezerOnly.Count <= 5, "more Lezer-only errors than expected:\n" + string.Join("\n", lezerOnly));
        Assert.True(lezerErrors > 50);
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void Everything_we_print_is_well_formed_for_Lezer()
    {
        var trees = new List<Expr>();
        foreach (var text in PrometheusTables.Parse.Where(r => !r.Fail).Select(r => r.Input)
                     .Concat(PrometheusTables.Printer.Select(r => r.In))
                     .Concat(PrometheusTables.Eval.Select(r => r.Expr)))
        {
            if (PromQLParser.TryParse(text, PromTarget.Latest, out var e, out _)) trees.Add(e!);
        }
        var random = new Random(1515);
        var generator = new RandomTrees(random, promtoolCompatible: false);
        var randomCount = 0;
        while (randomCount < 1500)
        {
            var tree = generator.Instant(random.Next(1, 4));
            // Lezer has no Grafana variables: those stay for our own round-trip tests.
            var text = tree.ToString();
            if (text.Contains('$') || text.Contains("[[", StringComparison.Ordinal)) continue;
            trees.Add(tree);
            randomCount++;
        }
        // Known places where the web UI grammar is stricter than Prometheus's Go parser (the parse table accepts them):
        // min_of/max_of as functions (Lezer takes them for duration keywords) and a metric named "offset"; and
        // holt_winters, which Prometheus 3 removed.
        var skipped = trees.RemoveAll(t => ExprWalker.DescendantsAndSelf(t).Any(n =>
            n is FunctionCall { Name: "min_of" or "max_of" or "holt_winters" } || n is VectorSelector { MetricName: "offset" } || n is MatrixSelector { Selector.MetricName: "offset" }));
        var printed = trees.Select(t => t.ToString()).Concat(trees.Select(t => t.ToPrettyString(40))).ToList();
        var lezer = LezerPromQL.Check(printed);
        var errors = printed.Where((_, i) => lezer[i] is not null).Select((p, _) => p).ToList();
        output.WriteLine($"printed forms checked by Lezer: {printed.Count} ({trees.Count} trees, single-line and pretty; {skipped} skipped for known Lezer gaps); syntax errors {errors.Count}");
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(200)));
    }
}
