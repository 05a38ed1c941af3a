using System.Text.Json.Nodes;

namespace Dashboards.Provisioning;

/// <summary>
/// Normalizes a dashboard model for comparison, the way Terraform's Grafana provider does: drop <c>id</c> and
/// <c>version</c> (Grafana owns them), drop an empty <c>uid</c>, and drop this tool's marker field (it records
/// the hash of everything else). Key order and number spelling are handled by <see cref="CanonicalJson"/>.
/// </summary>
public static class DashboardNormalizer
{
    private static readonly string[] GrafanaOwnedFields = ["id", "version"];

    public static JsonObject Normalize(JsonObject dashboard)
    {
        var copy = (JsonObject)dashboard.DeepClone();
        foreach (var field in GrafanaOwnedFields)
        {
            copy.Remove(field);
        }
        if (IsEmptyUid("uid", copy["uid"]))
        {
            copy.Remove("uid");
        }
        copy.Remove(ManagedMarker.FieldName);
        return copy;
    }

    /// <summary>Hash of the normalized content: equal hashes mean Grafana holds exactly this content.</summary>
    /// <remarks>Hashes the dashboard skipping what <see cref="Normalize"/> removes, without copying it.</remarks>
    public static string ContentHash(JsonObject dashboard) => CanonicalJson.Hash(dashboard, RemovedByNormalize);

    private static readonly Func<string, JsonNode?, bool> RemovedByNormalize = (key, value) =>
        Array.IndexOf(GrafanaOwnedFields, key) >= 0 || key == ManagedMarker.FieldName || IsEmptyUid(key, value);

    private static bool IsEmptyUid(string key, JsonNode? value) =>
        key == "uid" && value is JsonValue uid && uid.TryGetValue<string>(out var text) && text.Length == 0;

    /// <summary>Indented canonical text of the normalized content, for diffs.</summary>
    public static string ToDiffText(JsonObject dashboard) => CanonicalJson.ToIndentedString(Normalize(dashboard));

    /// <summary>
    /// The JSON this tool sends for a document: a copy with uid and title from the document, the managed tag, and
    /// the marker recording the content hash and the version the save will produce. Returns the model and the hash.
    /// </summary>
    public static (JsonObject Model, string ContentHash) Prepare(DashboardDocument document, int expectedVersion = 1)
    {
        var hash = ContentHash(document);
        return (Model(document, hash, expectedVersion), hash);
    }

    /// <summary>
    /// The content hash of the model <see cref="Prepare"/> builds, without building it: the document's JSON hashed with
    /// uid, title and tags as Prepare sets them and the fields normalization removes left out.
    /// </summary>
    internal static string ContentHash(DashboardDocument document)
    {
        var json = document.Json;
        JsonNode tags = json["tags"] is JsonArray existing && ManagedMarker.HasTag(json)
            ? existing
            : new JsonArray([.. (json["tags"] as JsonArray ?? []).Select(t => t?.DeepClone()), JsonValue.Create(ManagedMarker.Tag)]);
        List<KeyValuePair<string, JsonNode?>> replaced = [new("title", JsonValue.Create(document.Title)), new("tags", tags)];
        if (document.Uid.Length > 0)
        {
            replaced.Add(new("uid", JsonValue.Create(document.Uid)));
        }
        return CanonicalJson.Hash(json, ReplacedOrRemovedByPrepare, replaced);
    }

    private static readonly Func<string, JsonNode?, bool> ReplacedOrRemovedByPrepare = (key, _) =>
        key is "uid" or "title" or "tags" || Array.IndexOf(GrafanaOwnedFields, key) >= 0 || key == ManagedMarker.FieldName;

    /// <summary>The model <see cref="Prepare"/> returns, given its content hash.</summary>
    internal static JsonObject Model(DashboardDocument document, string hash, int expectedVersion)
    {
        var model = (JsonObject)document.Json.DeepClone();
        model["uid"] = document.Uid;
        model["title"] = document.Title;
        model.Remove("id");
        model.Remove("version");
        var tags = model["tags"] as JsonArray;
        if (tags is null)
        {
            tags = [];
            model["tags"] = tags;
        }
        if (!ManagedMarker.HasTag(model))
        {
            tags.Add(ManagedMarker.Tag);
        }
        model[ManagedMarker.FieldName] = new JsonObject
        {
            ["managedBy"] = ManagedMarker.ManagedByValue,
            ["contentHash"] = hash,
            ["version"] = expectedVersion,
            // Binds the marker to this uid: a copy made in Grafana keeps the field but not the uid.
            ["uid"] = document.Uid,
        };
        return model;
    }
}
