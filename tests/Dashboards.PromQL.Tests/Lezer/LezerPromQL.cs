using System.Reflection;
using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Dashboards.PromQL.Tests.Lezer;

/// <summary>
/// Prometheus's Lezer grammar for PromQL (npm <c>@prometheus-io/lezer-promql</c>, pinned to the release matching
/// Prometheus 3.14, locked in Lezer/package-lock.json), run by node. It checks syntax only, not types: a syntax error
/// there means Prometheus rejects the query; a clean parse means the text is well-formed PromQL 3.x. build.cake's
/// TestTools task runs <c>npm ci</c> in the folder; when node_modules is still missing the judge runs it itself.
/// </summary>
public static class LezerPromQL
{

    private static readonly Lazy<string> Directory = new(Install);

    /// <summary>For each query, null when it parses cleanly, else the offset of the first syntax error.</summary>
    public static IReadOnlyList<int?> Check(IReadOnlyList<string> queries)
    {
        var dir = Directory.Value;
        var input = new StringBuilder();
        foreach (var q in queries) input.Append(JsonSerializer.Serialize(q)).Append('\n');
        var (exit, stdout, stderr) = Run("node", $"\"{Path.Combine(dir, "check-promql.cjs")}\"", dir, input.ToString());
        if (exit != 0) throw new InvalidOperationException($"node check-promql.cjs failed ({exit}): {stderr}");
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length != queries.Count) throw new InvalidOperationException($"expected {queries.Count} results, got {lines.Length}: {stderr}");
        return lines.Select(l => l == "ok" ? (int?)null : int.Parse(l["error ".Length..], System.Globalization.CultureInfo.InvariantCulture)).ToList();
    }

    private static string Install()
    {
        var dir = typeof(LezerPromQL).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "LezerJudgeFolder").Value!;
        if (File.Exists(Path.Combine(dir, "node_modules", "@prometheus-io", "lezer-promql", "package.json"))) return dir;
        var (exit, stdout, stderr) = Run("npm", "ci --no-audit --no-fund", dir, null);
        if (exit != 0)
            throw new InvalidOperationException($"npm ci in {dir} failed ({exit}); the tests need node and npm (Debian: apt-get install nodejs npm).\n{stdout}\n{stderr}");
        return dir;
    }

    private static (int Exit, string Stdout, string Stderr) Run(string file, string arguments, string directory, string? input)
    {
        var info = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardInput = input is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            using var writer = new StreamWriter(process.StandardInput.BaseStream, new UTF8Encoding(false));
            writer.Write(input);
        }
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
