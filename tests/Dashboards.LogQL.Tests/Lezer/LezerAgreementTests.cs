using CsCheck;
using Dashboards.LogQL.Parsing;
using Dashboards.LogQL.Tests.Parsing;
using Dashboards.LogQL.Tests.Properties;
using Xunit.Abstractions;

namespace Dashboards.LogQL.Tests.Lezer;

/// <summary>
/// Grafana's own LogQL grammar judges our output: every query we print must parse in lezer-logql without an error node,
/// and the malformed queries we reject for grammar reasons must be rejected by lezer-logql too. (Loki's semantic checks,
/// such as "count_over_time takes no unwrap", are not in the grammar: lezer-logql accepts those queries, and the test
/// checks that as well, so each table row says which judge is expected to reject it.)
/// </summary>
public class LezerAgreementTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_canonical_round_trip_output_parses_in_lezer_logql()
    {
        // The outputs, which we print. (Some inputs are Loki forms the grammar lacks, e.g. an offset after an unwrapped
        // range; the printer writes those in the form both accept.)
        var queries = Cases.RoundTrips.Select(c => c.Out).Distinct().ToList();
        var verdicts = LezerLogQL.Judge(queries);
        var failures = queries.Zip(verdicts).Where(p => !p.Second.Ok).Select(p => $"{p.First}  (error at {p.Second.From} in {p.Second.Node})").ToList();
        output.WriteLine($"lezer-logql accepted {queries.Count - failures.Count} of {queries.Count} table queries");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Malformed_queries_are_rejected_by_both_parsers()
    {
        var queries = Cases.Errors.Select(e => e.Query).ToList();
        var verdicts = LezerLogQL.Judge(queries);
        var disagreements = new List<string>();
        var bothReject = 0;
        for (var i = 0; i < queries.Count; i++)
        {
            Assert.False(LogQLParser.TryParse(queries[i], out _, out _), queries[i]);
            var grammarError = Cases.Errors[i].GrammarError;
            if (grammarError && verdicts[i].Ok) disagreements.Add($"lezer-logql accepts {queries[i]}");
            if (!grammarError && !verdicts[i].Ok) disagreements.Add($"lezer-logql rejects {queries[i]} (listed as a Loki-only check)");
            if (!verdicts[i].Ok) bothReject++;
        }
        output.WriteLine($"{bothReject} of {queries.Count} rejected by both; the rest are Loki's semantic checks that the grammar does not make");
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
    }

    [Fact]
    public void Random_printed_queries_parse_in_lezer_logql()
    {
        var queries = Gen.Int.Array[400].Single().Select((seed, i) => new RandomQueries(new Random(seed)).Any(i % 4 + 1).ToString()).ToList();
        var verdicts = LezerLogQL.Judge(queries);
        var failures = queries.Zip(verdicts).Where(p => !p.Second.Ok).Select(p => $"{p.First}  (error at {p.Second.From} in {p.Second.Node})").ToList();
        output.WriteLine($"lezer-logql accepted {queries.Count - failures.Count} of {queries.Count} random queries");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));
    }
}
