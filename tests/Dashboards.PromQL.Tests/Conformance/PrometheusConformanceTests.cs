using System.Globalization;
using Dashboards.PromQL.Functions;
using Dashboards.PromQL.Parsing;
using Xunit.Abstractions;

namespace Dashboards.PromQL.Tests.Conformance;

/// <summary>
/// Our parser and printer judged by Prometheus's own test tables at a pinned commit (TestData/Prometheus), parsing for
/// Prometheus 3.14 with every feature flag on, as Prometheus's parser tests do. Every disagreement must be listed,
/// with its reason, in known-disagreements.jsonl, and every listed one must still occur.
/// </summary>
public class PrometheusConformanceTests(ITestOutputHelper output)
{
    private static readonly PromTarget Target = PromTarget.Latest;

    private static bool TryParse(string text, out Expr? expr, out PromQLParseException? error) =>
        PromQLParser.TryParse(text, Target, out expr, out error);

    private static void AssertKnown(string table, IReadOnlyCollection<string> disagreements)
    {
        var known = PrometheusTables.Known.Where(k => k.Table == table).Select(k => k.Input).ToHashSet();
        var unexpected = disagreements.Where(d => !known.Contains(d)).ToList();
        var fixedNow = known.Where(k => !disagreements.Contains(k)).ToList();
        Assert.True(unexpected.Count == 0, $"{table}: {unexpected.Count} new disagreements:\n" + string.Join("\n", unexpected.Take(40)));
        Assert.True(fixedNow.Count == 0, $"{table}: listed as disagreeing but now agree (remove from known-disagreements.jsonl):\n" + string.Join("\n", fixedNow));
    }

    /// <summary>Printing a parsed tree and parsing the text again gives an equal tree, and printing is stable.</summary>
    private static string? MeaningChange(Expr tree)
    {
        var printed = tree.ToString();
        if (!TryParse(printed, out var again, out var error)) return $"printed form does not parse: {printed}\n    {error!.Message}";
        if (!again!.Equals(tree)) return $"printed form means something else: {printed}";
        if (again.ToString() != printed) return $"printing is not stable: {printed} then {again}";
        var pretty = tree.ToPrettyString(20);
        if (!TryParse(pretty, out var prettyAgain, out error)) return $"pretty form does not parse: {pretty}\n    {error!.Message}";
        if (!prettyAgain!.Equals(tree)) return $"pretty form means something else: {pretty}";
        return null;
    }

    [Fact]
    public void Parse_table_accepts_and_rejects_what_Prometheus_does()
    {
        var rows = PrometheusTables.Parse;
        Assert.True(rows.Count > 300, $"{rows.Count} rows");
        var disagreements = new List<string>();
        var details = new List<string>();
        int agree = 0, rejects = 0, positioned = 0, numbers = 0, numbersRight = 0;
        var meaning = new List<string>();
        foreach (var row in rows)
        {
            var accepted = TryParse(row.Input, out var expr, out var error);
            if (accepted == !row.Fail) agree++;
            else
            {
                disagreements.Add(row.Input);
                details.Add($"{(row.Fail ? "Prometheus rejects, we accept" : "Prometheus accepts, we reject")}: {Short(row.Input)}" +
                    (error is null ? $"\n    Prometheus: {row.Errors?.FirstOrDefault()?.Message}" : $"\n    ours: {error.Message}"));
            }
            if (row.Fail && !accepted)
            {
                rejects++;
                // Prometheus reports a range; ours is a point. It agrees when it falls in (or at the end of) any of Prometheus's ranges.
                if (row.Errors is { Length: > 0 } errs && errs.Any(e => error!.Offset >= e.Start && error.Offset <= Math.Max(e.End, e.Start))) positioned++;
            }
            if (accepted && row.Number is { } n)
            {
                numbers++;
                var want = n switch { "Inf" => double.PositiveInfinity, "-Inf" => double.NegativeInfinity, "NaN" => double.NaN, _ => double.Parse(n, CultureInfo.InvariantCulture) };
                if (expr is NumberLiteral lit && lit.Value.Equals(want)) numbersRight++;
                else disagreements.Add(row.Input);
            }
            if (accepted && MeaningChange(expr!) is { } change) meaning.Add(change);
        }
        output.WriteLine($"parse table: {rows.Count} inputs, {agree} agree, {rows.Count - agree} disagree; " +
            $"of {rejects} rejected by both, {positioned} with our error position inside Prometheus's error range; " +
            $"number values {numbersRight}/{numbers}; round-trip meaning changes {meaning.Count}");
        foreach (var d in details) output.WriteLine(d);
        Assert.True(meaning.Count == 0, string.Join("\n", meaning));
        AssertKnown("parse", disagreements);
    }

