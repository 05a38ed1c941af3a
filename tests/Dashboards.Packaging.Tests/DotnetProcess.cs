using System.Diagnostics;
using System.Text;

namespace Dashboards.Packaging.Tests;

public sealed record ProcessResult(string Command, int ExitCode, string Output, TimeSpan Elapsed)
{
    public override string ToString() => $"`{Command}` exited {ExitCode} after {Elapsed.TotalSeconds:0.0} s:\n{Output}";
}

/// <summary>Runs the dotnet CLI as a user would, in a given folder and environment, with a time limit.</summary>
internal static class DotnetProcess
{
    // Variables the test host or an outer build sets that would steer a nested build (MSBuild node reuse, SDK paths, test runner).
    private static readonly string[] InheritedPrefixesToDrop = ["MSBuild", "MSBUILD", "VSTEST", "TESTINGPLATFORM", "DOTNET_HOST_PATH"];

    public static ProcessResult Run(string workingDirectory, IReadOnlyDictionary<string, string?> environment, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var name in start.Environment.Keys.ToList())
        {
            if (InheritedPrefixesToDrop.Any(p => name.StartsWith(p, StringComparison.Ordinal))) start.Environment.Remove(name);
        }
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach (var (name, value) in environment)
        {
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        }

        var output = new StringBuilder();
        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new ProcessResult("dotnet " + string.Join(' ', arguments), -1, output + $"\n(killed after {timeout.TotalSeconds:0} s)", stopwatch.Elapsed);
        }
        process.WaitForExit();
        return new ProcessResult("dotnet " + string.Join(' ', arguments), process.ExitCode, output.ToString(), stopwatch.Elapsed);
    }
}
