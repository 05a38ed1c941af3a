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
        var command = new Command("prune",
            "List (or with --confirm delete) dashboards that carry this tool's marker but are no longer in code. " +
            "Dashboards this tool did not create are never touched.");
        command.Options.Add(confirm);
        command.Options.Add(folders);
        connection.Bind(command, context, async (verb, cancellationToken) =>
        {
            var (result, documents, settings, client) = verb;
            var options = new PruneOptions { Confirm = result.GetValue(confirm), FolderUids = result.GetValue(folders) ?? [] };
            var report = await new DashboardPruner(client).PruneAsync(documents.Select(d => d.Uid), options, cancellationToken).ConfigureAwait(false);
            ReportPrinter.Prune(report, context.Out);
            return report.ExitCode;
        });
        root.Subcommands.Add(command);
    }
}
