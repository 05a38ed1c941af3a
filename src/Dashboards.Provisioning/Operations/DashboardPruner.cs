namespace Dashboards.Provisioning;

public enum PruneStatus
{
    /// <summary>Would be deleted (listed without --confirm).</summary>
    WouldDelete,
    Deleted,
    /// <summary>Carries the managed tag but not a valid marker (edited in the UI, or tagged by hand): never deleted.</summary>
    Kept,
    Failed,
}

public sealed record PruneResult(string Uid, string Title, string? FolderUid, PruneStatus Status, string Detail);

public sealed record PruneReport(IReadOnlyList<PruneResult> Dashboards, bool Confirmed, string? Aborted = null, GrafanaFailure? AbortFailure = null)
{
    public int Count(PruneStatus status) => Dashboards.Count(d => d.Status == status);

    public int ExitCode =>
        Aborted is not null ? ProvisioningExitCodes.ForAbort(AbortFailure)
        : Count(PruneStatus.Failed) > 0 ? ProvisioningExitCodes.Failed
        : ProvisioningExitCodes.Success;
}

public sealed record PruneOptions
{
    /// <summary>Delete for real; without it prune only lists what it would delete.</summary>
    public bool Confirm { get; init; }

    /// <summary>Limit pruning to these folder uids (empty: every folder).</summary>
    public IReadOnlyList<string> FolderUids { get; init; } = [];
}

/// <summary>
/// Removes dashboards this tool created that are no longer in code. A dashboard qualifies only with both the managed
/// tag and a valid marker field, re-read by uid just before deletion; anything else is never touched.
/// </summary>
public sealed class DashboardPruner(GrafanaClient client)
{
    public async Task<PruneReport> PruneAsync(IEnumerable<string> uidsInCode, PruneOptions options, CancellationToken cancellationToken = default)
    {
        var keep = uidsInCode.ToHashSet(StringComparer.Ordinal);
        IReadOnlyList<SearchHit> hits;
        try
        {
            hits = await client.SearchAsync(new SearchQuery { Tags = [ManagedMarker.Tag], FolderUids = options.FolderUids }, cancellationToken: cancellationToken)
                .ConfigureAwait(false);
        }
        catch (GrafanaApiException e)
        {
            return new PruneReport([], options.Confirm, e.Message + " Nothing was deleted.", e.Failure);
        }

        var candidates = hits.Where(h => !keep.Contains(h.Uid)).OrderBy(h => h.Uid, StringComparer.Ordinal).ToList();
        var results = new List<PruneResult>();
        foreach (var hit in candidates)
        {
            results.Add(await PruneOneAsync(hit, options.Confirm, cancellationToken).ConfigureAwait(false));
        }
        return new PruneReport(results, options.Confirm);
    }

    private async Task<PruneResult> PruneOneAsync(SearchHit hit, bool confirm, CancellationToken ct)
    {
        PruneResult Result(PruneStatus status, string detail) => new(hit.Uid, hit.Title, hit.FolderUid, status, detail);
        try
        {
            var live = await client.GetDashboardAsync(hit.Uid, ct).ConfigureAwait(false);
            if (live is null)
            {
                return Result(PruneStatus.Kept, "already gone");
            }
            if (!ManagedMarker.IsManaged(live.Dashboard))
            {
                return Result(PruneStatus.Kept,
                    $"tagged '{ManagedMarker.Tag}' but without this tool's marker (edited in the UI or tagged by hand); delete it by hand if intended");
            }
            if (live.Provisioned)
            {
                return Result(PruneStatus.Kept, "provisioned from files; Grafana refuses to delete it through the API");
            }
            if (!confirm)
            {
                return Result(PruneStatus.WouldDelete, $"no longer in code (version {live.Version}); pass --confirm to delete");
            }
            await client.DeleteDashboardAsync(hit.Uid, ct).ConfigureAwait(false);
            return Result(PruneStatus.Deleted, $"deleted (was version {live.Version})");
        }
        catch (GrafanaApiException e)
        {
            return Result(PruneStatus.Failed, "not deleted: " + e.Message);
        }
    }
}
