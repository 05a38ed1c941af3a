namespace Dashboards.Provisioning;

public sealed record PushOptions
{
    /// <summary>Plan and report, write nothing (not even folders).</summary>
    public bool DryRun { get; init; }

    /// <summary>Overwrite dashboards changed in Grafana or not created by this tool.</summary>
    public bool Force { get; init; }

    /// <summary>Commit message stored in Grafana's version history (max 500 characters).</summary>
    public string Message { get; init; } = "Pushed by dashboards-as-code";
}

/// <summary>
/// Writes documents to Grafana: folders first (parents before children), then each dashboard that is new or changed.
/// Unchanged dashboards get no new version; dashboards changed in Grafana are skipped unless forced. An update sends
/// the live version without overwrite, so a save racing ours is caught by Grafana (412/409) and not lost.
/// </summary>
public sealed class DashboardPusher(GrafanaClient client)
{
    private const int MaxMessageLength = 500;

    public async Task<PushReport> PushAsync(IReadOnlyList<DashboardDocument> documents, PushOptions options, CancellationToken cancellationToken = default)
    {
        DashboardPlanner.EnsureDistinctUids(documents);
        var message = options.Message.Length > MaxMessageLength ? options.Message[..MaxMessageLength] : options.Message;

        try
        {
            await client.GetHealthAsync(cancellationToken).ConfigureAwait(false);
            await client.VerifyCredentialsAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (GrafanaApiException e)
        {
            return Abort(documents, options.DryRun, e.Message, e.Failure);
        }

        // A dashboard that cannot be read is not written; the others go on.
        var outcomes = await new DashboardPlanner(client).TryPlanAsync(documents, cancellationToken).ConfigureAwait(false);

        // Every folder in code is found (or created) and given its title from code, even when its dashboards are unchanged.
        var folders = await EnsureFoldersAsync(documents.Select(d => d.Folder), options.DryRun, cancellationToken).ConfigureAwait(false);
        var failedFolders = folders.Where(f => f.Status == FolderStatus.Failed).ToDictionary(f => f.Folder.Uid, StringComparer.Ordinal);

        var results = new PushResult?[documents.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, documents.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(client.Settings.MaxConcurrency, 1), CancellationToken = cancellationToken },
            async (i, ct) => results[i] = outcomes[i].Plan is { } planned
                ? await PushOneAsync(planned, options, message, failedFolders, ct).ConfigureAwait(false)
                : new PushResult(documents[i].Uid, documents[i].Title, FolderUidOf(documents[i]), PushStatus.Failed, null,
                    "not written: reading the live dashboard failed: " + outcomes[i].Error!.Message)).ConfigureAwait(false);

        return new PushReport(results.Select(r => r!).ToList(), folders, options.DryRun);
    }

    private async Task<PushResult> PushOneAsync(
        PlannedDashboard planned, PushOptions options, string message, IReadOnlyDictionary<string, FolderResult> failedFolders, CancellationToken ct)
    {
        var doc = planned.Document;
        var folderUid = FolderUidOf(doc);
        PushResult Result(PushStatus status, int? version, string detail) => new(doc.Uid, doc.Title, folderUid, status, version, detail);
        var liveVersion = planned.Live?.Version;

        switch (planned.Action)
        {
            case PlanAction.Unchanged:
                return Result(PushStatus.Unchanged, liveVersion, planned.Reason);
            case PlanAction.Conflict when !options.Force:
                return Result(PushStatus.Skipped, liveVersion,
                    $"{planned.Reason}. Not overwritten: run 'plan' to see the difference, copy the change into code, or push with --force to overwrite it.");
        }

        var created = planned.Action == PlanAction.Create;
        var forced = planned.Action == PlanAction.Conflict;
        var status = created ? PushStatus.Created : PushStatus.Updated;
        if (options.DryRun)
        {
            return Result(status, liveVersion, (forced ? "overwrite (--force): " : "") + planned.Reason);
        }
        if (failedFolders.TryGetValue(doc.Folder.Uid, out var folderFailure))
        {
            return Result(PushStatus.Failed, liveVersion, $"not written: folder '{doc.Folder.Uid}' is missing and could not be created ({folderFailure.Detail})");
        }

        var model = planned.Model.DeepClone().AsObject();
        if (planned.Live is not null)
        {
            // Optimistic concurrency: Grafana rejects the save if the version moved since we read it.
            model["version"] = planned.Live.Version;
        }
        try
        {
            var saved = await client.SaveDashboardAsync(model, folderUid, message, overwrite: forced, ct).ConfigureAwait(false);
            return Result(status, saved.Version, forced ? "overwritten (--force): " + planned.Reason : planned.Reason);
        }
        catch (GrafanaApiException e) when (e.Failure == GrafanaFailure.Conflict)
        {
            // A retried save may have landed the first time; if Grafana now holds exactly our content, it is ours.
            var live = await TryGetAsync(doc.Uid, ct).ConfigureAwait(false);
            if (live is not null && ManagedMarker.RecordedHash(live.Dashboard) == planned.ContentHash
                && (DashboardNormalizer.ContentHash(live.Dashboard) == planned.ContentHash || ManagedMarker.RecordedVersion(live.Dashboard) == live.Version))
            {
                return Result(status, live.Version, planned.Reason);
            }
            return Result(PushStatus.Skipped, live?.Version ?? liveVersion,
                $"changed in Grafana while pushing ({e.Message}). Not overwritten: run 'plan' to see the difference, or push with --force.");
        }
        catch (GrafanaApiException e)
        {
            return Result(PushStatus.Failed, liveVersion, "not written: " + e.Message);
        }
    }

