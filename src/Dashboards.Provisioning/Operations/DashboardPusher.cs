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
/// Writes documents to Grafana: folders first (parents before children, each level looked up concurrently), then each
/// dashboard that is new or changed. Unchanged dashboards get no new version; dashboards changed in Grafana are
/// skipped unless forced. An update sends the live version without overwrite, so a save racing ours is caught by
/// Grafana (412/409) and not lost. When a write fails in a way that may have landed (lost response, timeout, a retry
/// answered 409/412), Grafana is re-read before reporting; if that cannot tell, the outcome is reported as unknown.
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
            await client.CheckAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (GrafanaApiException e)
        {
            return Abort(documents, options.DryRun, e.Message, e.Failure);
        }

        // A dashboard that cannot be read is not written; the others go on.
        var outcomes = await new DashboardPlanner(client).TryPlanAsync(documents, cancellationToken).ConfigureAwait(false);

        // Every folder in code is found (or created) and given its title from code, even when its dashboards are unchanged.
        var folders = await EnsureFoldersAsync(documents.Select(d => d.Folder), options.DryRun, cancellationToken).ConfigureAwait(false);
        var unusable = folders.Where(f => f.Status is FolderStatus.Failed or FolderStatus.Unknown).ToDictionary(f => f.Folder.Uid, StringComparer.Ordinal);

        var results = new PushResult?[documents.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, documents.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(client.Settings.MaxConcurrency, 1), CancellationToken = cancellationToken },
            async (i, ct) => results[i] = outcomes[i].Plan is { } planned
                ? await PushOneAsync(planned, options, message, unusable, ct).ConfigureAwait(false)
                : new PushResult(documents[i].Uid, documents[i].Title, FolderUidOf(documents[i]), PushStatus.Failed, null,
                    "not written: reading the live dashboard failed: " + outcomes[i].Error!.Message)).ConfigureAwait(false);

        return new PushReport(results.Select(r => r!).ToList(), folders, options.DryRun);
    }

    private async Task<PushResult> PushOneAsync(
        PlannedDashboard planned, PushOptions options, string message, IReadOnlyDictionary<string, FolderResult> unusableFolders, CancellationToken ct)
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
        if (unusableFolders.TryGetValue(doc.Folder.Uid, out var folder))
        {
            var state = folder.Status == FolderStatus.Unknown ? "is in an unknown state" : "could not be found or created";
            return Result(PushStatus.Failed, liveVersion, $"not written (not sent): folder '{doc.Folder.Uid}' {state} ({folder.Detail})");
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
        catch (GrafanaApiException e) when (e.MayHaveLanded || e.Failure == GrafanaFailure.Conflict)
        {
            return await ReconcileSaveAsync(planned, status, folderUid, e, ct).ConfigureAwait(false);
        }
        catch (GrafanaApiException e)
        {
            return Result(PushStatus.Failed, liveVersion, "not written: " + e.Message);
        }
    }

    /// <summary>
    /// After a save whose outcome is not known (or a 412/409 that may answer our own earlier attempt), says what
    /// Grafana holds now: our content in our folder is written; the state read before is not written; a newer save
    /// by someone else is a conflict; no answer at all is unknown.
    /// </summary>
    private async Task<PushResult> ReconcileSaveAsync(PlannedDashboard planned, PushStatus status, string folderUid, GrafanaApiException error, CancellationToken ct)
    {
        var doc = planned.Document;
        PushResult Result(PushStatus s, int? version, string detail) => new(doc.Uid, doc.Title, folderUid, s, version, detail);
        LiveDashboard? live;
        try
        {
            live = await client.GetDashboardAsync(doc.Uid, ct).ConfigureAwait(false);
        }
        catch (GrafanaApiException readError)
        {
            return Result(PushStatus.Unknown, null,
                $"unknown: the save may or may not have reached Grafana ({error.Message}), and re-reading it failed ({readError.Message}). " +
                "Run 'plan' to see what Grafana holds; the next push finishes the job.");
        }
        if (live is not null && ManagedMarker.RecordedHash(live.Dashboard) == planned.ContentHash
            && ManagedMarker.IsUntouched(live.Dashboard, live.Version) && live.FolderUidOrGeneral == folderUid)
        {
            return Result(status, live.Version, planned.Reason + " (confirmed by re-reading Grafana after: " + error.Message + ")");
        }
        var before = planned.Live;
        var unchangedSince = live is null ? before is null : before is not null && live.Version == before.Version;
        if (!unchangedSince)
        {
            return Result(PushStatus.Skipped, live?.Version,
                $"changed in Grafana while pushing ({error.Message}). Not overwritten: run 'plan' to see the difference, or push with --force.");
        }
        return error.Failure == GrafanaFailure.Conflict
            ? Result(PushStatus.Skipped, live?.Version, $"not overwritten: {error.Message}")
            : Result(PushStatus.Failed, live?.Version, $"not written (Grafana still holds {(live is null ? "no such dashboard" : $"version {live.Version}")}): {error.Message}");
    }

    /// <summary>Finds or creates each folder by uid, parents before children, each level concurrently; the root needs nothing.</summary>
    private async Task<IReadOnlyList<FolderResult>> EnsureFoldersAsync(IEnumerable<FolderRef> wanted, bool dryRun, CancellationToken ct)
    {
        var pending = wanted.Where(f => !f.IsGeneral).DistinctBy(f => f.Uid).ToDictionary(f => f.Uid, StringComparer.Ordinal);
        var results = new List<FolderResult>();
        var unusable = new HashSet<string>(StringComparer.Ordinal);
        while (pending.Count > 0)
        {
            var ready = pending.Values.Where(f => f.ParentUid is null || !pending.ContainsKey(f.ParentUid)).OrderBy(f => f.Uid, StringComparer.Ordinal).ToList();
            if (ready.Count == 0)
            {
                results.AddRange(pending.Values.OrderBy(f => f.Uid, StringComparer.Ordinal).Select(f => new FolderResult(f, FolderStatus.Failed, "folder parents form a cycle")));
                break;
            }
            foreach (var folder in ready)
            {
                pending.Remove(folder.Uid);
            }
            var level = new FolderResult[ready.Count];
            await Parallel.ForEachAsync(
                Enumerable.Range(0, ready.Count),
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(client.Settings.MaxConcurrency, 1), CancellationToken = ct },
                async (i, token) =>
                {
                    var folder = ready[i];
                    level[i] = folder.ParentUid is not null && unusable.Contains(folder.ParentUid)
                        ? new FolderResult(folder, FolderStatus.Failed, $"not created: parent folder '{folder.ParentUid}' is missing or in an unknown state")
                        : await EnsureFolderAsync(folder, dryRun, token).ConfigureAwait(false);
                }).ConfigureAwait(false);
            foreach (var result in level)
            {
                if (result.Status is FolderStatus.Failed or FolderStatus.Unknown)
                {
                    unusable.Add(result.Folder.Uid);
                }
                results.Add(result);
            }
        }
        return results;
    }

    private async Task<FolderResult> EnsureFolderAsync(FolderRef folder, bool dryRun, CancellationToken ct)
    {
        GrafanaFolder? existing;
        try
        {
            existing = await client.GetFolderAsync(folder.Uid, ct).ConfigureAwait(false);
        }
        catch (GrafanaApiException e)
        {
            return new FolderResult(folder, FolderStatus.Failed, "not created (could not look it up): " + e.Message);
        }
        if (existing is not null)
        {
            if (existing.Title == folder.Title)
            {
                return new FolderResult(folder, FolderStatus.Existing, "exists");
            }
            if (dryRun)
            {
                return new FolderResult(folder, FolderStatus.Renamed, $"renamed from '{existing.Title}' (dry run)");
            }
            try
            {
                await client.RenameFolderAsync(folder.Uid, folder.Title, existing.Version, ct).ConfigureAwait(false);
                return new FolderResult(folder, FolderStatus.Renamed, $"renamed from '{existing.Title}'");
            }
            catch (GrafanaApiException e)
            {
                return await ReconcileFolderAsync(folder, e, FolderStatus.Renamed, $"renamed from '{existing.Title}'", ct).ConfigureAwait(false);
            }
        }
        if (dryRun)
        {
            return new FolderResult(folder, FolderStatus.Created, "would be created (dry run)");
        }
        try
        {
            await client.CreateFolderAsync(folder, ct).ConfigureAwait(false);
            return new FolderResult(folder, FolderStatus.Created, folder.ParentUid is null ? "created" : $"created under '{folder.ParentUid}'");
        }
        catch (GrafanaApiException e)
        {
            return await ReconcileFolderAsync(folder, e, FolderStatus.Created, "created", ct).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// After a failed create or rename: a folder with our uid and title means it worked (a retried create meets 409 for
    /// its own first attempt); no answer is unknown; otherwise it failed, with advice that works for folders.
    /// </summary>
    private async Task<FolderResult> ReconcileFolderAsync(FolderRef folder, GrafanaApiException error, FolderStatus success, string done, CancellationToken ct)
    {
        GrafanaFolder? now;
        try
        {
            now = await client.GetFolderAsync(folder.Uid, ct).ConfigureAwait(false);
        }
        catch (GrafanaApiException readError)
        {
            return error.MayHaveLanded || error.Failure == GrafanaFailure.Conflict
                ? new FolderResult(folder, FolderStatus.Unknown,
                    $"unknown: the request may or may not have reached Grafana ({error.Message}), and re-reading the folder failed ({readError.Message})")
                : new FolderResult(folder, FolderStatus.Failed, error.Message);
        }
        if (now is not null && now.Title == folder.Title)
        {
            return new FolderResult(folder, success, $"{done} (confirmed by re-reading Grafana after: {error.Message})");
        }
        return new FolderResult(folder, FolderStatus.Failed, error.Message);
    }

    private static string FolderUidOf(DashboardDocument document) => document.Folder.IsGeneral ? FolderRef.GeneralUid : document.Folder.Uid;

    private static PushReport Abort(IReadOnlyList<DashboardDocument> documents, bool dryRun, string reason, GrafanaFailure failure) =>
        new(documents.Select(d => new PushResult(d.Uid, d.Title, FolderUidOf(d),
                PushStatus.Failed, null, "not written: " + reason)).ToList(),
            [], dryRun, reason + " Nothing was written.", failure);
}
