using System.Text.Json;
using Dashboards.LogQL.Parsing;
using Xunit.Abstractions;

namespace Dashboards.LogQL.Tests.Lezer;

/// <summary>
/// The inputs of lezer-logql's own grammar tests (TestData/lezer-logql-expressions.json, pinned commit noted there), with
/// whether Grafana's expected tree has an error node. Where the grammar errs, we must reject too. Where it does not, we
/// must parse the query, except the listed ones that Loki itself rejects; what we parse must print to text that
/// lezer-logql accepts and that parses back to the same tree.
/// </summary>
public class GrammarCorpusTests(ITestOutputHelper output)
{
    /// <summary>Grammar-valid corpus queries that Loki's own checks reject: title, and a piece of our error message.</summary>
    private static readonly Dictionary<string, string> LokiRejects = new()
    {
        ["Log query with regex matcher and back-ticks"] = "empty-compatible value", // {name !~ `mysql-\d+`}
        ["Range aggregation expression - \"(\" Selector \")\" Range OffsetExpr UnwrapExpr"] = "empty-compatible value", // {label=""}
        ["Drop with one label"] = "empty-compatible value",
        ["Drop with multiple labels and matchers"] = "empty-compatible value",
        ["Keep with one label"] = "empty-compatible value",
        ["Keep with multiple labels and matchers"] = "empty-compatible value",
        ["Sort"] = "grouping not allowed for sort aggregation",
    };

    private sealed record Case(string Title, string Query, bool GrammarError);

    private static List<Case> Corpus()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "lezer-logql-expressions.json")));
        return doc.RootElement.GetProperty("cases").EnumerateArray()
            .Select(c => new Case(c.GetProperty("title").GetString()!, c.GetProperty("query").GetString()!, c.GetProperty("grammarError").GetBoolean())).ToList();
    }

    [Fact]
    public void The_recorded_verdicts_are_what_lezer_logql_says_today()
    {
        var corpus = Corpus();
        var verdicts = LezerLogQL.Judge(corpus.Select(c => c.Query).ToList());
        Assert.All(corpus.Zip(verdicts), p => Assert.True(p.First.GrammarError != p.Second.Ok, p.First.Title));
    }

    [Fact]
    public void Grafana_grammar_corpus_agrees_with_our_parser()
    {
        var corpus = Corpus();
        var printed = new List<string>();
        var problems = new List<string>();
        int bothReject = 0, lokiRejects = 0;
        foreach (var c in corpus)
        {
            var ok = LogQLParser.TryParse(c.Query, out var tree, out var error);
            if (c.GrammarError)
            {
                if (ok) problems.Add($"{c.Title}: Grafana's grammar rejects {c.Query}, we accept it");
                else bothReject++;
                continue;
            }
            if (ok)
            {
                var text = tree!.ToString();
                if (!LogQLParser.Parse(text).Equals(tree)) problems.Add($"{c.Title}: {c.Query} printed as {text}, which parses differently");
                printed.Add(text);
                if (LokiRejects.ContainsKey(c.Title)) problems.Add($"{c.Title}: listed as rejected by Loki but parses: {c.Query}");
            }
            else if (LokiRejects.TryGetValue(c.Title, out var reason) && error!.Message.Contains(reason))
            {
                lokiRejects++;
            }
            else
            {
                problems.Add($"{c.Title}: {c.Query.ReplaceLineEndings(" ")} -> {error!.Message}");
            }
        }
        var verdicts = LezerLogQL.Judge(printed);
        problems.AddRange(printed.Zip(verdicts).Where(p => !p.Second.Ok).Select(p => $"lezer-logql rejects our print {p.First}"));
        output.WriteLine($"{corpus.Count} corpus queries: {printed.Count} parsed, printed and accepted again by lezer-logql; " +
            $"{bothReject} rejected by both; {lokiRejects} grammar-valid but rejected by Loki's own checks (listed)");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal(corpus.Count, printed.Count + bothReject + lokiRejects);
    }
}