    private async Task<LiveDashboard?> TryGetAsync(string uid, CancellationToken ct)
    {
        try
        {
            return await client.GetDashboardAsync(uid, ct).ConfigureAwait(false);
        }
        catch (GrafanaApiException)
        {
            return null;
        }
    }

    /// <summary>Finds or creates each folder by uid, parents before children; the root needs nothing.</summary>
    private async Task<IReadOnlyList<FolderResult>> EnsureFoldersAsync(IEnumerable<FolderRef> wanted, bool dryRun, CancellationToken ct)
    {
        var pending = wanted.Where(f => !f.IsGeneral).DistinctBy(f => f.Uid).ToDictionary(f => f.Uid, StringComparer.Ordinal);
        var results = new List<FolderResult>();
        var failed = new HashSet<string>(StringComparer.Ordinal);
        while (pending.Count > 0)
        {
            var ready = pending.Values.Where(f => f.ParentUid is null || !pending.ContainsKey(f.ParentUid)).OrderBy(f => f.Uid, StringComparer.Ordinal).ToList();
            if (ready.Count == 0)
            {
                results.AddRange(pending.Values.Select(f => new FolderResult(f, FolderStatus.Failed, "folder parents form a cycle")));
                break;
            }
            foreach (var folder in ready)
            {
                pending.Remove(folder.Uid);
                if (folder.ParentUid is not null && failed.Contains(folder.ParentUid))
                {
                    failed.Add(folder.Uid);
                    results.Add(new FolderResult(folder, FolderStatus.Failed, $"parent folder '{folder.ParentUid}' could not be created"));
                    continue;
                }
                var result = await EnsureFolderAsync(folder, dryRun, ct).ConfigureAwait(false);
                if (result.Status == FolderStatus.Failed)
                {
                    failed.Add(folder.Uid);
                }
                results.Add(result);
            }
        }
        return results;
    }

    private async Task<FolderResult> EnsureFolderAsync(FolderRef folder, bool dryRun, CancellationToken ct)
    {
        try
        {
            var existing = await client.GetFolderAsync(folder.Uid, ct).ConfigureAwait(false);
            if (existing is not null)
            {
                if (existing.Title == folder.Title)
                {
                    return new FolderResult(folder, FolderStatus.Existing, "exists");
                }
                if (!dryRun)
                {
                    await client.RenameFolderAsync(folder.Uid, folder.Title, existing.Version, ct).ConfigureAwait(false);
                }
                return new FolderResult(folder, FolderStatus.Renamed, $"renamed from '{existing.Title}'" + (dryRun ? " (dry run)" : ""));
            }
            if (dryRun)
            {
                return new FolderResult(folder, FolderStatus.Created, "would be created (dry run)");
            }
            await client.CreateFolderAsync(folder, ct).ConfigureAwait(false);
            return new FolderResult(folder, FolderStatus.Created, folder.ParentUid is null ? "created" : $"created under '{folder.ParentUid}'");
        }
        catch (GrafanaApiException e)
        {
            return new FolderResult(folder, FolderStatus.Failed, e.Message);
        }
    }

    private static string FolderUidOf(DashboardDocument document) => document.Folder.IsGeneral ? FolderRef.GeneralUid : document.Folder.Uid;

    private static PushReport Abort(IReadOnlyList<DashboardDocument> documents, bool dryRun, string reason, GrafanaFailure failure) =>
        new(documents.Select(d => new PushResult(d.Uid, d.Title, FolderUidOf(d),
                PushStatus.Failed, null, "not written: " + reason)).ToList(),
            [], dryRun, reason + " Nothing was written.", failure);
}
