using System.Runtime.CompilerServices;
using System.Text;
using Dashboards.Model;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Dashboards.TestKit;

/// <summary>
/// Compares emitted JSON and rule files with committed golden copies, laid out as the CLI writes them:
/// <c>&lt;folder uid&gt;/&lt;dashboard uid&gt;.json</c> and <c>rules/&lt;name&gt;.yml</c>.
/// A difference fails with a line diff; with the environment variable <c>UPDATE_GOLDEN=1</c> the golden copies are
/// rewritten instead (review <c>git diff</c>, then commit them).
/// </summary>
public sealed class GoldenFiles
{
    /// <summary>The environment variable that, set to <c>1</c>, rewrites golden copies instead of comparing.</summary>
    public const string UpdateVariable = "UPDATE_GOLDEN";

    private const int MaxDiffLines = 80;

    public GoldenFiles(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory = Path.GetFullPath(directory);
    }

    /// <summary>Where the golden copies live.</summary>
    public string Directory { get; }

    /// <summary>True when <c>UPDATE_GOLDEN=1</c>: <see cref="Verify"/> writes instead of comparing.</summary>
    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>
    /// Golden copies in <paramref name="subdirectory"/> of the test project that calls this (the nearest folder above
    /// the calling source file, or else above the test binaries, that holds a project file).
    /// </summary>
    public static GoldenFiles InProject(string subdirectory = "Golden", [CallerFilePath] string callerFile = "")
    {
        var project = FindProjectDirectory(Path.GetDirectoryName(callerFile))
            ?? FindProjectDirectory(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException(
                $"No project folder found above '{callerFile}' or '{AppContext.BaseDirectory}'; pass the golden folder to new GoldenFiles(path).");
        return new GoldenFiles(Path.Combine(project, subdirectory));
    }

    /// <summary>
    /// Compares every dashboard and rule file of <paramref name="compilation"/> with its golden copy, and fails on golden
    /// copies that no output has any more (a dashboard removed or renamed). All differences are reported together.
    /// </summary>
    public void VerifyAll(CatalogCompilation compilation)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        if (!compilation.Success)
            throw new DashboardAssertionException("The compilation failed; there is nothing to compare:\n  - " + string.Join("\n  - ", compilation.Errors));

        var outputs = Outputs(compilation);
        var failures = new List<string>();
        foreach (var (path, text) in outputs)
        {
            if (Compare(path, text) is { } failure) failures.Add(failure);
        }

        var stale = System.IO.Directory.Exists(Directory)
            ? System.IO.Directory.EnumerateFiles(Directory, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Directory, f).Replace('\\', '/'))
                .Where(f => !outputs.ContainsKey(f))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];
        if (Updating)
        {
            foreach (var file in stale) File.Delete(Path.Combine(Directory, file));
        }
        else if (stale.Count > 0)
        {
            failures.Add($"Golden copies with no output (a dashboard or rule file was removed or renamed): {string.Join(", ", stale)}.");
        }

        if (failures.Count > 0)
            throw new DashboardAssertionException(string.Join("\n\n", failures) + "\n\n" + UpdateHint);
    }

    /// <summary>Compares <paramref name="actual"/> with the golden copy at <paramref name="relativePath"/> (or writes it when updating).</summary>
    public void Verify(string relativePath, string actual)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(relativePath);
        ArgumentNullException.ThrowIfNull(actual);
        if (Compare(relativePath, actual) is { } failure)
            throw new DashboardAssertionException(failure + "\n\n" + UpdateHint);
    }

    /// <summary>Every output as the CLI writes it: relative path and UTF-8 text.</summary>
    public static IReadOnlyDictionary<string, string> Outputs(CatalogCompilation compilation)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        var outputs = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in compilation.Dashboards)
            outputs[$"{d.Folder.Uid}/{d.Uid}.json"] = Encoding.UTF8.GetString(d.Json);
        foreach (var r in compilation.RuleFiles)
            outputs[$"rules/{r.Name}.yml"] = r.Yaml;
        return outputs;
    }

    private string? Compare(string relativePath, string actual)
    {
        var path = Path.Combine(Directory, relativePath);
        if (Updating)
        {
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return null;
        }
        if (!File.Exists(path)) return $"{relativePath}: no golden copy at {path}.";
        var expected = File.ReadAllText(path, Encoding.UTF8).ReplaceLineEndings("\n");
        if (expected == actual.ReplaceLineEndings("\n")) return null;
        return $"{relativePath} differs from its golden copy ({path}); '-' golden, '+' emitted:\n{Diff(expected, actual)}";
    }

    private static string UpdateHint =>
        $"If the change is intended, rerun the tests with {UpdateVariable}=1 to rewrite the golden copies, review the diff, and commit them.";

    /// <summary>The changed lines with two lines of context and line numbers, at most <see cref="MaxDiffLines"/> lines.</summary>
    internal static string Diff(string expected, string actual)
    {
        var lines = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false).Lines;
        var show = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type is ChangeType.Unchanged) continue;
            for (var j = Math.Max(0, i - 2); j <= Math.Min(lines.Count - 1, i + 2); j++) show[j] = true;
        }

        var builder = new StringBuilder();
        var shown = 0;
        var expectedLine = 0;
        var actualLine = 0;
        var gap = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Type != ChangeType.Inserted) expectedLine++;
            if (line.Type != ChangeType.Deleted) actualLine++;
            if (!show[i])
            {
                gap = true;
                continue;
            }
            if (gap && builder.Length > 0) builder.Append("  ...\n");
            gap = false;
            if (++shown > MaxDiffLines)
            {
                builder.Append($"  ... ({lines.Count(l => l.Type != ChangeType.Unchanged)} changed lines in all)\n");
                break;
            }
            var (mark, number) = line.Type switch
            {
                ChangeType.Deleted => ('-', expectedLine),
                ChangeType.Inserted => ('+', actualLine),
                _ => (' ', actualLine),
            };
            builder.Append(mark).Append(' ').Append(number.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(5)).Append(" | ").Append(line.Text).Append('\n');
        }
        return builder.ToString().TrimEnd();
    }

    private static string? FindProjectDirectory(string? start)
    {
        for (var dir = start; !string.IsNullOrEmpty(dir); dir = Path.GetDirectoryName(dir))
        {
            if (System.IO.Directory.Exists(dir) && System.IO.Directory.EnumerateFiles(dir, "*.*proj").Any()) return dir;
        }
        return null;
    }
}
