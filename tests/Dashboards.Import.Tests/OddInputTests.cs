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

    [Fact]
    public void Dashboard_settings_become_typed_calls_and_emit_back_as_written()
    {
        const string settingsJson = """
            {"uid": "settings", "title": "Settings", "panels": [],
             "refresh": "30s", "timezone": "Europe/Paris", "weekStart": "monday", "liveNow": true, "fiscalYearStartMonth": 3,
             "timepicker": {"hidden": true, "nowDelay": "1m", "refresh_intervals": ["10s", "1m", "1h"]}}
            """;
        const string oddJson = """
            {"uid": "odd-settings", "title": "Odd settings", "panels": [],
             "refresh": "60s", "timezone": "Mars Standard", "weekStart": "friday",
             "timepicker": {"refresh_intervals": ["5s"], "time_options": ["5m", "1h"]}}
            """;
        var result = DashboardImporter.Import(
            [ImportSource.FromText("settings.json", settingsJson), ImportSource.FromText("odd-settings.json", oddJson)], "Settings.Imported");
        var code = result.Dashboards.Single(d => d.Title == "Settings").File.Code;
        Assert.Contains(".WithRefresh(TimeSpan.FromSeconds(30))", code, StringComparison.Ordinal);
        Assert.Contains(".WithTimezone(DashboardTimezone.Iana(\"Europe/Paris\"))", code, StringComparison.Ordinal);
        Assert.Contains(".WithWeekStart(WeekStart.Monday)", code, StringComparison.Ordinal);
        Assert.Contains(".WithLiveNow()", code, StringComparison.Ordinal);
        Assert.Contains(".WithFiscalYearStartMonth(3)", code, StringComparison.Ordinal);
        Assert.Contains("Timepicker.Default with { Hidden = true, NowDelay = TimeSpan.FromMinutes(1), RefreshIntervals = [TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1), TimeSpan.FromHours(1)] }", code, StringComparison.Ordinal);
        Assert.DoesNotContain("WithRawField", code, StringComparison.Ordinal);
        // Forms the model would write differently ("60s" comes back as "1m") or cannot hold stay raw, never changed.
        var oddCode = result.Dashboards.Single(d => d.Title == "Odd settings").File.Code;
        foreach (var key in new[] { "refresh", "timezone", "weekStart", "timepicker" })
            Assert.Contains($"WithRawField(\"{key}\"", oddCode, StringComparison.Ordinal);

        var assembly = CorpusRoundTripTests.Compile(result.Files);
        foreach (var (title, input) in new[] { ("Settings", settingsJson), ("Odd settings", oddJson) })
        {
            var d = result.Dashboards.Single(x => x.Title == title);
            var dashboard = (Dashboard)assembly.GetType($"Settings.Imported.{d.ClassName}", throwOnError: true)!.GetMethod("Build")!.Invoke(null, null)!;
            var emitted = JsonNode.Parse(DashboardJson.Serialize(dashboard))!.AsObject();
            var original = JsonNode.Parse(input)!.AsObject();
            foreach (var key in new[] { "refresh", "timezone", "weekStart", "liveNow", "fiscalYearStartMonth", "timepicker" })
                if (original[key] is { } value)
                    Assert.True(JsonNode.DeepEquals(value, emitted[key]), $"{title}: {key} was {value.ToJsonString()}, emitted {emitted[key]?.ToJsonString()}");
        }
    }
}
