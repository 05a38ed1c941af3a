using System.Text.Json.Nodes;
using Dashboards.Model;
using Dashboards.Model.Json;

namespace Dashboards.Import.Tests;

/// <summary>
/// Hand-made dashboards full of what real exports contain (Odd/): nulls where objects belong, numbers as strings,
/// unknown and library panels, repeated and collapsed rows, <c>${DS_...}</c> inputs, datasources as names, titles that
/// are C# keywords or not ASCII. The generated code must compile unedited, build and emit, and every loss be named.
/// </summary>
public sealed class OddInputTests
{
    private static readonly string OddDir = Path.Combine(AppContext.BaseDirectory, "Odd");

    [Fact]
    public void Odd_dashboards_import_compile_build_and_emit()
    {
        var result = DashboardImporter.Import(ImportSource.Load([OddDir]), "Odd.Imported");
        Assert.Equal(3, result.Dashboards.Count);
        var assembly = CorpusRoundTripTests.Compile(result.Files);
        foreach (var d in result.Dashboards)
        {
            var dashboard = (Dashboard)assembly.GetType($"Odd.Imported.{d.ClassName}", throwOnError: true)!.GetMethod("Build")!.Invoke(null, null)!;
            var json = JsonNode.Parse(DashboardJson.Serialize(dashboard))!.AsObject();
            Assert.Equal(d.Title, (string?)json["title"]);
        }
        var everything = result.Dashboards.Single(d => d.Title == "class");
        Assert.Equal("Class", everything.ClassName);
        var code = everything.File.Code;
        // Nothing dropped silently: the unknown plugin, the library panel and the untypeable values are named.
        Assert.Contains(result.Warnings, w => w.Contains("grafana-worldmap-panel", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.Contains("libraryPanel", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.Contains("fieldConfig.defaults.custom.drawStyle", StringComparison.Ordinal)); // "wavy": no such style
        Assert.Contains("LineWidth = 500", code, StringComparison.Ordinal); // outside the fluent method's range: set as read
        Assert.Contains(".Repeat(\"instance\")", code, StringComparison.Ordinal);
        Assert.Contains(".AddLink(DashboardLink.ToDashboards(\"Kubernetes\", \"kubernetes-mixin\")", code, StringComparison.Ordinal);
        Assert.Contains(".AddLink(DashboardLink.ToUrl(\"Docs\", \"https://example.com/${job}\")", code, StringComparison.Ordinal);
        var oldRows = result.Dashboards.Single(d => d.Title == "Old rows").File.Code;
        Assert.Contains(".Size(12, 9)", oldRows, StringComparison.Ordinal); // span "6" as a string is still 6 of 12 columns
        Assert.Contains("DataSourceRef.Variable(\"DS_PROM\")", code, StringComparison.Ordinal);
        Assert.Contains("new QueryVariable(\"bad_name\"", code, StringComparison.Ordinal);
        var catalog = (Catalog)assembly.GetType("Odd.Imported.ImportedCatalog")!.GetProperty("Catalog")!.GetValue(null)!;
        Assert.Contains(catalog.Folders, f => f.Folder.Title == "Team / Ops");
    }
}
