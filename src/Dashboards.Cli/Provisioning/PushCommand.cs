using System.CommandLine;
using Dashboards.Provisioning;

namespace Dashboards.Cli.Provisioning;

/// <summary><c>push</c>: compile and validate everything, then write new and changed dashboards to Grafana.</summary>
internal static class PushCommand
{
    public static void AddTo(RootCommand root, CliContext context)
    {
        var connection = new GrafanaConnectionOptions();
        var dryRun = new Option<bool>("--dry-run") { Description = "Show what would be written; write nothing." };
        var force = new Option<bool>("--force") { Description = "Overwrite dashboards changed in Grafana since this tool wrote them, or not created by it." };
        var message = new Option<string>("--message", "-m")
        {
            Description = "Commit message stored in Grafana's version history.",
            DefaultValueFactory = _ => "Pushed by dashboards-as-code",
        };
        var command = new Command("push",
            "Compile and validate every dashboard, then save the new and changed ones to Grafana (folders first). " +
            "Unchanged dashboards get no new version; dashboards edited in Grafana are skipped unless --force. " +
            "Exit codes: 0 ok, 1 invalid, 2 usage, 3 failures, 4 conflicts, 5 Grafana unreachable or credentials refused, 7 outcome unknown.");
        command.Options.Add(dryRun);
        command.Options.Add(force);
        command.Options.Add(message);
        connection.Bind(command, context, async (verb, cancellationToken) =>
        {
            var (result, documents, settings, client, output, _) = verb;
            var options = new PushOptions { DryRun = result.GetValue(dryRun), Force = result.GetValue(force), Message = result.GetValue(message)! };
            output.WriteLine($"{(options.DryRun ? "Dry run: pushing" : "Pushing")} {documents.Count} dashboard(s) to {settings}");
            var report = await new DashboardPusher(client).PushAsync(documents, options, cancellationToken).ConfigureAwait(false);
            ReportPrinter.Push(report, output);
            return report.ExitCode;
        });
        root.Subcommands.Add(command);
    }
}