    [Fact]
    public void Printer_table_keeps_the_meaning_of_Prometheus_output()
    {
        var rows = PrometheusTables.Printer;
        Assert.True(rows.Count > 50, $"{rows.Count} rows");
        var problems = new List<string>();
        int sameMeaning = 0, sameText = 0;
        foreach (var row in rows)
        {
            if (!TryParse(row.In, out var a, out var e1)) { problems.Add($"in rejected: {row.In}: {e1!.Message}"); continue; }
            if (!TryParse(row.Out, out var b, out var e2)) { problems.Add($"out rejected: {row.Out}: {e2!.Message}"); continue; }
            if (Meaning.Same(a!, b!)) sameMeaning++;
            else problems.Add($"in and Prometheus's out parse differently: {row.In} => ours {a} vs {row.Out}");
            if (a!.ToString() == row.Out) sameText++;
            if (MeaningChange(a) is { } change) problems.Add(change);
        }
        output.WriteLine($"printer table: {rows.Count} rows; Prometheus's output means the same as its input to us in {sameMeaning}; " +
            $"our printed text identical to Prometheus's in {sameText} (we drop redundant parentheses and space matchers); problems {problems.Count}");
        foreach (var p in problems) output.WriteLine(p);
        AssertKnown("printer", problems);
    }

    [Fact]
    public void Prettier_table_inputs_parse_and_our_pretty_form_keeps_their_meaning()
    {
        var rows = PrometheusTables.Prettier;
        Assert.True(rows.Count > 50, $"{rows.Count} rows");
        var problems = new List<string>();
        int sameMeaning = 0;
        foreach (var row in rows)
        {
            if (!TryParse(row.In, out var a, out var e1)) { problems.Add($"in rejected: {row.In}: {e1!.Message}"); continue; }
            if (!TryParse(row.Out, out var b, out var e2)) { problems.Add($"out rejected: {row.Out}: {e2!.Message}"); continue; }
            if (Meaning.Same(a!, b!)) sameMeaning++;
            else problems.Add($"in and Prometheus's prettified out parse differently: {Short(row.In)}");
            var pretty = a!.ToPrettyString(row.Width ?? 10);
            if (!TryParse(pretty, out var c, out _) || !c!.Equals(a)) problems.Add($"our pretty form changes the meaning: {Short(row.In)} => {pretty}");
        }
        output.WriteLine($"prettier table: {rows.Count} rows; Prometheus's prettified output means the same as its input in {sameMeaning}; problems {problems.Count}");
        foreach (var p in problems) output.WriteLine(p);
        AssertKnown("prettier", problems);
    }

    [Fact]
    public void Every_expression_of_Prometheus_engine_tests_parses_and_round_trips()
    {
        var rows = PrometheusTables.Eval;
        Assert.True(rows.Count > 2000, $"{rows.Count} rows");
        var rejected = new List<string>();
        var meaning = new List<string>();
        foreach (var row in rows)
        {
            if (!TryParse(row.Expr, out var expr, out var error)) rejected.Add(row.Expr);
            else if (MeaningChange(expr!) is { } change) meaning.Add($"{row.File}:{row.Line}: {change}");
        }
        output.WriteLine($"engine test expressions: {rows.Count}, accepted {rows.Count - rejected.Count}, rejected {rejected.Count}; round-trip meaning changes {meaning.Count}");
        foreach (var r in rejected)
        {
            PromQLParser.TryParse(r, Target, out _, out var e);
            output.WriteLine($"rejected: {r}\n    {e!.Message}");
        }
        foreach (var m in meaning) output.WriteLine(m);
        Assert.True(meaning.Count == 0, string.Join("\n", meaning.Take(30)));
        AssertKnown("eval", rejected);
    }

    [Fact]
    public void Function_table_matches_Prometheus_functions()
    {
        var problems = new List<string>();
        foreach (var row in PrometheusTables.Functions)
        {
            if (!FunctionTable.TryGet(row.Name, out var def)) { problems.Add($"missing: {row.Name}"); continue; }
            var types = row.Args.Select(ToType).ToArray();
            var min = row.Variadic == 0 ? types.Length : types.Length - 1;
            var max = row.Variadic == 0 ? types.Length : row.Variadic < 0 ? -1 : types.Length - 1 + row.Variadic;
            if (def.MinArgs != min || def.MaxArgs != max) problems.Add($"{row.Name}: arguments {def.MinArgs}..{def.MaxArgs}, Prometheus {min}..{max}");
            for (var i = 0; i < Math.Max(types.Length, def.ArgTypes.Length) && i < (max < 0 ? types.Length : max); i++)
            {
                var want = types[Math.Min(i, types.Length - 1)];
                if (def.ArgType(i) != want) problems.Add($"{row.Name}: argument {i + 1} {def.ArgType(i).DisplayName()}, Prometheus {want.DisplayName()}");
            }
            if (def.ReturnType != ToType(row.Returns)) problems.Add($"{row.Name}: returns {def.ReturnType.DisplayName()}, Prometheus {row.Returns}");
            if (def.Experimental != row.Experimental) problems.Add($"{row.Name}: experimental {def.Experimental}, Prometheus {row.Experimental}");
        }
        var theirs = PrometheusTables.Functions.Select(f => f.Name).ToHashSet();
        foreach (var def in FunctionTable.All.Where(f => !theirs.Contains(f.Name)))
        {
            if (def.RemovedIn is null) problems.Add($"not in Prometheus 3.14 and not marked removed: {def.Name}");
        }
        Assert.True(PrometheusTables.Functions.Count > 80);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static PromType ToType(string t) => t switch
    {
        "vector" => PromType.InstantVector,
        "matrix" => PromType.RangeVector,
        "scalar" => PromType.Scalar,
        _ => PromType.String,
    };

    private static string Short(string s) => s.Length > 120 ? s[..120] + "..." : s;
}
