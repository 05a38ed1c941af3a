using System.Text.Json.Nodes;

namespace Dashboards.Provisioning;

public enum PlanAction
{
    /// <summary>Grafana has no dashboard with this uid.</summary>
    Create,
    /// <summary>Grafana holds what this tool last wrote, and the code has changed (content or folder).</summary>
    Update,
    /// <summary>Grafana already holds exactly this content in this folder.</summary>
    Unchanged,
    /// <summary>Grafana's copy was changed since this tool last wrote it, or was never written by it.</summary>
    Conflict,
}

/// <summary>What one document would do to Grafana, with the normalized diff between live and code (built on first use).</summary>
public sealed record PlannedDashboard(
    DashboardDocument Document,
    PlanAction Action,
    string Reason,
    LiveDashboard? Live,
    JsonObject Model,
    string ContentHash)
{
    private Lazy<string> _diff = new(() => "");

    private JsonObject? _model = Model;
    private readonly Func<JsonObject>? _buildModel;

    internal PlannedDashboard(DashboardDocument document, PlanAction action, string reason, LiveDashboard? live,
        JsonObject model, string contentHash, Func<string> diff)
        : this(document, action, reason, live, model, contentHash) => _diff = new Lazy<string>(diff);

    /// <summary>An unchanged dashboard: nothing will be sent, so its model is built only if someone asks for it.</summary>
    internal PlannedDashboard(DashboardDocument document, string reason, LiveDashboard live, Func<JsonObject> buildModel, string contentHash)
        : this(document, PlanAction.Unchanged, reason, live, null!, contentHash) => _buildModel = buildModel;

    /// <summary>The JSON a save sends: the document with uid, title, the managed tag and the marker.</summary>
    public JsonObject Model
    {
        get => _model ?? LazyInitializer.EnsureInitialized(ref _model, _buildModel!);
        init => _model = value;
    }

    /// <summary>Unified diff (<c>---</c> Grafana, <c>+++</c> code) of the normalized JSON; empty for creates and unchanged.</summary>
    public string Diff => _diff.Value;
}

/// <summary>A document's plan, or the error that kept it from being read.</summary>
public sealed record PlanOutcome(DashboardDocument Document, PlannedDashboard? Plan, GrafanaApiException? Error);

/// <summary>
/// Compares documents with Grafana. Content is compared after <see cref="DashboardNormalizer"/>; a live dashboard
/// counts as ours-and-untouched only when its content hash equals the hash its marker recorded at our last write.
/// </summary>
public sealed class DashboardPlanner(GrafanaClient client)
{
    private const string UnchangedReason = "same content and folder as in Grafana";

    /// <summary>The plan for every document; throws the first read failure.</summary>
    public async Task<IReadOnlyList<PlannedDashboard>> PlanAsync(IReadOnlyList<DashboardDocument> documents, CancellationToken cancellationToken = default)
    {
        var outcomes = await TryPlanAsync(documents, cancellationToken).ConfigureAwait(false);
        return outcomes.FirstOrDefault(o => o.Error is not null)?.Error is { } error ? throw error : outcomes.Select(o => o.Plan!).ToList();
    }

