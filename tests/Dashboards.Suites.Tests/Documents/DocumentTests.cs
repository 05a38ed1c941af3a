using System.Text.RegularExpressions;
using Dashboards.Suites.Tests.Support;

namespace Dashboards.Suites.Tests.Documents;

/// <summary>Each suite against its seed document: the dashboards, rows, panels (title and type) and rules it lists.</summary>
public sealed partial class DocumentTests
{
    public static TheoryData<string> DashboardUids => new(ExpectedSuites.All.Select(d => d.Uid));

    public static TheoryData<string> RuleFileNames => new(ExpectedSuites.RuleNames.Keys);

    [Fact]
    public void The_suites_compile_without_errors()
    {
        var errors = CompiledSuites.Compilation.Errors;
        Assert.True(errors.Count == 0, "Compile errors:\n" + string.Join("\n", errors));
    }

    [Fact]
    public void Each_suite_has_its_own_folder_with_the_expected_title()
    {
        var folders = CompiledSuites.Compilation.Dashboards.Select(d => (d.Folder.Uid, d.Folder.Title)).Distinct().ToList();
        Assert.Equal(ExpectedSuites.Folders, folders);
    }

    [Fact]
    public void The_suites_hold_exactly_the_dashboards_the_documents_describe()
    {
        var expected = ExpectedSuites.All.Select(d => d.Uid).Order(StringComparer.Ordinal);
        var actual = CompiledSuites.Compilation.Dashboards.Select(d => d.Uid).Order(StringComparer.Ordinal);
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(DashboardUids))]
    public void Dashboard_has_the_title_folder_and_rows_of_its_document(string uid)
    {
        var expected = ExpectedSuites.All.Single(d => d.Uid == uid);
        var compiled = CompiledSuites.Dashboard(uid);
        var json = DashboardJson.Parse(compiled.Json);

        Assert.Equal(expected.Title, (string?)json["title"]);
        Assert.Equal(expected.FolderUid, compiled.Folder.Uid);
        Assert.Equal(expected.Rows, DashboardJson.Rows(json));
    }

    [Theory]
    [MemberData(nameof(DashboardUids))]
    public void Dashboard_has_every_panel_of_its_document_with_the_documented_type(string uid)
    {
        var expected = ExpectedSuites.All.Single(d => d.Uid == uid);
        var panels = DashboardJson.Panels(DashboardJson.Parse(CompiledSuites.Dashboard(uid).Json));

        var problems = new List<string>();
        foreach (var panel in expected.Panels)
        {
            var found = panels.Where(p => p.Title == panel.Title).ToList();
            if (found.Count == 0) problems.Add($"missing panel '{panel.Title}' ({panel.Type})");
            else if (found.Count > 1) problems.Add($"panel '{panel.Title}' appears {found.Count} times");
            else if (found[0].Type != panel.Type) problems.Add($"panel '{panel.Title}' is a {found[0].Type}, the document asks for {panel.Type}");
        }
        Assert.True(problems.Count == 0, $"{uid}:\n  " + string.Join("\n  ", problems) +
            $"\nPanels present: {string.Join(", ", panels.Select(p => $"'{p.Title}' ({p.Type})"))}");
    }

    [Theory]
    [MemberData(nameof(DashboardUids))]
    public void Every_panel_has_at_least_one_query(string uid)
    {
        var panels = DashboardJson.Panels(DashboardJson.Parse(CompiledSuites.Dashboard(uid).Json));
        var empty = panels.Where(p => (p.Json["targets"]?.AsArray().Count ?? 0) == 0).Select(p => p.Title).ToList();
        Assert.True(empty.Count == 0, $"{uid}: panels without queries: {string.Join(", ", empty)}");
    }

    [Fact]
    public void Tta_keeps_its_four_tabs_with_the_numbered_panels_in_order()
    {
        var panels = DashboardJson.Panels(DashboardJson.Parse(CompiledSuites.Dashboard(ExpectedSuites.Tta.Uid).Json));
        var byRow = panels.GroupBy(p => p.Row ?? "").ToDictionary(g => g.Key, g => g.Select(p => p.Title).ToList());

        Assert.Equal(ExpectedSuites.Tta.Panels.Take(5).Select(p => p.Title), byRow["Overview"]);
        Assert.Equal(ExpectedSuites.Tta.Panels.Skip(5).Take(3).Select(p => p.Title), byRow["Workflows"]);
        Assert.Equal(ExpectedSuites.Tta.Panels.Skip(8).Take(4).Select(p => p.Title), byRow["Primitives"]);
        Assert.Equal(ExpectedSuites.Tta.Panels.Skip(12).Take(4).Select(p => p.Title), byRow["Resources"]);
    }

    [Theory]
    [MemberData(nameof(RuleFileNames))]
    public void Rule_file_has_the_alerts_and_recording_rules_of_its_document(string name)
    {
        var yaml = CompiledSuites.RuleFile(name).Yaml;
        var names = RuleName().Matches(yaml).Select(m => m.Groups[2].Value.Trim('"', '\'')).ToList();
        var missing = ExpectedSuites.RuleNames[name].Except(names).ToList();
        Assert.True(missing.Count == 0, $"rules/{name}.yml lacks {string.Join(", ", missing)}; it has {string.Join(", ", names)}");
    }

    [GeneratedRegex(@"^\s*-?\s*(alert|record):\s*(\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex RuleName();
}
