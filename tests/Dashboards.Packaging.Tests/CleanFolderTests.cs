using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Dashboards.Testing;
using Xunit.Abstractions;
using YamlDotNet.RepresentationModel;

namespace Dashboards.Packaging.Tests;

/// <summary>
/// The quickstart of the README, proven from a clean folder: packages from `dotnet pack`, the template from them, and
/// a new solution that builds, emits and tests against those packages only.
/// </summary>
public sealed class CleanFolderTests(CleanFolder folder, ITestOutputHelper log) : IClassFixture<CleanFolder>
{
    private string Project => folder.ProjectDirectory;

    [Fact]
    public void Pack_at_the_root_produces_a_package_for_every_project_under_src()
    {
        Assert.True(folder.Pack.ExitCode == 0, folder.Pack.ToString());
        // src/<project>/<project>.csproj; the template's own content (src/Dashboards.Templates/content/...) is not a project here.
        var projects = Directory.GetDirectories(Path.Combine(folder.RepositoryRoot, "src"))
            .SelectMany(d => Directory.GetFiles(d, "*.csproj"))
            // A development-time tool under src/ (the spec generator) opts out in its csproj; everything else ships.
            .Where(csproj => !File.ReadAllText(csproj).Contains("<IsPackable>false</IsPackable>", StringComparison.Ordinal))
            .Select(Path.GetFileNameWithoutExtension)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Contains("Dashboards.TestKit", projects);
        Assert.Contains("Dashboards.Templates", projects);
        Assert.DoesNotContain("Dashboards.Generator", projects);

        var dependencies = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var project in projects)
        {
            var id = "Panelwright." + project;
            var path = Path.Combine(folder.Feed, $"{id}.{folder.Version}.nupkg");
            Assert.True(File.Exists(path), $"{id}: no package in {folder.Feed} ({string.Join(", ", Directory.GetFiles(folder.Feed).Select(Path.GetFileName))})");
            using var package = ZipFile.OpenRead(path);
            var nuspec = XDocument.Load(package.Entries.Single(e => e.FullName == id + ".nuspec").Open());
            string? Meta(string name) => nuspec.Descendants().FirstOrDefault(e => e.Name.LocalName == name)?.Value;
            dependencies[project!] = nuspec.Descendants().Where(e => e.Name.LocalName == "dependency")
                .Select(e => e.Attribute("id")!.Value).Distinct().Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(id, Meta("id"));
            Assert.Equal("MIT", Meta("license"));
            Assert.Equal("README.md", Meta("readme"));
            Assert.Contains(package.Entries, e => e.FullName == "README.md");
            Assert.False(string.IsNullOrWhiteSpace(Meta("description")), id + " has no description");
            Assert.Contains("grafana", Meta("tags") ?? "");
            Assert.NotNull(nuspec.Descendants().FirstOrDefault(e => e.Name.LocalName == "repository")?.Attribute("url"));
            var size = new FileInfo(path).Length;
            if (project == "Dashboards.Templates")
            {
                Assert.Contains(package.Entries, e => e.FullName == "content/grafana-dashboards/.template.config/template.json");
                log.WriteLine($"{id}.{folder.Version}.nupkg  {size / 1024.0:0.0} KiB");
                continue;
            }
            var assembly = project + ".dll";
            Assert.Contains(package.Entries, e => e.FullName == $"lib/net10.0/{assembly}");
            Assert.Contains(package.Entries, e => e.FullName == $"lib/net10.0/{project}.xml");
            var symbols = Path.Combine(folder.Feed, $"{id}.{folder.Version}.snupkg");
            Assert.True(File.Exists(symbols), $"{id}: no symbol package");
            log.WriteLine($"{id}.{folder.Version}.nupkg  {size / 1024.0:0.0} KiB (+ snupkg {new FileInfo(symbols).Length / 1024.0:0.0} KiB)");
        }

