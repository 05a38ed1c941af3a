namespace Dashboards.Provisioning;

public enum PruneStatus
{
    /// <summary>Would be deleted (listed without --confirm).</summary>
    WouldDelete,
    Deleted,
    /// <summary>Not deleted: changed in Grafana since this tool wrote it, a copy made in Grafana, or provisioned.</summary>
    Kept,
    Failed,
    /// <summary>The delete may or may not have landed, and re-reading Grafana could not tell.</summary>
    Unknown,
}

public sealed record PruneResult(string Uid, string Title, string? FolderUid, PruneStatus Status, string Detail);

public sealed record PruneReport(IReadOnlyList<PruneResult> Dashboards, bool Confirmed, string? Aborted = null, GrafanaFailure? AbortFailure = null)
{
    public int Count(PruneStatus status) => Dashboards.Count(d => d.Status == status);

    public int ExitCode =>
        Aborted is not null ? ProvisioningExitCodes.ForAbort(AbortFailure)
        : Count(PruneStatus.Unknown) > 0 ? ProvisioningExitCodes.Unknown
        : Count(PruneStatus.Failed) > 0 ? ProvisioningExitCodes.Failed
        : ProvisioningExitCodes.Success;
}

public sealed record PruneOptions
{
    /// <summary>Delete for real; without it prune only lists what it would delete.</summary>
    public bool Confirm { get; init; }

    /// <summary>Also delete tagged dashboards that were changed in Grafana or are copies made there (never provisioned ones).</summary>
    public bool Force { get; init; }

    /// <summary>Limit pruning to these folder uids (empty: every folder).</summary>
    public IReadOnlyList<string> FolderUids { get; init; } = [];
}

/// <summary>
/// Removes dashboards this tool created that are no longer in code, as carefully as push writes: a dashboard is
/// deleted only when its live content, re-read by uid just before, is still what this tool last wrote under that uid
/// (<see cref="ManagedMarker.IsUntouched"/>). Edited dashboards and copies made in Grafana are kept and listed with
/// the reason, unless <see cref="PruneOptions.Force"/>. A delete whose answer was lost is confirmed by re-reading.
/// </summary>
public sealed class DashboardPruner(GrafanaClient client)
{
    public async Task<PruneReport> PruneAsync(IEnumerable<string> uidsInCode, PruneOptions options, CancellationToken cancellationToken = default)
    {
        var keep = uidsInCode.ToHashSet(StringComparer.Ordinal);
        IReadOnlyList<SearchHit> hits;
        try
        {
            await client.CheckAsync(cancellationToken).ConfigureAwait(false);
            hits = await client.SearchAsync(new SearchQuery { Tags = [ManagedMarker.Tag], FolderUids = options.FolderUids }, cancellationToken: cancellationToken)
                .ConfigureAwait(false);
        }
        catch (GrafanaApiException e)
        {
            return new PruneReport([], options.Confirm, e.Message + " Nothing was deleted.", e.Failure);
        }

        var candidates = hits.Where(h => !keep.Contains(h.Uid)).OrderBy(h => h.Uid, StringComparer.Ordinal).ToList();
        var results = new PruneResult[candidates.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, candidates.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(client.Settings.MaxConcurrency, 1), CancellationToken = cancellationToken },
            async (i, ct) => results[i] = await PruneOneAsync(candidates[i], options, ct).ConfigureAwait(false)).ConfigureAwait(false);
        return new PruneReport(results, options.Confirm);
    }

    private async Task<PruneResult> PruneOneAsync(SearchHit hit, PruneOptions options, CancellationToken ct)
    {
        PruneResult Result(PruneStatus status, string detail) => new(hit.Uid, hit.Title, hit.FolderUid, status, detail);
        LiveDashboard? live;
        try
        {
            live = await client.GetDashboardAsync(hit.Uid, ct).ConfigureAwait(false);
        }
        catch (GrafanaApiException e)
        {
            return Result(PruneStatus.Failed, "not deleted (could not read it): " + e.Message);
        }
        if (live is null)
        {
            return Result(PruneStatus.Kept, "already gone");
        }
        if (live.Provisioned)
        {
            return Result(PruneStatus.Kept, "provisioned from files; Grafana refuses to delete it through the API");
        }
        var forced = "";
        if (!ManagedMarker.IsUntouched(live.Dashboard, live.Version))
        {
            var why = ManagedMarker.WhyTouched(live.Dashboard, live.Version);
            if (!options.Force)
            {
                return Result(PruneStatus.Kept, $"{why}; not deleted: check it in Grafana, then delete it by hand or run prune --force --confirm");
            }
            forced = $" (--force: {why})";
        }
        if (!options.Confirm)
        {
            return Result(PruneStatus.WouldDelete, $"no longer in code (version {live.Version}){forced}; pass --confirm to delete");
        }
        try
        {
            await client.DeleteDashboardAsync(hit.Uid, ct).ConfigureAwait(false);
            return Result(PruneStatus.Deleted, $"deleted (was version {live.Version}){forced}");
        }
        catch (GrafanaApiException e)
        {
            // We read it a moment ago: a 404 now (or after a lost answer) means the delete is done.
            if (e.Failure == GrafanaFailure.NotFound)
            {
                return Result(PruneStatus.Deleted, $"deleted (was version {live.Version}; Grafana answered 404, it is gone){forced}");
            }
            try
            {
                var now = await client.GetDashboardAsync(hit.Uid, ct).ConfigureAwait(false);
                return now is null
                    ? Result(PruneStatus.Deleted, $"deleted (was version {live.Version}; confirmed by re-reading Grafana after: {e.Message}){forced}")
                    : Result(PruneStatus.Failed, "not deleted: " + e.Message);
            }
            catch (GrafanaApiException readError)
            {
                return e.MayHaveLanded
                    ? Result(PruneStatus.Unknown, $"unknown: the delete may or may not have reached Grafana ({e.Message}), and re-reading it failed ({readError.Message})")
                    : Result(PruneStatus.Failed, "not deleted: " + e.Message);
            }
        }
    }
}
