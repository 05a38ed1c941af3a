using CsCheck;
using Dashboards.PromQL.Checks;
using Dashboards.PromQL.Functions;
using Dashboards.PromQL.Parsing;
using Dashboards.PromQL.Tests.Parsing;
using Dashboards.PromQL.Tests.Metrics;
using Dashboards.PromQL.Tests.Properties;
using Dashboards.PromQL.Tests.Typing;
using Dashboards.Testing;

namespace Dashboards.PromQL.Tests.Promtool;

/// <summary>
/// Prometheus itself (promtool check rules) agrees with our parser and printer: everything the tests print is accepted,
/// unless it uses a function newer than the installed promtool, which the function table must then predict.
/// </summary>
public class PromtoolTests
{
    private static readonly Version PromtoolVersion = Dashboards.Testing.Promtool.Version();

    private static void AssertAccepted(IReadOnlyList<Expr> trees, Func<Expr, string>? print = null)
    {
        var texts = trees.Select(print ?? (t => t.ToString())).ToList();
        var failures = Dashboards.Testing.Promtool.CheckExpressions(texts);
        var unexpected = new List<string>();
        for (var i = 0; i < trees.Count; i++)
        {
            var required = PromQLChecker.MinimumPrometheusVersion(trees[i]);
            var newer = required > PromtoolVersion;
            var rejected = failures.TryGetValue(i, out var message);
            if (newer && !rejected) unexpected.Add($"accepted although the function table says it needs Prometheus {required}: {texts[i]}");
            if (!newer && rejected) unexpected.Add($"rejected: {texts[i]}\n    promtool: {message}");
        }
        Assert.True(unexpected.Count == 0, string.Join("\n", unexpected));
    }

    [Fact]
    public void Promtool_is_installed_and_is_the_expected_release()
    {
        Assert.NotNull(Dashboards.Testing.Promtool.FindExecutable());
        Assert.True(PromtoolVersion >= new Version(2, 42), $"promtool {PromtoolVersion}");
    }

    [Fact]
    public void Accepts_every_valid_seed_query_before_and_after_printing()
    {
        var valid = SeedQueryTests.All.Where(q => q.Out is not null).ToList();
        var texts = valid.Select(q => q.In).Concat(valid.Select(q => q.Out!)).ToList();
        var failures = Dashboards.Testing.Promtool.CheckExpressions(texts);
        Assert.True(failures.Count == 0, string.Join("\n", failures.Select(f => $"{texts[f.Key]}: {f.Value}")));
    }

    [Fact]
    public void Rejects_every_seed_query_our_parser_rejects()
    {
        var invalid = SeedQueryTests.All.Where(q => q.Error is not null).Select(q => q.In).ToList();
        var failures = Dashboards.Testing.Promtool.CheckExpressions(invalid);
        var accepted = invalid.Where((_, i) => !failures.ContainsKey(i)).ToList();
        Assert.True(accepted.Count == 0, "promtool accepted what we reject:\n" + string.Join("\n", accepted));
        Assert.All(failures.Values, m => Assert.Contains("unexpected <by>", m));
    }

    [Fact]
    public void Accepts_every_round_trip_table_output_that_its_version_knows()
    {
        var trees = RoundTripTests.Cases.Select(row => PromQLParser.Parse((string)row[1])).ToList();
        AssertAccepted(trees);
        AssertAccepted(trees, t => t.ToPrettyString(maxLineWidth: 10));
    }

    [Fact]
    public void Rejects_what_our_parser_rejects_in_the_error_table()
    {
        // Grafana-variable and empty-input rows are Grafana-specific or trivially rejected; promtool sees them substituted.
        var rows = ParseErrorTests.Cases.Select(r => (string)r[0]).Where(t => !t.Contains('$') && t.Length > 0).ToList();
        var failures = Dashboards.Testing.Promtool.CheckExpressions(rows);
        var accepted = rows.Where((_, i) => !failures.ContainsKey(i)).ToList();
        Assert.True(accepted.Count == 0, "promtool accepted what we reject:\n" + string.Join("\n", accepted));
    }

    [Fact]
    public void Rejects_grafana_variable_misuse_after_substitution()
    {
        // What Grafana would send: a number where PromQL wants a duration or a vector, or a duration where it wants a number.
        var rows = ParseErrorTests.Cases.Select(r => (string)r[0]).Where(t => t.Contains('$') || t.Contains("[[")).ToList();
        // Prometheus takes a negative offset of the substituted duration; we reject it because a variable cannot be negated in Grafana's text.
        rows.Remove("x offset -$__interval");
        Assert.True(rows.Count >= 15, $"{rows.Count} rows");
        var failures = Dashboards.Testing.Promtool.CheckExpressions(rows);
        var accepted = rows.Where((_, i) => !failures.ContainsKey(i)).Select(Dashboards.Testing.Promtool.SubstituteGrafanaVariables).ToList();
        Assert.True(accepted.Count == 0, "promtool accepted what we reject (after substitution):\n" + string.Join("\n", accepted));
    }

