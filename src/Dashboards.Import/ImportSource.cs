using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dashboards.Import;

/// <summary>One dashboard read from a file: its JSON (unwrapped), the folder it goes into and where it came from.</summary>
public sealed record ImportSource(string Path, JsonObject Dashboard, string FolderUid, string FolderTitle)
{
    /// <summary>
    /// Reads every dashboard under <paramref name="paths"/> (files, or folders searched for *.json). Accepts a plain
    /// dashboard, Grafana's export for sharing (<c>__inputs</c>, <c>${DS_...}</c>) and the HTTP API envelope
    /// <c>{dashboard, meta}</c>, whose <c>meta.folderUid</c>/<c>folderTitle</c> give the folder; otherwise the folder is
    /// named after the directory holding the file.
    /// </summary>
    public static IReadOnlyList<ImportSource> Load(IEnumerable<string> paths)
    {
        var sources = new List<ImportSource>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                    sources.Add(FromText(file, File.ReadAllText(file)));
            }
            else if (File.Exists(path)) sources.Add(FromText(path, File.ReadAllText(path)));
            else throw new ImportException($"{path}: no such file or directory.");
        }
        return sources;
    }

    /// <summary>Reads one dashboard from its JSON text; <paramref name="path"/> names it in errors and gives the default folder.</summary>
    public static ImportSource FromText(string path, string json)
    {
        JsonNode? root;
        try { root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip }); }
        catch (JsonException e) { throw new ImportException($"{path}: not valid JSON ({e.Message})."); }
        if (root is not JsonObject obj) throw new ImportException($"{path}: a dashboard is a JSON object.");
        var dirName = System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))) ?? "imported";
        var folderTitle = dirName.Length == 0 ? "Imported" : dirName;
        var folderUid = Naming.Uid(folderTitle);
        if (obj["dashboard"] is JsonObject inner && obj["panels"] is null)
        {
            if (obj["meta"] is JsonObject meta)
            {
                if (Str(meta["folderUid"]) is string uid && uid.Length > 0)
                {
                    folderUid = uid;
                    folderTitle = meta["folderTitle"] is JsonValue t && t.TryGetValue(out string? title) && title.Length > 0 ? title : uid;
                }
                else if (meta["folderTitle"] is JsonValue t && t.TryGetValue(out string? title) && title.Length > 0 && title != "General")
                {
                    folderTitle = title;
                    folderUid = Naming.Uid(title);
                }
            }
            obj = (JsonObject)inner.DeepClone();
        }
        if (obj["title"] is null && obj["panels"] is null && obj["rows"] is null)
            throw new ImportException($"{path}: not a Grafana dashboard (no title, panels or rows).");
        return new ImportSource(path, obj, folderUid, folderTitle);
    }
    private static string? Str(JsonNode? n) => n is JsonValue v && v.TryGetValue(out string? s) ? s : null;
}

/// <summary>Input the importer cannot read; the message names the file and the place.</summary>
public sealed class ImportException(string message) : Exception(message);
