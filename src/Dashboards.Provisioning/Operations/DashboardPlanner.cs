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
    System.Text.Json.Nodes.JsonObject Model,
    string ContentHash)
{
    private Lazy<string> _diff = new(() => "");

    internal PlannedDashboard(DashboardDocument document, PlanAction action, string reason, LiveDashboard? live,
        System.Text.Json.Nodes.JsonObject model, string contentHash, Func<string> diff)
        : this(document, action, reason, live, model, contentHash) => _diff = new Lazy<string>(diff);

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
        var (model, hash) = DashboardNormalizer.Prepare(document, (live?.Version ?? 0) + 1);
        var desiredFolder = document.Folder.IsGeneral ? FolderRef.GeneralUid : document.Folder.Uid;
        if (live is null)
        {
            return new PlannedDashboard(document, PlanAction.Create, $"new dashboard in folder '{desiredFolder}'", null, model, hash);
        }

        var recorded = ManagedMarker.RecordedHash(live.Dashboard);
        // Diffs cost more than the rest of a plan: built only when printed, never for unchanged dashboards.
        Func<string> diff = () => UnifiedDiff.Create(
            DashboardNormalizer.ToDiffText(live.Dashboard), DashboardNormalizer.ToDiffText(model),
            $"grafana/{document.Uid} (version {live.Version})", $"code/{document.Uid}");
        var moved = live.FolderUidOrGeneral != desiredFolder;
        var move = moved ? $"move from folder '{live.FolderUidOrGeneral}' to '{desiredFolder}'" : null;

        if (live.Provisioned)
        {
            return new PlannedDashboard(document, PlanAction.Conflict,
                $"Grafana provisions this uid from files (version {live.Version}); the API cannot save it. Remove it from the file provisioning first.",
                live, model, hash, diff);
        }
        // Nobody saved since our last write when the version is the one our save produced; Grafana may still have
        // adjusted the content while saving it (e.g. refresh below min_refresh_interval), which is not an edit.
        // That proof needs no hash of the live content, which is most of a no-change plan's cost: hash it only when
        // the version alone does not settle it. The decision is the same either way (see the test of this shortcut).
        var lastSavedByUs = ManagedMarker.IsLastSavedByUs(live.Dashboard, live.Version);
        if (recorded == hash && !moved && lastSavedByUs)
        {
            return new PlannedDashboard(document, PlanAction.Unchanged, UnchangedReason, live, model, hash);
        }
        var liveHash = DashboardNormalizer.ContentHash(live.Dashboard);
        var untouched = ManagedMarker.IsUntouchedWithHash(live.Dashboard, live.Version, liveHash);
        if (liveHash == hash || (untouched && recorded == hash))
        {
            // The content is already what the code says (or what Grafana made of it): saving cannot lose anyone's work.
            if (recorded == hash && !moved)
            {
                return new PlannedDashboard(document, PlanAction.Unchanged, UnchangedReason, live, model, hash);
            }
            return new PlannedDashboard(document, PlanAction.Update, move ?? "content equal; restoring the managed marker", live, model, hash, diff);
        }
        if (recorded is null)
        {
            var why = ManagedMarker.HasTag(live.Dashboard)
                ? $"changed in Grafana since this tool last wrote it: the marker field was removed, as a save from the UI does (version {live.Version})"
                : $"exists in Grafana (version {live.Version}) but was not created by this tool";
            return new PlannedDashboard(document, PlanAction.Conflict, why, live, model, hash, diff);
        }
        if (!untouched)
        {
            return new PlannedDashboard(document, PlanAction.Conflict, ManagedMarker.WhyTouched(live.Dashboard, live.Version), live, model, hash, diff);
        }
        return new PlannedDashboard(document, PlanAction.Update,
            move is null ? $"content changed (live version {live.Version})" : $"content changed and {move}", live, model, hash, diff);
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
