namespace Dashboards.Provisioning;

public enum PushStatus
{
    Created,
    Updated,
    Unchanged,
    /// <summary>Not written because of a conflict (edited in Grafana, or not created by this tool).</summary>
    Skipped,
    /// <summary>Not written because of an error (Grafana still holds what it held before).</summary>
    Failed,
    /// <summary>A save may or may not have landed, and re-reading Grafana could not tell: run plan to see the state.</summary>
    Unknown,
}

/// <summary>The outcome for one dashboard. <see cref="Version"/> is Grafana's version after the push (or the live one).</summary>
public sealed record PushResult(string Uid, string Title, string FolderUid, PushStatus Status, int? Version, string Detail)
{
    /// <summary>True when Grafana received a new version of this dashboard.</summary>
    public bool Written => Status is PushStatus.Created or PushStatus.Updated;
}

public enum FolderStatus
{
    Existing,
    Created,
    Renamed,
    Failed,
    /// <summary>A create or rename may or may not have landed, and re-reading the folder could not tell.</summary>
    Unknown,
}

public sealed record FolderResult(FolderRef Folder, FolderStatus Status, string Detail);

/// <summary>Everything a push did (or, with <see cref="DryRun"/>, would do).</summary>
public sealed record PushReport(
    IReadOnlyList<PushResult> Dashboards,
    IReadOnlyList<FolderResult> Folders,
    bool DryRun,
    string? Aborted = null,
    GrafanaFailure? AbortFailure = null)
{
    public IEnumerable<PushResult> With(PushStatus status) => Dashboards.Where(d => d.Status == status);

    public int Count(PushStatus status) => Dashboards.Count(d => d.Status == status);

    public int ExitCode => ProvisioningExitCodes.ForPush(this);
}

/// <summary>
/// Exit codes of the provisioning verbs, so CI can tell what happened. Failures win over conflicts.
/// </summary>
public static class ProvisioningExitCodes
{
    /// <summary>Everything written, unchanged or (dry run / plan) plannable.</summary>
    public const int Success = 0;

    /// <summary>At least one dashboard (or folder, or prune deletion) failed; the report lists what was and was not written.</summary>
    public const int Failed = 3;

    /// <summary>Nothing failed, but at least one dashboard was skipped because it was changed in Grafana (use --force).</summary>
    public const int Conflict = 4;

    /// <summary>Grafana could not be reached, or rejected the credentials: nothing was done.</summary>
    public const int Unavailable = 5;

    /// <summary><c>plan --detailed-exitcode</c>: the plan has changes to apply (like terraform plan -detailed-exitcode).</summary>
    public const int ChangesPending = 6;

    /// <summary>
    /// At least one write (save, folder create or rename, delete) may or may not have landed and re-reading Grafana
    /// could not tell; the report lists them as unknown. Wins over failures and conflicts.
    /// </summary>
    public const int Unknown = 7;

    public static int ForPush(PushReport report) =>
        report.Aborted is not null ? ForAbort(report.AbortFailure)
        : report.Count(PushStatus.Unknown) > 0 || report.Folders.Any(f => f.Status == FolderStatus.Unknown) ? Unknown
        : report.Count(PushStatus.Failed) > 0 || report.Folders.Any(f => f.Status == FolderStatus.Failed) ? Failed
        : report.Count(PushStatus.Skipped) > 0 ? Conflict
        : Success;

    /// <summary>
    /// An operation stopped before writing anything: unreachable, too slow, redirected elsewhere, no Grafana API at the
    /// URL, or credentials refused is 5; anything else (an unreadable answer, a permission) 3.
    /// </summary>
    public static int ForAbort(GrafanaFailure? failure) =>
        failure is GrafanaFailure.Unreachable or GrafanaFailure.Timeout or GrafanaFailure.Deadline or GrafanaFailure.Unauthorized
            or GrafanaFailure.Redirected or GrafanaFailure.NotFound ? Unavailable : Failed;
}
