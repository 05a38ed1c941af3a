using System.Diagnostics;
using System.Reflection;
using System.Text.Json;

namespace Dashboards.LogQL.Tests.Lezer;

/// <summary>
/// Grafana's LogQL grammar (npm <c>@grafana/lezer-logql</c>, pinned in Lezer/package-lock.json) run under node as an
/// outside judge. build.cake's TestTools task runs <c>npm ci</c> in the folder; when node_modules is still missing the
/// judge runs it itself. Missing node is an error, never a silent skip.
/// </summary>
public static class LezerLogQL
{
    public sealed record Verdict(bool Ok, int From, string Node);

    private static readonly Lazy<string> Folder = new(Prepare);

    public static string JudgeFolder => typeof(LezerLogQL).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "LezerJudgeFolder").Value!;

    /// <summary>Parses each query with lezer-logql; one verdict per query, in order.</summary>
    public static IReadOnlyList<Verdict> Judge(IReadOnlyList<string> queries)
    {
        var folder = Folder.Value;
        var result = Run("node", "judge.mjs", folder, JsonSerializer.Serialize(queries));
        if (result.ExitCode != 0) throw new InvalidOperationException($"lezer-logql judge failed ({result.ExitCode}): {result.Error}");
        var verdicts = JsonSerializer.Deserialize<List<Verdict>>(result.Output, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        Assert.Equal(queries.Count, verdicts.Count);
        return verdicts;
    }

    private static string Prepare()
    {
        var folder = JudgeFolder;
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "@grafana", "lezer-logql")))
        {
            var install = Run("npm", "ci --no-audit --no-fund", folder, null);
            if (install.ExitCode != 0) throw new InvalidOperationException($"npm ci in {folder} failed: {install.Error}");
        }
        return folder;
    }

    private static (int ExitCode, string Output, string Error) Run(string file, string arguments, string folder, string? input)
    {
        var info = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(info)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"'{file}' was not found: install node (20+) and npm; the LogQL tests need Grafana's lezer-logql.", e);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (input is not null) process.StandardInput.Write(input);
            process.StandardInput.Close();
            process.WaitForExit();
            return (process.ExitCode, output.Result, error.Result);
        }
    }
}
