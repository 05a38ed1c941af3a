using System.Diagnostics;
using System.Globalization;

namespace Dashboards.Testing.SyntheticData;

/// <summary>Creates TSDB blocks with <c>promtool tsdb create-blocks-from ...</c> (Prometheus backfilling).</summary>
public static class TsdbBlocks
{
    private static readonly TimeSpan PromtoolTimeout = TimeSpan.FromMinutes(5);

    /// <summary>
    /// <c>promtool tsdb create-blocks-from openmetrics &lt;file&gt; &lt;dataDirectory&gt;</c>. The server must be stopped
    /// (or not started yet): it only reads blocks at start-up.
    /// </summary>
    public static Task CreateFromOpenMetricsAsync(string openMetricsFile, string dataDirectory, CancellationToken cancellationToken = default) =>
        RunPromtoolAsync(["tsdb", "create-blocks-from", "openmetrics", "--quiet", openMetricsFile, dataDirectory], cancellationToken);

    /// <summary>
    /// Backfills the recording rules of <paramref name="ruleFile"/> from a running Prometheus into new blocks under
    /// <paramref name="outputDirectory"/> (<c>promtool tsdb create-blocks-from rules</c>). Alerting rules are ignored by promtool.
    /// Rules that read the output of other rules need a second pass after the first pass's blocks are loaded.
    /// </summary>
    public static Task CreateFromRulesAsync(
        string ruleFile, Uri prometheus, DateTimeOffset start, DateTimeOffset end, TimeSpan evaluationInterval,
        string outputDirectory, CancellationToken cancellationToken = default) =>
        RunPromtoolAsync(
            [
                "tsdb", "create-blocks-from", "rules", "--quiet",
                "--url=" + prometheus.ToString().TrimEnd('/'),
                "--start=" + start.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
                "--end=" + end.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
                "--eval-interval=" + (int)evaluationInterval.TotalSeconds + "s",
                "--output-dir=" + outputDirectory,
                ruleFile,
            ],
            cancellationToken);

    /// <summary>Moves every block directory (named by ULID) from <paramref name="from"/> into <paramref name="dataDirectory"/>.</summary>
    public static int MoveBlocks(string from, string dataDirectory)
    {
        if (!Directory.Exists(from)) return 0;
        var moved = 0;
        foreach (var block in Directory.EnumerateDirectories(from))
        {
            if (!File.Exists(Path.Combine(block, "meta.json"))) continue; // promtool scratch directories
            Directory.Move(block, Path.Combine(dataDirectory, Path.GetFileName(block)));
            moved++;
        }

        return moved;
    }

    private static async Task RunPromtoolAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(PrometheusBinaries.Promtool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        using var process = Process.Start(start) ?? throw new InvalidOperationException("promtool did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(PromtoolTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"promtool {string.Join(' ', arguments)} did not finish within {PromtoolTimeout}.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"promtool {string.Join(' ', arguments)} failed with exit code {process.ExitCode}:\n{await stderr}\n{await stdout}");
        }
    }
}
