using System.Reflection;
using System.Xml.Linq;

namespace Dashboards.Packaging.Tests;

/// <summary>
/// The package graph, pinned: which src project references which, and which third-party packages each takes. Adopters
/// take only what they need, so the model and the query languages stay free of third-party packages, and the model
/// knows no query language (they attach from Dashboards.Prometheus and Dashboards.Loki). Changing the graph means
/// changing <see cref="Expected"/> here, README's layout and docs/model.md on purpose.
/// </summary>
public sealed class PackageGraphTests
{
    /// <summary>Project → (direct project references, direct package references).</summary>
    private static readonly Dictionary<string, (string[] Projects, string[] Packages)> Expected = new()
    {
        ["Dashboards.QuerySyntax"] = ([], []),
        ["Dashboards.PromQL"] = (["Dashboards.QuerySyntax"], []),
        ["Dashboards.PromQL.Rules"] = (["Dashboards.PromQL"], ["YamlDotNet"]),
        ["Dashboards.LogQL"] = (["Dashboards.QuerySyntax"], []),
        ["Dashboards.Model"] = ([], []),
        ["Dashboards.Prometheus"] = (["Dashboards.Model", "Dashboards.PromQL"], []),
        ["Dashboards.Loki"] = (["Dashboards.LogQL", "Dashboards.Model"], []),
        ["Dashboards.Compiler"] = (["Dashboards.Model", "Dashboards.PromQL.Rules"], ["NJsonSchema"]),
        ["Dashboards.Provisioning"] = ([], ["DiffPlex", "Microsoft.Extensions.Http", "Microsoft.Extensions.Http.Resilience", "YamlDotNet"]),
        ["Dashboards.Review"] = (["Dashboards.Compiler", "Dashboards.Loki", "Dashboards.Model", "Dashboards.Prometheus", "Dashboards.PromQL"], ["YamlDotNet"]),
        ["Dashboards.Import"] = (["Dashboards.Model", "Dashboards.PromQL"], []),
        ["Dashboards.TestKit"] = (["Dashboards.Compiler", "Dashboards.Model", "Dashboards.Prometheus"], ["DiffPlex"]),
        ["Dashboards.Cli"] = (["Dashboards.Compiler", "Dashboards.Import", "Dashboards.Loki", "Dashboards.Model", "Dashboards.Prometheus", "Dashboards.Provisioning", "Dashboards.Review"], ["Spectre.Console", "System.CommandLine"]),
        ["Dashboards.Templates"] = ([], []),
        ["Dashboards.Generator"] = ([], []),
    };

    private static readonly string Root = typeof(PackageGraphTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    private static readonly Dictionary<string, (string[] Projects, string[] Packages)> Actual = ReadGraph();

    private static Dictionary<string, (string[] Projects, string[] Packages)> ReadGraph()
    {
        var graph = new Dictionary<string, (string[], string[])>(StringComparer.Ordinal);
        foreach (var csproj in Directory.GetDirectories(Path.Combine(Root, "src")).SelectMany(d => Directory.GetFiles(d, "*.csproj")))
        {
            var xml = XDocument.Load(csproj);
            string[] Includes(string item) => xml.Descendants(item)
                .Select(e => e.Attribute("Include")!.Value)
                .Select(include => item == "ProjectReference" ? Path.GetFileNameWithoutExtension(include) : include)
                .Order(StringComparer.Ordinal).ToArray();
            graph[Path.GetFileNameWithoutExtension(csproj)] = (Includes("ProjectReference"), Includes("PackageReference"));
        }
        return graph;
    }

    [Fact]
    public void Every_src_project_references_exactly_the_pinned_projects_and_packages()
    {
        Assert.Equal(Expected.Keys.Order(StringComparer.Ordinal), Actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (project, (projects, packages)) in Expected)
        {
            Assert.True(projects.Order(StringComparer.Ordinal).SequenceEqual(Actual[project].Projects),
                $"{project} references projects [{string.Join(", ", Actual[project].Projects)}]; the pinned graph says [{string.Join(", ", projects)}]");
            Assert.True(packages.Order(StringComparer.Ordinal).SequenceEqual(Actual[project].Packages),
                $"{project} references packages [{string.Join(", ", Actual[project].Packages)}]; the pinned graph says [{string.Join(", ", packages)}]");
        }
    }

    [Theory]
    [InlineData("Dashboards.Model")]
    [InlineData("Dashboards.QuerySyntax")]
    [InlineData("Dashboards.PromQL")]
    [InlineData("Dashboards.LogQL")]
    [InlineData("Dashboards.Prometheus")]
    [InlineData("Dashboards.Loki")]
    public void The_model_and_the_query_languages_take_no_third_party_package_even_transitively(string project)
    {
        var closure = Closure(project);
        var packages = closure.SelectMany(p => Actual[p].Packages).Distinct().ToList();
        Assert.True(packages.Count == 0, $"{project} brings in [{string.Join(", ", packages)}] through [{string.Join(", ", closure)}]");
    }

    [Fact]
    public void The_model_knows_no_query_language()
    {
        var closure = Closure("Dashboards.Model");
        Assert.Equal(["Dashboards.Model"], closure);
        // Nor does its code name one: the emitter and the validator no longer switch over Prometheus or Loki types.
        var mentions = Directory.GetFiles(Path.Combine(Root, "src", "Dashboards.Model"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllLines(f).Any(l => l.StartsWith("using Dashboards.PromQL", StringComparison.Ordinal) || l.StartsWith("using Dashboards.LogQL", StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(Root, f))
            .ToList();
        Assert.Empty(mentions);
    }

    [Fact]
    public void The_compiler_takes_the_schema_validator_and_the_rule_files_not_the_query_attachments()
    {
        var closure = Closure("Dashboards.Compiler");
        Assert.Contains("Dashboards.PromQL.Rules", closure);
        Assert.DoesNotContain("Dashboards.Prometheus", closure);
        Assert.DoesNotContain("Dashboards.Loki", closure);
        Assert.DoesNotContain("Dashboards.LogQL", closure);
        Assert.Contains("NJsonSchema", Actual["Dashboards.Compiler"].Packages);
    }

    private static List<string> Closure(string project)
    {
        var seen = new SortedSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>([project]);
        while (stack.TryPop(out var next))
            if (seen.Add(next))
                foreach (var reference in Actual[next].Projects) stack.Push(reference);
        return [.. seen];
    }
}
