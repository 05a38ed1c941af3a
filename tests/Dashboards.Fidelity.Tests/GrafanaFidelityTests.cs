using Dashboards.Model;
using Dashboards.Fidelity.Tests.Support;
using Xunit.Abstractions;

namespace Dashboards.Fidelity.Tests;

/// <summary>
/// Every emitted dashboard (the five suites) and every golden file under tests/ judged by Grafana's own frontend code
/// (docs/fidelity.md); every check is also shown to fail on a copy broken on purpose.
/// </summary>
public sealed class GrafanaFidelityTests(OracleFixture oracle, ITestOutputHelper output) : IClassFixture<OracleFixture>
{
    /// <summary>The check categories; each must run at least once on the real dashboards and fail on none.</summary>
    public static TheoryData<string> Categories =>
        new("units", "registries", "colors", "mappings", "transformations", "overrides", "columns", "schema", "variables", "datasources");

    /// <summary>
    /// Known findings owned by other work, each still failing (so the list shrinks when they are fixed): category, input,
    /// path fragment, and why.
    /// </summary>
    private static readonly (string Category, string Input, string Path, string Why)[] KnownFindings = [];

    public static TheoryData<string> MutantNames => new(Mutants.All.Select(m => m.Name));

    private static bool IsMutant(string input) => input.StartsWith(OracleFixture.MutantPrefix, StringComparison.Ordinal);

    /// <summary>Checks of <paramref name="category"/> run on the suites and golden files (not on the mutants).</summary>
    private int RealChecks(string category) =>
        oracle.Report.ChecksByInput.Where(i => !IsMutant(i.Key)).Sum(i => i.Value.GetValueOrDefault(category));

    private IEnumerable<OracleFailure> RealFailures(string category) =>
        oracle.Report.Failures.Where(f => f.Category == category && !IsMutant(f.Dashboard)
                                          && !KnownFindings.Any(k => IsKnown(k, f)));

