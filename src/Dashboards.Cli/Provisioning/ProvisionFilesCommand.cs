using System.CommandLine;
using Dashboards.Provisioning;

namespace Dashboards.Cli.Provisioning;

/// <summary><c>provision-files</c>: write Grafana's file-provisioning YAML and the dashboard JSON tree.</summary>
internal static class ProvisionFilesCommand
{
    public static void AddTo(RootCommand root, CliContext context)
    {
        var output = new Option<DirectoryInfo>("--output", "-o") { Description = "Directory to write provisioning/ and dashboards/ into.", Required = true };
        var grafanaPath = new Option<string>("--grafana-path")
        {
            Description = "Where Grafana will see the dashboards/ directory (the provider's options.path).",
            DefaultValueFactory = _ => new FileProvisioningOptions().GrafanaDashboardsPath,
        };
        var layout = new Option<string>("--layout")
        {
            Description = "per-folder: one provider per folder, keeps folder uids (default). " +
                          "files-structure: one provider with foldersFromFilesStructure, directories named by folder title (nested folders).",
            DefaultValueFactory = _ => "per-folder",
        };
        layout.AcceptOnlyFromAmong("per-folder", "files-structure");
        var orgId = new Option<long>("--org-id") { Description = "orgId of the providers.", DefaultValueFactory = _ => 1 };
        var allowUi = new Option<bool>("--allow-ui-updates") { Description = "Let users save provisioned dashboards from the UI (lost on the next reload)." };

        var command = new Command("provision-files",
            "Compile and validate everything, then write a Grafana provisioning provider YAML (apiVersion 1) and the dashboards " +
            "as JSON files, for Grafana's provisioning directory instead of the HTTP API.");
        command.Options.Add(output);
        command.Options.Add(grafanaPath);
        command.Options.Add(layout);
        command.Options.Add(orgId);
        command.Options.Add(allowUi);
        command.SetAction(result =>
        {
            if (!context.TryCompileForProvisioning(out var documents))
            {
                return ExitCodes.ValidationFailed;
            }
            var directory = result.GetValue(output)!;
            var options = new FileProvisioningOptions
            {
                GrafanaDashboardsPath = result.GetValue(grafanaPath)!,
                Layout = result.GetValue(layout) == "files-structure" ? FileProviderLayout.FoldersFromFilesStructure : FileProviderLayout.ProviderPerFolder,
                OrgId = result.GetValue(orgId),
                AllowUiUpdates = result.GetValue(allowUi),
            };
            if (options.Layout == FileProviderLayout.ProviderPerFolder && documents.Any(d => d.Folder.ParentUid is not null))
            {
                context.Error.WriteLine("Nested folders (parentUid) need --layout files-structure: a per-folder provider cannot place a folder under another. Nothing was written.");
                return ExitCodes.UsageError;
            }
            try
            {
                var written = FileProvisioner.Write(documents, directory.FullName, options);
                context.Out.WriteLine($"Wrote {written.ProviderFile} and {written.DashboardFiles.Count} dashboard file(s) to {directory.FullName}" +
                                      (written.RemovedFiles.Count > 0 ? $"; removed {written.RemovedFiles.Count} stale file(s): {string.Join(", ", written.RemovedFiles)}" : ""));
                return ExitCodes.Success;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                context.Error.WriteLine($"Could not write '{directory.FullName}': {e.Message}");
                return ProvisioningExitCodes.Failed;
            }
        });
        root.Subcommands.Add(command);
    }
}
