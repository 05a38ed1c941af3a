using System.Reflection;
using System.Text.Json.Nodes;
using Dashboards.Model;
using Dashboards.Model.Transformations;
using Dashboards.Suites;

namespace Dashboards.Fidelity.Tests.Support;

/// <summary>
/// Compiles the five suites, gathers every golden file under tests/ and the deliberately broken copies
/// (<see cref="Mutants"/>), and has the oracle judge them all in one node run.
/// </summary>
public sealed class OracleFixture : IDisposable
{
    public const string SuitePrefix = "suite:";
    public const string GoldenPrefix = "golden:";
    public const string MutantPrefix = "mutant:";
    public const string ModelInput = "model:registries";

    private static readonly string TestsDirectory = Path.GetFullPath(typeof(OracleFixture).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "TestsDirectory").Value!);

    private readonly string _work = Path.Combine(Path.GetTempPath(), $"fidelity-{Guid.NewGuid():N}");

    public OracleFixture()
    {
        Directory.CreateDirectory(_work);
        var compilation = CatalogCompiler.Compile(AllSuites.Catalog);
        if (!compilation.Success)
            throw new InvalidOperationException("The suites do not compile:\n" + string.Join("\n", compilation.Errors));

        var inputs = new List<OracleInput>();
        var sources = new List<(CompiledDashboard Dashboard, OracleInput Input)>();
        foreach (var d in compilation.Dashboards)
        {
            var file = Path.Combine(_work, $"{d.Folder.Uid}-{d.Uid}.json");
            File.WriteAllBytes(file, d.Json);
            var input = new OracleInput($"{SuitePrefix}{d.Folder.Uid}/{d.Uid}", file, Expectations.Of(d.Source));
            inputs.Add(input);
            sources.Add((d, input));
        }
        SuiteCount = sources.Count;

        var model = CatalogCompiler.Compile(Catalog.Create().AddFolder(new Folder("model", "Model"), ModelRegistries.Build()));
        if (!model.Success) throw new InvalidOperationException("The model-registries dashboard does not compile:\n" + string.Join("\n", model.Errors));
        var modelFile = Path.Combine(_work, "model-registries.json");
        File.WriteAllBytes(modelFile, model.Dashboards[0].Json);
        ModelJson = JsonNode.Parse(model.Dashboards[0].Json)!.AsObject();
        inputs.Add(new OracleInput(ModelInput, modelFile));

        // Mutants break a copy of the first suite dashboard they fit, else of the first golden file (the panel types no
        // suite uses).
        var candidates = sources.Select(s => (Json: (Func<JsonNode>)(() => JsonNode.Parse(s.Dashboard.Json)!), s.Input)).ToList();
        foreach (var golden in GoldenFiles())
        {
            var input = new OracleInput(GoldenPrefix + Path.GetRelativePath(TestsDirectory, golden), golden);
            inputs.Add(input);
            candidates.Add((() => JsonNode.Parse(File.ReadAllText(golden))!, input));
        }
        GoldenCount = inputs.Count - SuiteCount - 1;

        foreach (var mutant in Mutants.All)
        {
            foreach (var (source, input) in candidates)
            {
                var json = source().AsObject();
                if (!mutant.Break(json)) continue;
                var file = Path.Combine(_work, $"mutant-{mutant.Name}.json");
                File.WriteAllText(file, json.ToJsonString());
                inputs.Add(new OracleInput(MutantPrefix + mutant.Name, file, input.Expect));
                break;
            }
        }
        Inputs = inputs;
        Report = GrafanaOracle.Judge(inputs);
    }

    public IReadOnlyList<OracleInput> Inputs { get; }

    /// <summary>The emitted model-registries dashboard (<see cref="ModelRegistries"/>).</summary>
    public JsonObject ModelJson { get; }
    public OracleReport Report { get; }
    public int SuiteCount { get; }
    public int GoldenCount { get; }

    /// <summary>Every golden dashboard under tests/ (tests/*/Golden/**/*.json).</summary>
    public static IReadOnlyList<string> GoldenFiles() =>
    [
        .. Directory.EnumerateDirectories(TestsDirectory)
            .Select(project => Path.Combine(project, "Golden"))
            .Where(Directory.Exists)
            .SelectMany(golden => Directory.EnumerateFiles(golden, "*.json", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal),
    ];

    public void Dispose()
    {
        try { Directory.Delete(_work, recursive: true); } catch (IOException) { }
    }
}

/// <summary>What a panel's C# says about its columns, for the oracle to compare with what Grafana shows.</summary>
public static class Expectations
{
    /// <summary>
    /// Per panel title: the columns its last Organize places, in order, under their display names. Titles used twice in a
    /// dashboard are left out (the oracle finds panels by title).
    /// </summary>
    public static IReadOnlyDictionary<string, PanelExpectation> Of(Dashboard dashboard)
    {
        var panels = dashboard.Panels.Concat(dashboard.Rows.SelectMany(r => r.Panels)).ToList();
        var result = new Dictionary<string, PanelExpectation>(StringComparer.Ordinal);
        foreach (var panel in panels)
        {
            if (panels.Count(p => p.Title == panel.Title) > 1) continue;
            var organize = (panel.Transformations.IsDefault ? [] : panel.Transformations).OfType<OrganizeFields>().LastOrDefault(o => !o.Order.IsDefaultOrEmpty);
            if (organize is null) continue;
            var columns = organize.Order.Select(name => organize.Renames.FirstOrDefault(r => r.From == name).To ?? name).ToList();
            result[panel.Title] = new PanelExpectation(columns);
        }
        return result;
    }
}
