using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dashboards.Fidelity.Tests.Support;

/// <summary>One dashboard for the oracle: a name for messages, its JSON file, and the columns its C# says per panel title.</summary>
public sealed record OracleInput(string Name, string File, IReadOnlyDictionary<string, PanelExpectation>? Expect = null);

public sealed record PanelExpectation([property: JsonPropertyName("columns")] IReadOnlyList<string> Columns);

public sealed record OracleFailure(string Category, string Dashboard, string? Panel, string? Path, string Message)
{
    public override string ToString() => $"[{Category}] {Dashboard} / {Panel ?? "-"} at {Path ?? "-"}: {Message}";
}

public sealed record OracleReport(
    string Grafana,
    IReadOnlyDictionary<string, int> Checks,
    IReadOnlyDictionary<string, Dictionary<string, int>> ChecksByInput,
    IReadOnlyList<OracleFailure> Failures,
    GrafanaRegistry Registry);

/// <summary>The ids Grafana's registries hold (units, reducers, colour modes, field matchers, transformers, named colours), which transformers @grafana/data can run, and the table cell types.</summary>
public sealed record GrafanaRegistry(
    IReadOnlyList<string> Units,
    IReadOnlyList<string> Reducers,
    IReadOnlyList<string> ColorModes,
    IReadOnlyList<string> Matchers,
    IReadOnlyList<string> Transformers,
    IReadOnlyList<string> NamedColors,
    IReadOnlyList<string> ExecutableTransformers,
    IReadOnlyList<string> CellTypes);

/// <summary>
/// Runs tests/Dashboards.Fidelity.Tests/oracle/oracle.cjs: Grafana's own frontend packages (@grafana/data, @grafana/schema,
/// pinned by package-lock.json) judging dashboards under node. One node process per call.
/// </summary>
public static class GrafanaOracle
{
    public static string Directory { get; } = typeof(GrafanaOracle).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "OracleDirectory").Value!;

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>Runs <c>npm ci</c> when node_modules is missing (the README's test command does it first, in TestTools).</summary>
    public static void EnsureInstalled()
    {
        if (File.Exists(System.IO.Path.Combine(Directory, "node_modules", "@grafana", "data", "package.json"))) return;
        var (exit, output, error) = Run("npm", ["ci", "--no-audit", "--no-fund"], TimeSpan.FromMinutes(5));
        if (exit != 0)
            throw new InvalidOperationException($"`npm ci` in {Directory} failed ({exit}); the oracle needs node and npm (node 20+).\n{output}\n{error}");
    }

    public static OracleReport Judge(IReadOnlyList<OracleInput> inputs)
    {
        EnsureInstalled();
        var manifest = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"fidelity-{Guid.NewGuid():N}.json");
        File.WriteAllText(manifest, JsonSerializer.Serialize(new { dashboards = inputs }, Json));
        try
        {
            var (exit, output, error) = Run("node", ["oracle.cjs", manifest], TimeSpan.FromMinutes(3));
            if (exit != 0) throw new InvalidOperationException($"The oracle exited with {exit}:\n{error}\n{output}");
            return JsonSerializer.Deserialize<OracleReport>(output, Json)
                ?? throw new InvalidOperationException("The oracle wrote no report.");
        }
        finally
        {
            File.Delete(manifest);
        }
    }

    private static (int Exit, string Output, string Error) Run(string tool, string[] arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(tool)
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {tool}.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"'{tool}' is not installed; the fidelity oracle needs node 20+ and npm.", e);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"'{tool} {string.Join(' ', arguments)}' did not finish within {timeout}.");
            }
            return (process.ExitCode, output.Result, error.Result);
        }
    }
}
