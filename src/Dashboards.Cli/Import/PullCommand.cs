using System.CommandLine;
using Dashboards.Cli.Provisioning;
using Dashboards.Import;
using Dashboards.Provisioning;

namespace Dashboards.Cli.Import;

/// <summary>
/// <c>pull --uid UID... | --folder UID... | --all</c>: the same output as <c>import</c>, read straight from Grafana's
/// HTTP API with the connection flags and settings the provisioning verbs use.
/// </summary>
internal static class PullCommand
{
    public static void AddTo(RootCommand root, CliContext context)
    {
        var connection = new GrafanaConnectionOptions();
        var uids = new Option<string[]>("--uid") { Description = "Dashboard uid to pull (repeatable).", AllowMultipleArgumentsPerToken = true };
        var folders = new Option<string[]>("--folder") { Description = "Folder uid whose dashboards to pull (repeatable).", AllowMultipleArgumentsPerToken = true };
        var all = new Option<bool>("--all") { Description = "Pull every dashboard the credentials can see." };
        var output = ImportOutput.OutputOption();
        var ns = ImportOutput.NamespaceOption();
        var command = new Command("pull", "Read dashboards from a live Grafana and write them as typed C# (like import).");
        foreach (var option in new Option[] { uids, folders, all, output, ns }) command.Options.Add(option);
        connection.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var wantedUids = result.GetValue(uids) ?? [];
            var wantedFolders = result.GetValue(folders) ?? [];
            var everything = result.GetValue(all);
            if (wantedUids.Length == 0 && wantedFolders.Length == 0 && !everything)
            {
                context.Error.WriteLine("pull needs --uid UID, --folder UID or --all.");
                return ExitCodes.UsageError;
            }
            var settings = connection.Resolve(result, context);
            if (settings is null) return ExitCodes.UsageError;
            // Everything pull prints goes through the settings' redaction, as in the provisioning verbs.
            var error = new RedactingWriter(context.Error, settings);
            using var client = GrafanaConnectionOptions.Client(settings, error);
            var sources = new List<ImportSource>();
            try
            {
                var toFetch = new List<string>(wantedUids);
                if (everything)
                    toFetch.AddRange((await client.SearchAsync(new SearchQuery(), cancellationToken: cancellationToken).ConfigureAwait(false)).Select(h => h.Uid));
                foreach (var folder in wantedFolders)
                    toFetch.AddRange((await client.SearchAsync(new SearchQuery { FolderUids = [folder] }, cancellationToken: cancellationToken).ConfigureAwait(false)).Select(h => h.Uid));
                foreach (var uid in toFetch.Distinct(StringComparer.Ordinal))
                {
                    var live = await client.GetDashboardAsync(uid, cancellationToken).ConfigureAwait(false);
                    if (live is null)
                    {
                        error.WriteLine($"Grafana has no dashboard with uid '{uid}'.");
                        return ExitCodes.ValidationFailed;
                    }
                    var folderUid = string.IsNullOrEmpty(live.FolderUid) ? FolderRef.GeneralUid : live.FolderUid;
                    var folderTitle = string.IsNullOrEmpty(live.FolderTitle) ? "General" : live.FolderTitle;
                    sources.Add(new ImportSource($"grafana:{uid}", live.Dashboard, folderUid, folderTitle));
                }
            }
            catch (GrafanaApiException e)
            {
                error.WriteLine(e.Message);
                return ProvisioningExitCodes.ForAbort(e.Failure);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // Nothing a server sends may end in a stack trace.
                error.WriteLine($"pull stopped by an unexpected error: {e.GetType().Name}: {e.Message}");
                return ProvisioningExitCodes.Failed;
            }
            try
            {
                return ImportOutput.Write(sources, result.GetValue(output)!, result.GetValue(ns)!, context);
            }
            catch (ImportException e)
            {
                context.Error.WriteLine(e.Message);
                return ExitCodes.ValidationFailed;
            }
        });
        root.Subcommands.Add(command);
    }
}
