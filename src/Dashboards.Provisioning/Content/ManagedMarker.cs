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

    /// <summary>Top-level field holding <c>{"managedBy": ..., "contentHash": ..., "version": ..., "uid": ...}</c>.</summary>
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

    /// <summary>The uid the marker was written under, or null (markers from before it was recorded).</summary>
    public static string? RecordedUid(JsonObject dashboard) =>
        RecordedHash(dashboard) is not null && dashboard[FieldName]?["uid"] is JsonValue v && v.TryGetValue<string>(out var uid) ? uid : null;

    /// <summary>Both the tag and a valid marker field.</summary>
    public static bool IsManaged(JsonObject dashboard) => HasTag(dashboard) && RecordedHash(dashboard) is not null;

    /// <summary>
    /// True when the live dashboard is still what this tool last wrote under its uid: the content hash equals the
    /// recorded one (the hash covers the uid), or nobody saved since (the version is the one our save produced) and the
    /// marker was written for this very uid. A copy made in Grafana carries the marker of another uid and never passes.
    /// </summary>
    public static bool IsUntouched(JsonObject dashboard, int liveVersion) => IsUntouchedWithHash(dashboard, liveVersion, contentHash: null);

    /// <summary><see cref="IsUntouched(JsonObject, int)"/> given the dashboard's content hash when the caller has it already.</summary>
    internal static bool IsUntouchedWithHash(JsonObject dashboard, int liveVersion, string? contentHash)
    {
        var recorded = RecordedHash(dashboard);
        if (recorded is null || !HasTag(dashboard))
        {
            return false;
        }
        return recorded == (contentHash ?? DashboardNormalizer.ContentHash(dashboard)) || IsLastSavedByUs(dashboard, liveVersion);
    }

    /// <summary>
    /// Nobody saved since our last write under this uid: tag and marker present, the marker written for this uid, and
    /// the live version the one our save produced (Grafana adds 1 per save). Needs no hash of the content.
    /// </summary>
    internal static bool IsLastSavedByUs(JsonObject dashboard, int liveVersion)
    {
        var uid = dashboard["uid"] is JsonValue u && u.TryGetValue<string>(out var text) ? text : null;
        return uid is not null && HasTag(dashboard) && RecordedUid(dashboard) == uid && RecordedVersion(dashboard) == liveVersion;
    }

    /// <summary>Why a tagged dashboard is not <see cref="IsUntouched"/>, in words for a report.</summary>
    public static string WhyTouched(JsonObject dashboard, int liveVersion)
    {
        var uid = dashboard["uid"] is JsonValue u && u.TryGetValue<string>(out var text) ? text : null;
        if (RecordedHash(dashboard) is null)
        {
            return $"carries the tag '{Tag}' but not this tool's marker (edited in the UI, which drops it, or tagged by hand; version {liveVersion})";
        }
        if (RecordedUid(dashboard) is { } recordedUid && recordedUid != uid)
        {
            return $"a copy made in Grafana of '{recordedUid}' (the marker names another uid)";
        }
        return $"changed in Grafana since this tool last wrote it (live version {liveVersion})";
    }
}
