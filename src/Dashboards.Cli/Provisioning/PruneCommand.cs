using System.CommandLine;
using Dashboards.Provisioning;

namespace Dashboards.Cli.Provisioning;

/// <summary><c>prune</c>: delete dashboards this tool created that are no longer in code, only with --confirm.</summary>
internal static class PruneCommand
{
    public static void AddTo(RootCommand root, CliContext context)
    {
        var connection = new GrafanaConnectionOptions();
        var confirm = new Option<bool>("--confirm") { Description = "Delete for real. Without it, prune lists what it would delete." };
        var folders = new Option<string[]>("--folder")
        {
            Description = "Only prune in these folder uids (repeatable). Default: every folder.",
            AllowMultipleArgumentsPerToken = true,
        };
        var force = new Option<bool>("--force")
        {
            Description = "Also delete tagged dashboards changed in Grafana since this tool wrote them, and copies made in Grafana.",
        };
        var command = new Command("prune",
            "List (or with --confirm delete) dashboards this tool wrote that are no longer in code. Only dashboards still exactly as " +
            "this tool left them are deleted; edited ones and copies made in Grafana are kept and listed unless --force. " +
            "Exit codes: 0 ok, 3 failures, 5 Grafana unreachable or credentials refused, 7 outcome unknown.");
        command.Options.Add(confirm);
        command.Options.Add(force);
        command.Options.Add(folders);
        connection.Bind(command, context, async (verb, cancellationToken) =>
        {
            var (result, documents, settings, client, output, _) = verb;
            var options = new PruneOptions { Confirm = result.GetValue(confirm), Force = result.GetValue(force), FolderUids = result.GetValue(folders) ?? [] };
            var report = await new DashboardPruner(client).PruneAsync(documents.Select(d => d.Uid), options, cancellationToken).ConfigureAwait(false);
            ReportPrinter.Prune(report, output);
            return report.ExitCode;
        });
        root.Subcommands.Add(command);
    }
}
