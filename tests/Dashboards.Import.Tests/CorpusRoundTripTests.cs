using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using Dashboards.Model;
using Dashboards.Model.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit.Abstractions;

namespace Dashboards.Import.Tests;

/// <summary>
/// Real third-party dashboards (Corpus/, sources in Corpus/README.md): import → compile the generated C# in memory
/// (one compilation for the whole corpus) → Build() → emit → compare with the migrated input; then import the
/// emitted JSON again and expect the same code.
/// </summary>
public sealed class CorpusRoundTripTests(ITestOutputHelper output)
{
    private const string Namespace = "Corpus.Imported";

    // IMPORT_CORPUS_DIR points the same checks at another folder of dashboards (e.g. a larger local corpus).
    private static readonly string CorpusDir = Environment.GetEnvironmentVariable("IMPORT_CORPUS_DIR") is { Length: > 0 } dir ? dir : Path.Combine(AppContext.BaseDirectory, "Corpus");

    [Fact]
    public void Corpus_imports_compiles_and_round_trips()
    {
        var sources = ImportSource.Load([CorpusDir]);
        Assert.True(sources.Count >= (Environment.GetEnvironmentVariable("IMPORT_CORPUS_DIR") is { Length: > 0 } ? 1 : 8), $"corpus has {sources.Count} dashboards");
        var result = DashboardImporter.Import(sources, Namespace);
        var assembly = Compile(result.Files);

        var report = new StringBuilder();
        var equivalent = 0;
        var reimported = new List<ImportSource>();
        foreach (var d in result.Dashboards)
        {
            var dashboard = Build(assembly, d.ClassName);
            var emitted = JsonNode.Parse(DashboardJson.Serialize(dashboard))!.AsObject();
            var source = sources.Single(s => s.Path == d.SourcePath);
            var diffs = DashboardEquivalence.Compare(source.Dashboard, emitted);
            if (diffs.Count == 0) equivalent++;
            report.Append(Path.GetFileName(d.SourcePath)).Append(": ").AppendLine(diffs.Count == 0 ? "equivalent" : $"{diffs.Count} difference(s)");
            foreach (var diff in diffs) report.Append("  ").AppendLine(diff);
            reimported.Add(ImportSource.FromText(d.SourcePath, emitted.ToJsonString()) with { FolderUid = d.FolderUid, FolderTitle = d.FolderTitle });
        }
        report.AppendLine($"equivalent: {equivalent}/{result.Dashboards.Count}");

        // Idempotence: importing what the import emitted gives the same code.
        var again = DashboardImporter.Import(reimported, Namespace);
        var changed = result.Dashboards.Zip(again.Dashboards)
            .Where(p => p.First.File.Code != p.Second.File.Code)
            .Select(p => p.First.File.FileName + FirstDifference(p.First.File.Code, p.Second.File.Code))
            .ToList();
        report.AppendLine($"idempotent: {result.Dashboards.Count - changed.Count}/{result.Dashboards.Count}");
        foreach (var c in changed) report.Append("  ").AppendLine(c);
        // The catalog file holds every dashboard in its folder; the compiler's checks (schema, variables, PromQL) run over it.
        var catalog = (Catalog)assembly.GetType($"{Namespace}.ImportedCatalog")!.GetProperty("Catalog")!.GetValue(null)!;
        Assert.Equal(result.Dashboards.Count, catalog.AllDashboards().Count());
        if (CorpusDir.EndsWith("Corpus", StringComparison.Ordinal)) Assert.Contains(catalog.Folders, f => f.Folder.Uid == "k8s-system" && f.Folder.Title == "Kubernetes / System");
        var compiled = CatalogCompiler.Compile(catalog);
        report.AppendLine($"catalog compile errors: {compiled.Errors.Count}");
        foreach (var e in compiled.Errors.Take(40)) report.Append("  ").AppendLine(e.ToString());
        output.WriteLine(report.ToString());
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "corpus-report.txt"), report.ToString());

        Assert.Equal(result.Dashboards.Count, equivalent);
        Assert.Empty(compiled.Errors);
        Assert.Empty(changed);
    }

    private static string FirstDifference(string a, string b)
    {
        var la = a.Split('\n');
        var lb = b.Split('\n');
        for (var i = 0; i < Math.Min(la.Length, lb.Length); i++)
            if (la[i] != lb[i]) return $" line {i + 1}: {la[i].Trim()} ≠ {lb[i].Trim()}";
        return $" ({la.Length} vs {lb.Length} lines)";
    }

    private static Dashboard Build(Assembly assembly, string className)
    {
        var type = assembly.GetType($"{Namespace}.{className}", throwOnError: true)!;
        return (Dashboard)type.GetMethod("Build")!.Invoke(null, null)!;
    }

    internal static Assembly Compile(IEnumerable<GeneratedFile> files)
    {
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Code, new CSharpParseOptions(LanguageVersion.Latest), path: f.FileName)).ToList();
        trees.Add(CSharpSyntaxTree.ParseText("global using System;\nglobal using System.Collections.Generic;\nglobal using System.Linq;\n", path: "GlobalUsings.cs"));
        var references = Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(Dashboard).Assembly.Location))
            .Append(MetadataReference.CreateFromFile(typeof(Catalog).Assembly.Location))
            .Append(MetadataReference.CreateFromFile(typeof(PrometheusTarget).Assembly.Location))
            .Append(MetadataReference.CreateFromFile(typeof(Dashboards.PromQL.Prom).Assembly.Location));
        var compilation = CSharpCompilation.Create("CorpusImported", trees, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, generalDiagnosticOption: ReportDiagnostic.Error));
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        var errors = emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(20).Select(d => d.ToString()).ToList();
        Assert.True(emit.Success, "generated code does not compile:\n" + string.Join("\n", errors));
        return Assembly.Load(stream.ToArray());
    }
}
