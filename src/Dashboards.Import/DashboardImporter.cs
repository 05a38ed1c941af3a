using System.Text;
using System.Text.Json.Nodes;

namespace Dashboards.Import;

/// <summary>One generated C# file.</summary>
public sealed record GeneratedFile(string FileName, string Code);

/// <summary>One imported dashboard: its class, uid, folder and source.</summary>
public sealed record ImportedDashboard(string ClassName, string Uid, string Title, string FolderUid, string FolderTitle, string SourcePath, GeneratedFile File);

/// <summary>What an import produced: one file per dashboard, the catalog file, and every warning.</summary>
public sealed record ImportResult(IReadOnlyList<ImportedDashboard> Dashboards, GeneratedFile Catalog, IReadOnlyList<string> Warnings)
{
    public IEnumerable<GeneratedFile> Files => Dashboards.Select(d => d.File).Append(Catalog);

    /// <summary>Writes every file into <paramref name="directory"/> (created when missing).</summary>
    public void WriteTo(string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var file in Files) File.WriteAllText(Path.Combine(directory, file.FileName), file.Code, new UTF8Encoding(false));
    }
}

/// <summary>
/// Grafana dashboard JSON → typed C#: reads the three input forms, migrates old schema versions the way Grafana does on
/// load (<see cref="Migrations"/>), writes one class per dashboard and an <c>ImportedCatalog</c> holding them by folder.
/// </summary>
public static class DashboardImporter
{
    public static ImportResult Import(IReadOnlyList<ImportSource> sources, string ns)
    {
        if (!IsNamespace(ns)) throw new ImportException($"'{ns}' is not a C# namespace.");
        var warnings = new List<string>();
        var classNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "ImportedCatalog" };
        var uids = new HashSet<string>(StringComparer.Ordinal);
        var dashboards = new List<ImportedDashboard>();
        foreach (var source in sources)
        {
            var json = (JsonObject)source.Dashboard.DeepClone();
            var title = json["title"] is JsonValue t && t.TryGetValue(out string? s) && s.Length > 0 ? s : Path.GetFileNameWithoutExtension(source.Path);
            var uid = json["uid"] is JsonValue u && u.TryGetValue(out string? us) && us.Length > 0 ? us : Naming.Uid(title);
            if (!uids.Add(uid)) { warnings.Add($"{source.Path}: uid '{uid}' is used by an earlier dashboard; skipped."); continue; }
            var local = new List<string>();
            var className = Naming.Unique(Naming.Pascal(title, "Dashboard"), classNames);
            string code;
            try
            {
                SharingInputs(json, local);
                Migrations.Apply(json, local);
                json = VariableNames(json, local);
                code = DashboardCodeWriter.Write(json, ns, className, uid, Path.GetFileName(source.Path), local);
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or KeyNotFoundException or NotSupportedException)
            {
                throw new ImportException($"{source.Path}: dashboard \"{title}\" cannot be imported: {e.Message}");
            }
            warnings.AddRange(local.Select(w => $"{Path.GetFileName(source.Path)}: {w}"));
            dashboards.Add(new ImportedDashboard(className, uid, title, source.FolderUid, source.FolderTitle, source.Path, new GeneratedFile(className + ".cs", code)));
        }
        return new ImportResult(dashboards, CatalogFile(dashboards, ns), warnings);
    }

    // Grafana's export for sharing names each datasource as an input (${DS_PROMETHEUS}); on import the user picks one.
    // Here each input becomes a datasource variable of that name, so the references resolve and the choice stays open.
    private static void SharingInputs(JsonObject d, List<string> warnings)
    {
        if (d["__inputs"] is not JsonArray inputs) return;
        var templating = d["templating"] as JsonObject ?? new JsonObject();
        d["templating"] = templating;
        var list = templating["list"] as JsonArray ?? new JsonArray();
        templating["list"] = list;
        var index = 0;
        foreach (var input in inputs.OfType<JsonObject>())
        {
            if (input["type"]?.ToString() != "datasource" || input["name"]?.ToString() is not { } name) continue;
            if (list.OfType<JsonObject>().Any(v => v["name"]?.ToString() == name)) continue;
            var plugin = input["pluginId"]?.ToString() ?? "prometheus";
            list.Insert(index++, new JsonObject
            {
                ["type"] = "datasource", ["name"] = name, ["label"] = input["label"]?.ToString() ?? name, ["query"] = plugin,
            });
            warnings.Add($"the shared export's input {name} ({plugin}) becomes the datasource variable '{name}'.");
        }
    }

    // Grafana accepts variable names the model does not ("namespace-viz"; Grafana itself reads `$namespace-viz` as
    // `$namespace` then "-viz"). Such a variable is renamed ('_' for each other character) and its braced references
    // (`${name}`, `${name:format}`, `[[name]]`) follow.
    private static JsonObject VariableNames(JsonObject d, List<string> warnings)
    {
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = (d["templating"].Get("list") as JsonArray ?? []).OfType<JsonObject>()
            .Select(v => v["name"] is JsonValue n && n.TryGetValue(out string? s) ? s : null).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var name in taken.ToList())
        {
            if (name.Length > 0 && name.All(CSharp.IsIdentifierPart) && !name.StartsWith("__", StringComparison.Ordinal)) continue;
            var fixedName = new string(name.Select(c => CSharp.IsIdentifierPart(c) ? c : '_').ToArray()).TrimStart('_');
            if (fixedName.Length == 0) fixedName = "var";
            while (!taken.Add(fixedName)) fixedName += "_";
            renames[name] = fixedName;
            warnings.Add($"variable '{name}' is renamed '{fixedName}' (variable names are letters, digits and '_'); its ${{...}} and [[...]] references follow.");
        }
        if (renames.Count == 0) return d;
        foreach (var v in (d["templating"].Get("list") as JsonArray ?? []).OfType<JsonObject>())
            if (v["name"] is JsonValue n && n.TryGetValue(out string? s) && renames.TryGetValue(s, out var to)) v["name"] = to;
        foreach (var p in Migrations.AllPanels(d))
            if (p["repeat"] is JsonValue r && r.TryGetValue(out string? repeat) && renames.TryGetValue(repeat, out var to)) p["repeat"] = to;
        var text = d.ToJsonString();
        foreach (var (from, to) in renames)
        {
            var escaped = System.Text.Json.JsonEncodedText.Encode(from).ToString();
            text = text.Replace("${" + escaped + "}", "${" + to + "}", StringComparison.Ordinal)
                       .Replace("${" + escaped + ":", "${" + to + ":", StringComparison.Ordinal)
                       .Replace("[[" + escaped + "]]", "[[" + to + "]]", StringComparison.Ordinal)
                       .Replace("[[" + escaped + ":", "[[" + to + ":", StringComparison.Ordinal);
        }
        return JsonNode.Parse(text)!.AsObject();
    }

    private static GeneratedFile CatalogFile(List<ImportedDashboard> dashboards, string ns)
    {
        var sb = new StringBuilder();
        sb.Append("// Written by `dashboards import`: every imported dashboard in its folder.\nusing Dashboards.Model;\n\n");
        sb.Append("namespace ").Append(ns).Append(";\n\n");
        sb.Append("public static class ImportedCatalog\n{\n");
        sb.Append("    public static Catalog Catalog { get; } = Catalog.Create()");
        foreach (var folder in dashboards.GroupBy(d => (d.FolderUid, d.FolderTitle)))
        {
            sb.Append("\n        .AddFolder(new Folder(").Append(CSharp.Str(folder.Key.FolderUid)).Append(", ").Append(CSharp.Str(folder.Key.FolderTitle)).Append(')');
            foreach (var d in folder) sb.Append(",\n            ").Append(d.ClassName).Append(".Build()");
            sb.Append(')');
        }
        sb.Append(";\n}\n");
        return new GeneratedFile("ImportedCatalog.cs", sb.ToString());
    }

    private static bool IsNamespace(string ns) =>
        ns.Length > 0 && ns.Split('.').All(p => p.Length > 0 && (char.IsLetter(p[0]) || p[0] == '_') && p.All(CSharp.IsIdentifierPart));
}
