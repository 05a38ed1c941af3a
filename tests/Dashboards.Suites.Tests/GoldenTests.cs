using System.Reflection;
using System.Text;
using Dashboards.Suites.Tests.Support;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Dashboards.Suites.Tests;

/// <summary>
/// The emitted JSON and rule files are committed under Golden/ (Golden/&lt;folder&gt;/&lt;uid&gt;.json, Golden/rules/&lt;name&gt;.yml);
/// any change to them must be deliberate. Rewrite them with <c>UPDATE_GOLDEN=1 dotnet test tests/Dashboards.Suites.Tests</c>.
/// </summary>
public sealed class GoldenTests
{
    private const string UpdateHint =
        "If the change is intended, run `UPDATE_GOLDEN=1 dotnet test tests/Dashboards.Suites.Tests`, review `git diff`, and commit the golden files.";

    private static readonly string GoldenDirectory = typeof(GoldenTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "GoldenDirectory").Value!;

    private static bool Updating => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    /// <summary>Every output as the CLI writes it: relative path and UTF-8 text.</summary>
    private static IReadOnlyDictionary<string, string> Outputs()
    {
        var outputs = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in CompiledSuites.Compilation.Dashboards)
            outputs[$"{d.Folder.Uid}/{d.Uid}.json"] = Encoding.UTF8.GetString(d.Json);
        foreach (var r in CompiledSuites.Compilation.RuleFiles)
            outputs[$"rules/{r.Name}.yml"] = r.Yaml;
        return outputs;
    }

    public static TheoryData<string> OutputPaths => new(Outputs().Keys);

    [Theory]
    [MemberData(nameof(OutputPaths))]
    public void Output_matches_its_golden_copy(string relativePath)
    {
        var actual = Outputs()[relativePath];
        var path = Path.Combine(GoldenDirectory, relativePath);
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return;
        }

        Assert.True(File.Exists(path), $"No golden copy of {relativePath} at {path}. {UpdateHint}");
        var expected = File.ReadAllText(path, Encoding.UTF8);
        if (expected != actual)
            Assert.Fail($"{relativePath} differs from its golden copy ({path}):\n{Diff(expected, actual)}\n{UpdateHint}");
    }

    [Fact]
    public void Every_golden_copy_belongs_to_an_output()
    {
        if (!Directory.Exists(GoldenDirectory)) Assert.Fail($"Golden directory {GoldenDirectory} is missing. {UpdateHint}");
        var outputs = Outputs();
        var stale = Directory.EnumerateFiles(GoldenDirectory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(GoldenDirectory, f).Replace('\\', '/'))
            .Where(f => !outputs.ContainsKey(f))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (Updating)
        {
            foreach (var f in stale) File.Delete(Path.Combine(GoldenDirectory, f));
            return;
        }
        Assert.True(stale.Count == 0, $"Golden copies with no output (a dashboard or rule file was removed or renamed): {string.Join(", ", stale)}. {UpdateHint}");
    }

    /// <summary>The changed lines with a little context, at most 60 lines.</summary>
    private static string Diff(string expected, string actual)
    {
        var model = InlineDiffBuilder.Diff(expected, actual);
        var lines = model.Lines;
        var builder = new StringBuilder();
        var shown = 0;
        for (var i = 0; i < lines.Count && shown < 60; i++)
        {
            var near = Enumerable.Range(Math.Max(0, i - 2), Math.Min(lines.Count, i + 3) - Math.Max(0, i - 2))
                .Any(j => lines[j].Type != ChangeType.Unchanged);
            if (!near) continue;
            var prefix = lines[i].Type switch { ChangeType.Inserted => "+ ", ChangeType.Deleted => "- ", _ => "  " };
            builder.Append(lines[i].Position is { } p ? $"{p,5} " : "      ").Append(prefix).AppendLine(lines[i].Text);
            shown++;
        }
        return builder.ToString();
    }
}
