using System.Text.Json.Nodes;

namespace Dashboards.Provisioning;

/// <summary>
/// How this tool marks the dashboards it writes. A tag (searchable, so prune can find them) plus a small top-level
/// field holding the content hash of what was pushed and the version that save produces (Grafana: +1 per save).
/// Grafana's API stores unknown top-level fields verbatim; an edit saved from the UI bumps the version and either
/// changes the content (hash mismatch) or drops the field (marker missing): both read as "changed since we last
/// wrote it". The version also covers content Grafana adjusts itself while saving (refresh raised to its minimum).
/// </summary>
public static class ManagedMarker
{
    /// <summary>Tag added to every dashboard this tool writes.</summary>
    public const string Tag = "managed-by:dashboards-sdk";

    /// <summary>Top-level field holding <c>{"managedBy": ..., "contentHash": ...}</c>.</summary>
    public const string FieldName = "dashboardsAsCode";

    public const string ManagedByValue = "dashboards-sdk";

    /// <summary>The hash recorded in a live dashboard, or null when it carries no (valid) marker.</summary>
    public static string? RecordedHash(JsonObject dashboard) =>
        dashboard[FieldName] is JsonObject marker
        && marker["managedBy"] is JsonValue managedBy && managedBy.TryGetValue<string>(out var by) && by == ManagedByValue
        && marker["contentHash"] is JsonValue hash && hash.TryGetValue<string>(out var text)
            ? text
            : null;

    /// <summary>The version our last save produced, or null when the marker has none.</summary>
    public static int? RecordedVersion(JsonObject dashboard) =>
        RecordedHash(dashboard) is not null && dashboard[FieldName]?["version"] is JsonValue v && v.TryGetValue<int>(out var version) ? version : null;

    public static bool HasTag(JsonObject dashboard) =>
        dashboard["tags"] is JsonArray tags
        && tags.Any(t => t is JsonValue v && v.TryGetValue<string>(out var s) && s == Tag);

    /// <summary>Both the tag and a valid marker field: the only dashboards prune may delete.</summary>
    public static bool IsManaged(JsonObject dashboard) => HasTag(dashboard) && RecordedHash(dashboard) is not null;
}
