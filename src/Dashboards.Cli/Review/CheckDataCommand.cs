using System.CommandLine;
using Dashboards.Review.DataCheck.Checks;
using Dashboards.Review.DataCheck.Prometheus;

namespace Dashboards.Cli.Review;

/// <summary>
/// <c>check-data --prometheus URL</c>: runs every query of every dashboard and rule file against a live Prometheus,
/// variables resolved from it as Grafana resolves them; exit 1 when any query has no data or fails.
/// </summary>
internal static class CheckDataCommand
{
    private static readonly Option<string?> Prometheus = new("--prometheus") { Description = "Prometheus base URL (default: $PROMETHEUS_URL)." };
    private static readonly Option<string?> Token = new("--token") { Description = "Bearer token (default: $PROMETHEUS_TOKEN). Prefer the variable." };
    private static readonly Option<string?> User = new("--user") { Description = "Basic-auth user (default: $PROMETHEUS_USER)." };
    private static readonly Option<string?> Password = new("--password") { Description = "Basic-auth password (default: $PROMETHEUS_PASSWORD). Prefer the variable." };
    private static readonly Option<string?> From = new("--from") { Description = "Start of the time range for every dashboard, e.g. now-24h (default: each dashboard's own)." };
    private static readonly Option<string?> To = new("--to") { Description = "End of the time range, e.g. now (default: each dashboard's own)." };
    private static readonly Option<DateTimeOffset?> At = new("--at") { Description = "Evaluate as of this time (ISO 8601) instead of now, e.g. to look at a past incident." };
    private static readonly Option<FileInfo?> Json = new("--json") { Description = "Also write the report as JSON to this file ('-' for standard output, instead of the text)." };
    private static readonly Option<bool> Failures = new("--failures-only") { Description = "List only the queries without data or with errors." };

    public static void AddTo(RootCommand root, CliContext context)
    {
        var command = new Command("check-data",
            "Run every query of every dashboard (panels, variables, annotations) and every rule against a live Prometheus. " +
            "Exit 1 when any query has no data or fails, 5 when Prometheus is unreachable or refuses the credentials.");
        foreach (var option in new Option[] { Prometheus, Token, User, Password, From, To, At, Json, Failures }) command.Options.Add(option);
        command.SetAction((result, cancellationToken) => RunAsync(context, result, cancellationToken));
        root.Subcommands.Add(command);
    }

    private static async Task<int> RunAsync(CliContext context, ParseResult result, CancellationToken cancellationToken)
    {
        var url = result.GetValue(Prometheus) ?? Environment.GetEnvironmentVariable("PROMETHEUS_URL");
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            context.Error.WriteLine(string.IsNullOrWhiteSpace(url)
                ? "check-data needs --prometheus URL (or $PROMETHEUS_URL)."
                : $"--prometheus '{url}' is not an http(s) URL.");
            return ExitCodes.UsageError;
        }
        var token = result.GetValue(Token) ?? Environment.GetEnvironmentVariable("PROMETHEUS_TOKEN");
        var user = result.GetValue(User) ?? Environment.GetEnvironmentVariable("PROMETHEUS_USER");
        var password = result.GetValue(Password) ?? Environment.GetEnvironmentVariable("PROMETHEUS_PASSWORD");
        if (!string.IsNullOrEmpty(token) && !string.IsNullOrEmpty(user))
        {
            context.Error.WriteLine("Give a bearer token or a user and password for Prometheus, not both.");
            return ExitCodes.UsageError;
        }
        var from = result.GetValue(From);
        var to = result.GetValue(To);
        if ((from is null) != (to is null))
        {
            context.Error.WriteLine("Give --from and --to together.");
            return ExitCodes.UsageError;
        }
        if (!context.TryCompile(out var compilation)) return ExitCodes.ValidationFailed;

        var connection = new PrometheusConnection(uri, string.IsNullOrEmpty(token) ? null : token, string.IsNullOrEmpty(user) ? null : user, password);
        using var client = connection.CreateClient();
        DataCheckReport report;
        try
        {
            var probe = await client.QueryAsync("vector(1)", DateTimeOffset.UtcNow, cancellationToken);
            if (!probe.Success)
            {
                context.Error.WriteLine($"Prometheus at {uri} does not answer queries: {probe.Error}");
                return ExitCodes.GrafanaUnavailable;
            }
            var checks = await CatalogDataCheck.RunAsync(CatalogDataCheck.Dashboards(compilation), CatalogDataCheck.Rules(compilation), client,
                new DataCheckOptions { From = from, To = to, Now = result.GetValue(At) }, cancellationToken);
            report = new DataCheckReport(checks,
                [$"check-data: {compilation.Dashboards.Count} dashboard(s) and {compilation.RuleFiles.Count} rule file(s) against {uri}" +
                 (from is null ? "" : $", time range {from} to {to}") + "."]);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            context.Error.WriteLine($"Prometheus at {uri} is unreachable or refused the request: {e.Message}");
            return ExitCodes.GrafanaUnavailable;
        }

        var json = result.GetValue(Json);
        if (json is { Name: "-" })
        {
            context.Out.WriteLine(report.ToJson());
        }
        else
        {
            var failuresOnly = result.GetValue(Failures);
            foreach (var line in report.Checks.Zip(report.Lines).Where(p => !failuresOnly || p.First.IsFailure).Select(p => p.Second))
                context.Out.WriteLine(line);
            context.Out.WriteLine();
            context.Out.WriteLine(Summary(report));
            if (json is not null) await File.WriteAllTextAsync(json.FullName, report.ToJson(), cancellationToken);
        }
        return report.Failures.Count == 0 ? ExitCodes.Success : ExitCodes.ValidationFailed;
    }

    private static string Summary(DataCheckReport report)
    {
        var noData = report.Checks.Count(c => c.Outcome == CheckOutcome.NoData);
        var errors = report.Checks.Count(c => c.Outcome == CheckOutcome.Error);
        return $"{report.QueriesRun} queries run: {report.QueriesWithData} with data " +
               $"({report.Checks.Count(c => c.Outcome == CheckOutcome.FilteredOut)} judged on what they measure, data*), " +
               $"{noData} without data, {errors} errors, {report.Checks.Count(c => c.Outcome == CheckOutcome.NotChecked)} not Prometheus (skipped).";
    }
}
