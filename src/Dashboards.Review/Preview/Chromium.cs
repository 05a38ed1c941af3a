using System.Diagnostics;

namespace Dashboards.Review.Preview;

/// <summary>
/// Debian's headless Chromium (<c>apt-get install chromium</c>): where it is, and the flags it needs on a closed,
/// sandbox-less machine (no first-run, no background networking, a throwaway profile).
/// </summary>
public static class Chromium
{
    /// <summary>$CHROMIUM, /usr/bin/chromium, or chromium / chromium-browser on PATH; null when none.</summary>
    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable("CHROMIUM") is { Length: > 0 } configured && File.Exists(configured)) return configured;
        if (File.Exists("/usr/bin/chromium")) return "/usr/bin/chromium";
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in new[] { "chromium", "chromium-browser" })
            {
                var path = Path.Combine(dir, name);
                if (File.Exists(path)) return path;
            }
        }
        return null;
    }

    /// <summary>The flags every headless start uses, with <paramref name="profile"/> as a fresh user data directory.</summary>
    public static IReadOnlyList<string> HeadlessArguments(string profile) =>
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-quic", "--no-first-run", "--hide-scrollbars", "--user-data-dir=" + profile,
    ];

    /// <summary>Renders <paramref name="html"/> (a file) to <paramref name="png"/> in a window of the given size.</summary>
    public static async Task ScreenshotAsync(string html, string png, int width, int height, CancellationToken cancellationToken = default)
    {
        var chromium = Find() ?? throw new InvalidOperationException(
            "--png needs Chromium: install Debian's package (apt-get install chromium) or set CHROMIUM to its path.");
        var profile = Directory.CreateTempSubdirectory("preview-chromium-").FullName;
        try
        {
            var start = new ProcessStartInfo(chromium) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var argument in HeadlessArguments(profile)) start.ArgumentList.Add(argument);
            start.ArgumentList.Add($"--window-size={width},{height}");
            start.ArgumentList.Add("--screenshot=" + Path.GetFullPath(png));
            start.ArgumentList.Add(new Uri(Path.GetFullPath(html)).AbsoluteUri);
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            _ = process.StandardOutput.ReadToEndAsync(cancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(90));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"Chromium did not finish the screenshot of {html} within 90 s.");
            }
            if (process.ExitCode != 0 || !File.Exists(png))
                throw new InvalidOperationException($"Chromium could not render {html} (exit {process.ExitCode}): {Last(await stderr)}");
        }
        finally
        {
            try { Directory.Delete(profile, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static string Last(string text) => text.Length <= 800 ? text : text[^800..];
}