    [Theory]
    [InlineData("increase(x[$__range]) / $__range_s", "increase(x[1h]) / 3600")]
    [InlineData("topk($k, rate(x[$__rate_interval])) * $__rate_interval_ms", "topk(5, rate(x[1m])) * 60000")]
    [InlineData("max_over_time(x[${w}:[[s]]] offset $o) / $__interval_ms", "max_over_time(x[5m:5m] offset 5m) / 15000")]
    [InlineData("x[$w] OFFSET $o * $__range_ms - $__to", "x[5m] OFFSET 5m * 3600000 - 1700000000000")]
    [InlineData("x{a=~\"$k\"} * $k # $k", "x{a=~\"$k\"} * 5 # $k")]
    [InlineData("offset_x * $k", "offset_x * 5")]
    public void Substitutes_numbers_where_grafana_writes_numbers(string query, string substituted) =>
        Assert.Equal(substituted, Dashboards.Testing.Promtool.SubstituteGrafanaVariables(query));

    [Fact]
    public void Function_table_versions_match_promtool()
    {
        var trees = FunctionTable.All.Select(SampleCall).ToList();
        AssertAccepted(trees);
        // And the other way round: a removed function must still be known to this 2.x promtool.
        Assert.Contains(FunctionTable.All, f => f.RemovedIn is not null && f.IsSupportedBy(PromtoolVersion));
    }

    [Fact]
    public void Accepts_random_trees()
    {
        var random = new Random(20261123);
        var generator = new RandomTrees(random, promtoolCompatible: true);
        var trees = Enumerable.Range(0, 600).Select(i => generator.Instant(i % 5)).Concat(Enumerable.Range(0, 100).Select(i => generator.Scalar(i % 4))).ToList();
        AssertAccepted(trees);
    }

    [Fact]
    public void Accepts_the_property_test_trees_unless_they_need_a_newer_prometheus()
    {
        var trees = new System.Collections.Concurrent.ConcurrentBag<Expr>();
        RoundTripProperties.Trees.Sample(t => trees.Add(t), iter: 800);
        // promtool cannot check string-typed or range-typed top-level rules the same way; keep what a rule can hold.
        AssertAccepted(trees.Where(t => t.Type is PromType.InstantVector or PromType.Scalar).ToList());
    }

    [Fact]
    public void Accepts_what_the_builders_and_catalog_helpers_print()
    {
        var texts = BuilderTests.Built.Select(row => (string)row[1]).Concat(CatalogTests.HelperOutputs().Select(q => q.ToString())).ToList();
        var trees = texts.Select(PromQLParser.Parse).Where(t => t.Type is PromType.InstantVector or PromType.Scalar).ToList();
        Assert.True(trees.Count > 40);
        AssertAccepted(trees);
    }

    [Fact]
    public void Accepts_pretty_printed_queries()
    {
        var trees = SeedQueryTests.All.Where(q => q.Out is not null).Select(q => PromQLParser.Parse(q.In)).ToList();
        var texts = trees.Select(t => t.ToPrettyString(maxLineWidth: 30)).ToList();
        Assert.Contains(texts, t => t.Contains('\n'));
        var failures = Dashboards.Testing.Promtool.CheckExpressions(texts);
        Assert.True(failures.Count == 0, string.Join("\n", failures.Select(f => $"{texts[f.Key]}: {f.Value}")));
    }

    /// <summary>A call with placeholder arguments of the declared types, as many as the function takes.</summary>
    internal static Expr SampleCall(FunctionDefinition f)
    {
        var n = f.MaxArgs < 0 ? f.MinArgs + 1 : f.MaxArgs;
        var args = Enumerable.Range(0, n).Select(i => (Expr)(f.ArgType(i) switch
        {
            PromType.InstantVector => new VectorSelector("up"),
            PromType.RangeVector => new MatrixSelector(new VectorSelector("up"), PromDuration.FromMinutes(5)),
            PromType.Scalar => new NumberLiteral(0.5),
            _ => new StringLiteral("job"),
        })).ToArray();
        return new FunctionCall(f, args);
    }
}

/// <summary>
/// Differential test: tricky inputs (TestData/promtool-agreement.txt, one per line) that probe the edges of the grammar.
/// Our parser must accept exactly what promtool accepts, and what we print from the accepted ones must be accepted too.
/// </summary>
public class PromtoolAgreementTests
{
    [Fact]
    public void Parser_accepts_exactly_what_promtool_accepts()
    {
        var inputs = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "promtool-agreement.txt")).Where(l => l.Trim().Length > 0).ToList();
        Assert.True(inputs.Count > 80);
        var promtool = Dashboards.Testing.Promtool.CheckExpressions(inputs);
        var disagreements = new List<string>();
        var printed = new List<string>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var promtoolAccepts = !promtool.ContainsKey(i);
            var weAccept = PromQLParser.TryParse(inputs[i], new PromTarget(Dashboards.Testing.Promtool.Version()), out var tree, out var error);
            if (promtoolAccepts != weAccept)
                disagreements.Add($"{inputs[i]}: promtool {(promtoolAccepts ? "accepts" : "rejects: " + promtool[i])}, we {(weAccept ? "accept" : "reject: " + error!.Message)}");
            if (weAccept) printed.Add(tree!.ToString());
        }
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
        Assert.Contains(promtool.Values, m => m.Contains("trailing commas"));
        var printedFailures = Dashboards.Testing.Promtool.CheckExpressions(printed);
        Assert.True(printedFailures.Count == 0, string.Join("\n", printedFailures.Select(f => $"{printed[f.Key]}: {f.Value}")));
    }
}