    /// <summary>The plan for every document, in order; a dashboard that cannot be read carries its error instead.</summary>
    public async Task<IReadOnlyList<PlanOutcome>> TryPlanAsync(IReadOnlyList<DashboardDocument> documents, CancellationToken cancellationToken = default)
    {
        EnsureDistinctUids(documents);
        var outcomes = new PlanOutcome[documents.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, documents.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(client.Settings.MaxConcurrency, 1), CancellationToken = cancellationToken },
            async (i, ct) =>
            {
                try
                {
                    var live = await client.GetDashboardAsync(documents[i].Uid, ct).ConfigureAwait(false);
                    outcomes[i] = new PlanOutcome(documents[i], Classify(documents[i], live), null);
                }
                catch (GrafanaApiException e)
                {
                    outcomes[i] = new PlanOutcome(documents[i], null, e);
                }
            }).ConfigureAwait(false);
        return outcomes;
    }

    /// <summary>The decision for one document given what Grafana holds (null: nothing).</summary>
    public static PlannedDashboard Classify(DashboardDocument document, LiveDashboard? live)
    {
        // Grafana numbers versions 1, then +1 per save: the save this plan leads to produces live.Version + 1.
        var expectedVersion = (live?.Version ?? 0) + 1;
        // The hash first, from the document itself: the model (a deep copy) is built only for dashboards to write or diff.
        var hash = DashboardNormalizer.ContentHash(document);
        JsonObject Model() => DashboardNormalizer.Model(document, hash, expectedVersion);
        var desiredFolder = document.Folder.IsGeneral ? FolderRef.GeneralUid : document.Folder.Uid;
        if (live is null)
        {
            return new PlannedDashboard(document, PlanAction.Create, $"new dashboard in folder '{desiredFolder}'", null, Model(), hash);
        }

        var recorded = ManagedMarker.RecordedHash(live.Dashboard);
        // Diffs cost more than the rest of a plan: built only when printed, never for unchanged dashboards.
        PlannedDashboard Planned(PlanAction action, string reason)
        {
            var model = Model();
            return new PlannedDashboard(document, action, reason, live, model, hash, () => UnifiedDiff.Create(
                DashboardNormalizer.ToDiffText(live.Dashboard), DashboardNormalizer.ToDiffText(model),
                $"grafana/{document.Uid} (version {live.Version})", $"code/{document.Uid}"));
        }
        PlannedDashboard Unchanged() => new(document, UnchangedReason, live, Model, hash);
        var moved = live.FolderUidOrGeneral != desiredFolder;
        var move = moved ? $"move from folder '{live.FolderUidOrGeneral}' to '{desiredFolder}'" : null;

        if (live.Provisioned)
        {
            return Planned(PlanAction.Conflict,
                $"Grafana provisions this uid from files (version {live.Version}); the API cannot save it. Remove it from the file provisioning first.");
        }
        // Nobody saved since our last write when the version is the one our save produced; Grafana may still have
        // adjusted the content while saving it (e.g. refresh below min_refresh_interval), which is not an edit.
        // That proof needs no hash of the live content, which is most of a no-change plan's cost: hash it only when
        // the version alone does not settle it. The decision is the same either way (see the test of this shortcut).
        var lastSavedByUs = ManagedMarker.IsLastSavedByUs(live.Dashboard, live.Version);
        if (recorded == hash && !moved && lastSavedByUs)
        {
            return Unchanged();
        }
        var liveHash = DashboardNormalizer.ContentHash(live.Dashboard);
        var untouched = ManagedMarker.IsUntouchedWithHash(live.Dashboard, live.Version, liveHash);
        if (liveHash == hash || (untouched && recorded == hash))
        {
            // The content is already what the code says (or what Grafana made of it): saving cannot lose anyone's work.
            return recorded == hash && !moved ? Unchanged() : Planned(PlanAction.Update, move ?? "content equal; restoring the managed marker");
        }
        if (recorded is null)
        {
            var why = ManagedMarker.HasTag(live.Dashboard)
                ? $"changed in Grafana since this tool last wrote it: the marker field was removed, as a save from the UI does (version {live.Version})"
                : $"exists in Grafana (version {live.Version}) but was not created by this tool";
            return Planned(PlanAction.Conflict, why);
        }
        if (!untouched)
        {
            return Planned(PlanAction.Conflict, ManagedMarker.WhyTouched(live.Dashboard, live.Version));
        }
        return Planned(PlanAction.Update, move is null ? $"content changed (live version {live.Version})" : $"content changed and {move}");
    }

    internal static void EnsureDistinctUids(IReadOnlyList<DashboardDocument> documents)
    {
        var duplicates = documents.GroupBy(d => d.Uid, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0)
        {
            throw new ArgumentException($"Dashboard uids must be unique; duplicated: {string.Join(", ", duplicates)}.", nameof(documents));
        }
    }
}
