using System.CommandLine;
using Dashboards.Review.DataCheck.Prometheus;
using Dashboards.Review.Preview;

namespace Dashboards.Cli.Review;

/// <summary><c>preview --output DIR [--png] [--prometheus URL]</c>: HTML pages of every dashboard's layout, for reviewers.</summary>
internal static class PreviewCommand
{
    private static readonly Option<DirectoryInfo> Output = new("--output", "-o")
    {
        Description = "Directory for index.html and <folder>/<uid>.html (and .png) per dashboard.",
        DefaultValueFactory = _ => new DirectoryInfo("preview"),
    };

    private static readonly Option<bool> Png = new("--png") { Description = "Also render each page to a PNG with headless Chromium (Debian's chromium, or $CHROMIUM)." };
    private static readonly Option<string?> Prometheus = new("--prometheus") { Description = "Draw small charts of the real series from this Prometheus (auth from $PROMETHEUS_TOKEN or $PROMETHEUS_USER/$PROMETHEUS_PASSWORD)." };

    public static void AddTo(RootCommand root, CliContext context)
    {
        var command = new Command("preview", "Write an HTML preview of every dashboard on Grafana's 24-column grid: titles, types, sizes, units, thresholds, queries.");
        command.Options.Add(Output);
        command.Options.Add(Png);
        command.Options.Add(Prometheus);
        command.SetAction((result, cancellationToken) => RunAsync(context, result, cancellationToken));
        root.Subcommands.Add(command);
    }

    private static async Task<int> RunAsync(CliContext context, ParseResult result, CancellationToken cancellationToken)
    {
        var url = result.GetValue(Prometheus);
        Uri? uri = null;
        if (url is not null && (!Uri.TryCreate(url, UriKind.Absolute, out uri) || uri.Scheme is not ("http" or "https")))
        {
            context.Error.WriteLine($"--prometheus '{url}' is not an http(s) URL.");
            return ExitCodes.UsageError;
        }
        if (result.GetValue(Png) && Chromium.Find() is null)
        {
            context.Error.WriteLine("--png needs Chromium: install Debian's package (apt-get install chromium) or set CHROMIUM to its path.");
            return ExitCodes.UsageError;
        }
        if (!context.TryCompile(out var compilation)) return ExitCodes.ValidationFailed;

        var output = result.GetValue(Output)!;
        var token = Environment.GetEnvironmentVariable("PROMETHEUS_TOKEN");
        var user = Environment.GetEnvironmentVariable("PROMETHEUS_USER");
        using var client = uri is null
            ? null
            : new PrometheusConnection(uri, string.IsNullOrEmpty(token) ? null : token, string.IsNullOrEmpty(user) || !string.IsNullOrEmpty(token) ? null : user,
                Environment.GetEnvironmentVariable("PROMETHEUS_PASSWORD")).CreateClient();
        try
        {
            var pages = await PreviewWriter.WriteAsync(compilation, output.FullName,
                new PreviewOptions { Png = result.GetValue(Png), Prometheus = client }, cancellationToken);
            context.Out.WriteLine($"Wrote {pages.Count} preview page(s){(pages.Any(p => p.Png is not null) ? " and PNGs" : "")} and index.html to {output.FullName}");
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            context.Error.WriteLine($"Prometheus at {uri} is unreachable or refused the request: {e.Message}");
            return ExitCodes.GrafanaUnavailable;
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"Could not write the preview: {e.Message}");
            return ExitCodes.ValidationFailed;
        }
    }
}
