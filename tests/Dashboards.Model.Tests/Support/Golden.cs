using System.Runtime.CompilerServices;
using System.Text;

namespace Dashboards.Model.Tests;

/// <summary>
/// Compares emitted bytes with tests/Dashboards.Model.Tests/Golden/&lt;name&gt;.json.
/// Set UPDATE_GOLDEN=1 to rewrite the files instead (then review the diff before committing).
/// </summary>
internal static class Golden
{
    public static void Verify(string name, byte[] actual, [CallerFilePath] string callerFile = "")
    {
        var directory = Path.Combine(ProjectDirectory(callerFile), "Golden");
        var path = Path.Combine(directory, name + ".json");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllBytes(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"Golden file {path} is missing; run the tests with UPDATE_GOLDEN=1 to create it.");
        var expected = File.ReadAllBytes(path);
        if (expected.AsSpan().SequenceEqual(actual)) return;
        Assert.Fail($"Emitted JSON differs from {path} ({FirstDifference(expected, actual)}). If the change is intended, rerun with UPDATE_GOLDEN=1.");
    }

    private static string ProjectDirectory(string callerFile)
    {
        var dir = Path.GetDirectoryName(callerFile)!;
        while (!File.Exists(Path.Combine(dir, "Dashboards.Model.Tests.csproj")))
            dir = Path.GetDirectoryName(dir) ?? throw new InvalidOperationException("Test project directory not found from " + callerFile);
        return dir;
    }

    private static string FirstDifference(byte[] expected, byte[] actual)
    {
        var e = Encoding.UTF8.GetString(expected).Split('\n');
        var a = Encoding.UTF8.GetString(actual).Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end of file>";
            var al = i < a.Length ? a[i] : "<end of file>";
            if (el != al) return $"line {i + 1}: expected `{el.Trim()}`, got `{al.Trim()}`";
        }
        return "same lines, different bytes";
    }
}
