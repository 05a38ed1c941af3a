using System.Text;
using System.Text.Json.Nodes;
using YamlDotNet.Serialization;

namespace Dashboards.Provisioning;

public enum FileProviderLayout
{
    /// <summary>One provider per folder with <c>folder</c>/<c>folderUid</c>: keeps our folder uids (flat folders only).</summary>
    ProviderPerFolder,
    /// <summary>One provider with <c>foldersFromFilesStructure: true</c>: directories named by folder title, nested by parent.</summary>
    FoldersFromFilesStructure,
}

public sealed record FileProvisioningOptions
{
    /// <summary>Where Grafana will see the JSON tree (the provider's <c>options.path</c>).</summary>
    public string GrafanaDashboardsPath { get; init; } = "/var/lib/grafana/dashboards";

    public FileProviderLayout Layout { get; init; } = FileProviderLayout.ProviderPerFolder;

    public long OrgId { get; init; } = 1;

    /// <summary>Let users save changes from the UI (they are lost on the next provisioning run).</summary>
    public bool AllowUiUpdates { get; init; }
}

/// <summary>Files written by <see cref="FileProvisioner"/>, relative to the output directory.</summary>
public sealed record FileProvisioningResult(string ProviderFile, IReadOnlyList<string> DashboardFiles, IReadOnlyList<string> RemovedFiles);

/// <summary>
/// Writes Grafana's file provisioning input: <c>provisioning/dashboards/dashboards-sdk.yaml</c> (apiVersion 1,
/// providers) and <c>dashboards/...</c> JSON files. A manifest remembers what was written, so files of dashboards
/// removed from code are deleted on the next run and files this tool did not write are never touched.
/// </summary>
public static class FileProvisioner
{
    public const string ProviderFileName = "provisioning/dashboards/dashboards-sdk.yaml";
    public const string DashboardsDirectory = "dashboards";
    public const string ManifestFileName = ".dashboards-sdk-manifest";

    public static FileProvisioningResult Write(IReadOnlyList<DashboardDocument> documents, string outputDirectory, FileProvisioningOptions? options = null)
    {
        options ??= new FileProvisioningOptions();
        DashboardPlanner.EnsureDistinctUids(documents);
        var folders = documents.Select(d => d.Folder).Where(f => !f.IsGeneral).DistinctBy(f => f.Uid).ToDictionary(f => f.Uid, StringComparer.Ordinal);

        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var doc in documents)
        {
            var directory = DirectoryFor(doc.Folder, folders, options.Layout);
            var relative = string.Join('/', new[] { DashboardsDirectory }.Concat(directory).Append(SafeName(doc.Uid) + ".json"));
            files[relative] = CanonicalJson.ToIndentedString(FileModel(doc)) + "\n";
        }
        files[ProviderFileName] = ProviderYaml(documents, folders, options);

        var manifestPath = Path.Combine(outputDirectory, ManifestFileName);
        var previous = File.Exists(manifestPath) ? File.ReadAllLines(manifestPath).Where(l => l.Length > 0).ToList() : [];
        var removed = new List<string>();
        foreach (var stale in previous.Where(p => !files.ContainsKey(p)))
        {
            var path = Path.Combine(outputDirectory, stale);
            if (File.Exists(path))
            {
                File.Delete(path);
                removed.Add(stale);
            }
        }
        foreach (var (relative, content) in files)
        {
            var path = Path.Combine(outputDirectory, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content, new UTF8Encoding(false));
        }
        Directory.CreateDirectory(outputDirectory);
        File.WriteAllLines(manifestPath, files.Keys);
        return new FileProvisioningResult(ProviderFileName, files.Keys.Where(k => k != ProviderFileName).ToList(), removed);
    }

    /// <summary>The dashboard as a provisioning file: uid and title from the document, no id or version.</summary>
    private static JsonObject FileModel(DashboardDocument doc)
    {
        var model = (JsonObject)doc.Json.DeepClone();
        model.Remove("id");
        model.Remove("version");
        model["uid"] = doc.Uid;
        model["title"] = doc.Title;
        return model;
    }

    private static IEnumerable<string> DirectoryFor(FolderRef folder, IReadOnlyDictionary<string, FolderRef> folders, FileProviderLayout layout)
    {
        if (layout == FileProviderLayout.ProviderPerFolder)
        {
            // Grafana's file provider reads its path recursively, so root dashboards get a sibling directory too.
            return [folder.IsGeneral ? FolderRef.GeneralUid : SafeName(folder.Uid)];
        }
        if (folder.IsGeneral)
        {
            return [];
        }
        // Grafana names folders after directories here, so the path is the chain of titles from the root.
        var chain = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var current = folder; current is not null && seen.Add(current.Uid);)
        {
            chain.Insert(0, SafeName(current.Title));
            current = current.ParentUid is { } parent && folders.TryGetValue(parent, out var p) ? p : null;
        }
        return chain;
    }

    private static string ProviderYaml(IReadOnlyList<DashboardDocument> documents, IReadOnlyDictionary<string, FolderRef> folders, FileProvisioningOptions options)
    {
        var basePath = options.GrafanaDashboardsPath.TrimEnd('/');
        var providers = new List<Dictionary<string, object>>();
        Dictionary<string, object> Provider(string name, string path, string? folder, string? folderUid, bool fromStructure)
        {
            var provider = new Dictionary<string, object>
            {
                ["name"] = name,
                ["orgId"] = options.OrgId,
                ["type"] = "file",
                ["disableDeletion"] = false,
                ["allowUiUpdates"] = options.AllowUiUpdates,
                ["updateIntervalSeconds"] = 30,
            };
            if (folder is not null) provider["folder"] = folder;
            if (folderUid is not null) provider["folderUid"] = folderUid;
            var providerOptions = new Dictionary<string, object> { ["path"] = path };
            if (fromStructure) providerOptions["foldersFromFilesStructure"] = true;
            provider["options"] = providerOptions;
            return provider;
        }

        if (options.Layout == FileProviderLayout.FoldersFromFilesStructure)
        {
            providers.Add(Provider("dashboards-sdk", basePath, null, null, fromStructure: true));
        }
        else
        {
            if (documents.Any(d => d.Folder.IsGeneral))
            {
                providers.Add(Provider("dashboards-sdk-general", $"{basePath}/{FolderRef.GeneralUid}", "", null, fromStructure: false));
            }
            foreach (var folder in folders.Values.OrderBy(f => f.Uid, StringComparer.Ordinal))
            {
                providers.Add(Provider("dashboards-sdk-" + folder.Uid, $"{basePath}/{SafeName(folder.Uid)}", folder.Title, folder.Uid, fromStructure: false));
            }
        }

        var document = new Dictionary<string, object> { ["apiVersion"] = 1, ["providers"] = providers };
        return "# Written by dashboards-sdk provision-files; regenerate instead of editing.\n" + new SerializerBuilder().Build().Serialize(document);
    }

    /// <summary>A file or directory name: path separators and characters that are invalid in file names become '_'.</summary>
    private static string SafeName(string name)
    {
        var invalid = Path.GetInvalidFileNameChars().Concat(['/', '\\', ':']).ToHashSet();
        var safe = new string(name.Select(c => invalid.Contains(c) ? '_' : c).ToArray()).Trim();
        return safe is "" or "." or ".." ? "_" : safe;
    }
}