    private static bool IsKnown((string Category, string Input, string Path, string Why) known, OracleFailure f) =>
        f.Category == known.Category && f.Dashboard == known.Input && (f.Path ?? "").Contains(known.Path, StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(Categories))]
    public void Grafana_agrees_with_every_dashboard(string category)
    {
        var checks = RealChecks(category);
        output.WriteLine($"{category}: {checks} checks (Grafana {oracle.Report.Grafana})");
        Assert.True(checks > 0, $"No '{category}' check ran; the oracle judged nothing of this kind.");
        var failures = RealFailures(category).ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} of {checks} '{category}' checks failed:\n" + string.Join("\n", failures));
    }

    [Fact]
    public void Every_suite_dashboard_and_golden_file_is_judged()
    {
        Assert.Equal(13, oracle.SuiteCount);
        Assert.True(oracle.GoldenCount >= 26, $"expected the 13 suite and 13 model golden files, found {oracle.GoldenCount}");
        var crashes = oracle.Report.Failures.Where(f => f.Category == "oracle").ToList();
        Assert.True(crashes.Count == 0, string.Join("\n", crashes));
        output.WriteLine($"Grafana {oracle.Report.Grafana}: {oracle.SuiteCount} suite dashboards, {oracle.GoldenCount} golden files, {Mutants.All.Count} mutants");
        foreach (var category in oracle.Report.Checks.Keys.Order(StringComparer.Ordinal))
            output.WriteLine($"  {category,-16} {RealChecks(category),5} checks, {RealFailures(category).Count()} failures");
    }

    [Fact]
    public void The_suites_column_expectations_are_checked()
    {
        // The C# of these tables places columns; Grafana must show them in that order under the new names.
        var expected = oracle.Inputs.Where(i => i.Name.StartsWith(OracleFixture.SuitePrefix, StringComparison.Ordinal))
            .Sum(i => i.Expect?.Count ?? 0);
        Assert.True(expected >= 5, $"only {expected} suite panels say their column order");
        Assert.True(RealChecks("columns") >= expected);
    }

    [Theory]
    [MemberData(nameof(MutantNames))]
    public void A_dashboard_broken_on_purpose_fails_its_check(string name)
    {
        var mutant = Mutants.All.Single(m => m.Name == name);
        var input = OracleFixture.MutantPrefix + name;
        Assert.True(oracle.Inputs.Any(i => i.Name == input), $"mutant '{name}' fits no suite dashboard");
        var failures = oracle.Report.Failures.Where(f => f.Dashboard == input).ToList();
        foreach (var f in failures) output.WriteLine(f.ToString());
        Assert.Contains(failures, f => f.Category == mutant.Category);
    }

    [Fact]
    public void Known_findings_still_fail()
    {
        foreach (var known in KnownFindings)
            Assert.True(oracle.Report.Failures.Any(f => IsKnown(known, f)),
                $"Known finding fixed, remove it from KnownFindings: {known.Input} {known.Path} ({known.Why})");
    }

    [Fact]
    public void The_models_whole_vocabulary_resolves_in_Grafanas_registries()
    {
        // Every unit, colour mode, named colour and reducer the model offers is on the model-registries dashboard;
        // Grafana's registries must know each one (the category tests above hold it to zero failures).
        var checks = oracle.Report.ChecksByInput[OracleFixture.ModelInput];
        Assert.True(checks.GetValueOrDefault("units") >= ModelRegistries.Units.Count, $"only {checks.GetValueOrDefault("units")} unit checks");
        Assert.True(checks.GetValueOrDefault("registries") >= 2 * ModelRegistries.Reducers.Count + ModelRegistries.ColorModes.Count);
        Assert.True(checks.GetValueOrDefault("colors") >= ModelRegistries.Colors.Count);
        var failures = oracle.Report.Failures.Where(f => f.Dashboard == OracleFixture.ModelInput).ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));

        // What Grafana has that the model does not offer yet (issue 13 part 3), for the record.
        var registry = oracle.Report.Registry;
        var units = ModelRegistries.Units.Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        var reducers = ModelRegistries.Reducers.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        output.WriteLine($"units: Grafana {registry.Units.Count}, model {units.Count}; missing: {string.Join(", ", registry.Units.Where(u => !units.Contains(u)))}");
        output.WriteLine($"reducers: Grafana {registry.Reducers.Count}, model {reducers.Count}; missing: {string.Join(", ", registry.Reducers.Where(r => !reducers.Contains(r)))}");
        output.WriteLine($"colour modes: Grafana {registry.ColorModes.Count}, model {ModelRegistries.ColorModes.Count}");
        output.WriteLine($"field matchers: Grafana {string.Join(", ", registry.Matchers)}");
    }

    /// <summary>
    /// Transformer ids Grafana declares (DataTransformerID) that its transformation picker does not offer: internal steps
    /// of other transformers or panels, and seriesToColumns, the old name joinByField replaced. Reachable through
    /// <c>Transformation.Raw</c>.
    /// </summary>
    private static readonly string[] InternalTransformers =
        ["append", "order", "rename", "filterFields", "filterFrames", "noop", "ensureColumns", "convertFrameType", "seriesToColumns"];

    /// <summary>The transformation ids on the golden dashboard that holds one of each typed transformation (plus the first typed ones).</summary>
    private HashSet<string> TypedTransformationIds()
    {
        var golden = oracle.Inputs.Single(i => i.Name.EndsWith("Golden/transformations.json", StringComparison.Ordinal));
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(golden.File))!.AsObject();
        var ids = Mutants.Panels(json).SelectMany(p => p["transformations"]?.AsArray() ?? [])
            .Select(t => t!["id"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        ids.UnionWith(["organize", "reduce", "sortBy", "limit", "filterByValue", "merge"]); // on the panel goldens and suites
        return ids;
    }

    [Fact]
    public void Every_transformation_of_Grafanas_registry_is_typed_or_internal()
    {
        var registry = oracle.Report.Registry.Transformers.ToHashSet(StringComparer.Ordinal);
        var typed = TypedTransformationIds();
        Assert.Empty(registry.Except(typed).Except(InternalTransformers).Order()); // a Grafana upgrade that adds one fails here
        Assert.Empty(typed.Except(registry).Order());
        Assert.Empty(InternalTransformers.Except(registry));
        var runs = oracle.Report.Registry.ExecutableTransformers.ToHashSet(StringComparer.Ordinal);
        output.WriteLine($"transformations: Grafana {registry.Count} ids, {registry.Count - InternalTransformers.Length} in the UI, typed {typed.Count}; " +
                         $"run by @grafana/data under node: {string.Join(", ", typed.Where(runs.Contains).Order())}; " +
                         $"options shape only (Grafana's app code): {string.Join(", ", typed.Where(t => !runs.Contains(t)).Order())}");
    }

    [Fact]
    public void Every_table_cell_type_of_Grafanas_schema_is_typed()
    {
        // custom takes a React component (cellComponent), which JSON cannot carry.
        var written = Enum.GetValues<TableCellType>().Select(t => t switch
        {
            TableCellType.GradientGauge or TableCellType.LcdGauge or TableCellType.BasicGauge => "gauge",
            TableCellType.ColorBackground or TableCellType.ColorBackgroundSolid => "color-background",
            _ => System.Text.RegularExpressions.Regex.Replace(t.ToString(), "(?<=[a-z])([A-Z])", "-$1").ToLowerInvariant(),
        }).ToHashSet(StringComparer.Ordinal);
        // The legacy display modes (basic, gradient-gauge, lcd-gauge, color-background-solid) are cellOptions' modes now.
        var legacy = new[] { "basic", "gradient-gauge", "lcd-gauge", "color-background-solid", "custom" };
        Assert.Empty(oracle.Report.Registry.CellTypes.Except(legacy).Except(written).Order());
    }

    [Fact]
    public void The_model_offers_every_unit_colour_mode_matcher_and_reducer_a_saved_Grafana_dashboard_can_hold()
    {
        var registry = oracle.Report.Registry;
        static void None(string what, IEnumerable<string> missing)
        {
            var list = missing.ToList();
            Assert.True(list.Count == 0, $"Grafana's registry has {what} the model lacks: {string.Join(", ", list)}");
        }
        // farenheit: Grafana's alias of an old misspelling, resolved to fahrenheit.
        var units = ModelRegistries.Units.Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        None("units", registry.Units.Where(u => !units.Contains(u) && u != "farenheit"));
        var reducers = ModelRegistries.Reducers.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        None("reducers", registry.Reducers.Where(r => !reducers.Contains(r)));
        // byTypes takes a JavaScript Set, which a saved dashboard (JSON) cannot carry.
        var matchers = ModelRegistries.Matchers.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        None("field matchers", registry.Matchers.Where(m => !matchers.Contains(m) && m != "byTypes"));
        var modes = Mutants.Panels(oracle.ModelJson).Select(p => p["fieldConfig"]?["defaults"]?["color"]?["mode"]?.GetValue<string>())
            .OfType<string>().ToHashSet(StringComparer.Ordinal);
        Assert.Equal(ModelRegistries.ColorModes.Count, modes.Count);
        None("colour modes", registry.ColorModes.Where(m => !modes.Contains(m)));
        Assert.Empty(modes.Except(registry.ColorModes)); // and no mode Grafana lacks: the lists are equal
    }
}