        // The packed graph (PackageGraphTests pins the csproj one): the model and PromQL ship without third-party packages.
        Assert.Empty(dependencies["Dashboards.Model"]);
        Assert.Equal(["Panelwright.Dashboards.QuerySyntax"], dependencies["Dashboards.PromQL"]);
        Assert.Equal(["Panelwright.Dashboards.Model", "Panelwright.Dashboards.PromQL"], dependencies["Dashboards.Prometheus"]);
        Assert.Equal(["Panelwright.Dashboards.LogQL", "Panelwright.Dashboards.Model"], dependencies["Dashboards.Loki"]);
        Assert.Contains("NJsonSchema", dependencies["Dashboards.Compiler"]);
        Assert.Contains("YamlDotNet", dependencies["Dashboards.PromQL.Rules"]);
    }

    [Fact]
    public void The_template_installs_and_creates_the_promised_solution()
    {
        RequireStep(folder.Install);
        RequireStep(folder.Instantiate);
        string[] expected =
        [
            "Acme.Dashboards.sln", ".gitignore", "README.md", ".github/workflows/dashboards.yml",
            "Acme.Dashboards/Acme.Dashboards.csproj", "Acme.Dashboards/Program.cs", "Acme.Dashboards/ServiceMetrics.cs",
            "Acme.Dashboards/ServiceRules.cs", "Acme.Dashboards/Dashboards/ServiceOverview.cs",
            "Acme.Dashboards.Tests/Acme.Dashboards.Tests.csproj", "Acme.Dashboards.Tests/DashboardTests.cs",
        ];
        foreach (var file in expected) Assert.True(File.Exists(Path.Combine(Project, file)), $"{file} missing in {Project}");

        Assert.Contains("DashboardsCli.Run(args, DashboardCatalog.Build)", Read("Acme.Dashboards/Program.cs"));
        Assert.Contains("namespace Acme.Dashboards", Read("Acme.Dashboards/ServiceMetrics.cs"));
        var packages = Read("Directory.Packages.props");
        Assert.Contains($"<PanelwrightVersion>{folder.Version}</PanelwrightVersion>", packages);
        Assert.DoesNotContain("PACKAGE_VERSION", packages);
        // The test packages at this repository's versions (so they restore from what the repository restored).
        var central = XDocument.Load(Path.Combine(folder.RepositoryRoot, "Directory.Packages.props")).Descendants("PackageVersion")
            .ToDictionary(e => e.Attribute("Include")!.Value, e => e.Attribute("Version")!.Value);
        foreach (var id in new[] { "Microsoft.NET.Test.Sdk", "xunit", "xunit.runner.visualstudio" })
            Assert.Contains($"<PackageVersion Include=\"{id}\" Version=\"{central[id]}\" />", packages);
        Assert.DoesNotContain("3B4D7C0E-51A2-4D0B-9C57-0D6E1C9A1001", Read("Acme.Dashboards.sln")); // fresh project GUIDs
        var readme = Read("README.md");
        Assert.Contains("dotnet run --project Acme.Dashboards", readme);
        Assert.Contains("dotnet test", readme);
        Assert.All(new[] { "bin/", "obj/", "out/" }, entry => Assert.Contains(entry, Read(".gitignore")));
    }

    [Fact]
    public void The_workflow_validates_every_change_plans_pull_requests_and_pushes_from_main()
    {
        RequireStep(folder.Instantiate);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(Read(".github/workflows/dashboards.yml")));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var on = (YamlMappingNode)root["on"];
        Assert.True(on.Children.ContainsKey("pull_request"));
        Assert.Equal("main", ((YamlSequenceNode)((YamlMappingNode)on["push"])["branches"]).Children.Single().ToString());
        var job = (YamlMappingNode)((YamlMappingNode)root["jobs"]).Children.Single().Value;
        var env = (YamlMappingNode)job["env"];
        Assert.Equal("${{ secrets.GRAFANA_URL }}", env["GRAFANA_URL"].ToString());
        Assert.Equal("${{ secrets.GRAFANA_TOKEN }}", env["GRAFANA_TOKEN"].ToString());
        var steps = ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>()
            .Where(s => s.Children.ContainsKey("run"))
            .ToDictionary(s => s["run"].ToString(), s => s.Children.TryGetValue("if", out var condition) ? condition.ToString() : null);
        Assert.Null(steps["dotnet run --project Acme.Dashboards -- validate"]);
        Assert.Equal("github.event_name == 'pull_request'", steps["dotnet run --project Acme.Dashboards -- plan"]);
        var push = steps.Single(s => s.Key.StartsWith("dotnet run --project Acme.Dashboards -- push", StringComparison.Ordinal));
        Assert.Contains("refs/heads/main", push.Value);
    }

    [Fact]
    public void The_new_solution_builds_against_the_packed_packages_from_a_private_cache()
    {
        RequireStep(folder.Build);
        Assert.True(Directory.Exists(Path.Combine(folder.PrivatePackages, "panelwright.dashboards.cli", folder.Version!)),
            "Panelwright.Dashboards.Cli was not restored into the private package cache");
        Assert.True(Directory.Exists(Path.Combine(folder.PrivatePackages, "panelwright.dashboards.testkit", folder.Version!)));
        var assets = File.ReadAllText(Path.Combine(Project, "Acme.Dashboards", "obj", "project.assets.json"));
        Assert.Contains($"\"Panelwright.Dashboards.Model/{folder.Version}\"", assets);
        Assert.DoesNotContain(folder.RepositoryRoot + "/src", assets); // packages, not project references into this repository
    }

    [Fact]
    public void Dotnet_run_writes_the_dashboard_and_rules_that_promtool_accepts()
    {
        RequireStep(folder.Emit);
        log.WriteLine($"empty folder to emitted JSON: {folder.EmptyFolderToJson.TotalSeconds:0.0} s " +
                      $"(install {folder.Install!.Elapsed.TotalSeconds:0.0} s, new {folder.Instantiate!.Elapsed.TotalSeconds:0.0} s, " +
                      $"build {folder.Build!.Elapsed.TotalSeconds:0.0} s, run {folder.Emit!.Elapsed.TotalSeconds:0.0} s)");
        Assert.Contains("Wrote 1 dashboard(s) and 1 rule file(s)", folder.Emit!.Output);

        var dashboardPath = Path.Combine(Project, "out", "services", "service-overview.json");
        var json = File.ReadAllText(dashboardPath);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1") UpdateTemplateGoldenCopies();
        // What the packages emit is what the template's golden copy says (after an intended emitter change:
        // UPDATE_GOLDEN=1 dotnet test tests/Dashboards.Packaging.Tests rewrites the template's copies; run it twice).
        Assert.Equal(Read("Acme.Dashboards.Tests/Golden/services/service-overview.json"), json);
        using var dashboard = JsonDocument.Parse(json);
        Assert.Equal("service-overview", dashboard.RootElement.GetProperty("uid").GetString());
        var expressions = dashboard.RootElement.GetProperty("panels").EnumerateArray()
            .SelectMany(p => p.GetProperty("targets").EnumerateArray())
            .Select(t => t.GetProperty("expr").GetString()!)
            .ToList();
        Assert.Equal(3, expressions.Count);
        var rejected = Promtool.CheckExpressions(expressions);
        Assert.True(rejected.Count == 0, string.Join("\n", rejected.Select(r => $"{expressions[r.Key]}: {r.Value}")));

        var rules = Promtool.CheckRules(File.ReadAllText(Path.Combine(Project, "out", "rules", "services.yml")));
        Assert.True(rules.Success, rules.ToString());
    }

    [Fact]
    public void Dotnet_test_passes_in_the_new_solution()
    {
        RequireStep(folder.Test);
        var summary = Regex.Match(folder.Test!.Output, @"Failed:\s+(\d+), Passed:\s+(\d+)");
        Assert.True(summary.Success, folder.Test.ToString());
        Assert.Equal("0", summary.Groups[1].Value);
        Assert.True(int.Parse(summary.Groups[2].Value) >= 4, folder.Test.ToString());
    }

    /// <summary>Copies what the new solution emitted into the template's own Golden/ folder in this repository.</summary>
    private void UpdateTemplateGoldenCopies()
    {
        var golden = Path.Combine(folder.RepositoryRoot, "src", "Dashboards.Templates", "content", "grafana-dashboards", "Company.Dashboards.Tests", "Golden");
        var output = Path.Combine(Project, "out");
        foreach (var file in Directory.GetFiles(output, "*", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith('.')))
        {
            var target = Path.Combine(golden, Path.GetRelativePath(output, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    private string Read(string relativePath) => File.ReadAllText(Path.Combine(Project, relativePath));

    private void RequireStep(ProcessResult? step)
    {
        foreach (var done in new[] { folder.Pack, folder.Install, folder.Instantiate, folder.Build, folder.Emit, folder.Test })
        {
            if (done is null) break;
            Assert.True(done.ExitCode == 0, done.ToString());
            if (ReferenceEquals(done, step)) return;
        }
        Assert.NotNull(step);
    }
}
