using Dashboards.Provisioning;

namespace Dashboards.Cli.Provisioning;

/// <summary>Plain-text reports, one line per dashboard, stable for CI logs and tests.</summary>
internal static class ReportPrinter
{
    public static void Push(PushReport report, TextWriter output)
    {
        var prefix = report.DryRun ? "would be " : "";
        foreach (var folder in report.Folders.Where(f => f.Status != FolderStatus.Existing || f.Detail != "exists"))
        {
            var label = report.DryRun && folder.Status is FolderStatus.Created or FolderStatus.Renamed
                ? "would " + (folder.Status == FolderStatus.Created ? "create" : "rename")
                : Label(folder.Status);
            output.WriteLine($"  {label,-12} folder {folder.Folder.Uid} ({folder.Folder.Title})" +
                             (folder.Status == FolderStatus.Created ? "" : ": " + folder.Detail));
        }
        foreach (var d in report.Dashboards)
        {
            var label = d.Status is PushStatus.Created or PushStatus.Updated && report.DryRun ? "would " + (d.Status == PushStatus.Created ? "create" : "update") : Label(d.Status);
            var version = d.Version is { } v ? $"v{v}" : "-";
            output.WriteLine($"  {label,-12} {d.Uid,-28} {version,-5} {d.Title}: {d.Detail}");
        }
        if (report.Aborted is not null)
        {
            output.WriteLine($"Aborted: {report.Aborted}");
        }
        var unknown = report.Count(PushStatus.Unknown);
        output.WriteLine(
            $"Summary: {report.Count(PushStatus.Created)} {prefix}created, {report.Count(PushStatus.Updated)} {prefix}updated, " +
            $"{report.Count(PushStatus.Unchanged)} unchanged, {report.Count(PushStatus.Skipped)} skipped (conflict), {report.Count(PushStatus.Failed)} failed" +
            (unknown > 0 ? $", {unknown} unknown." : "."));
        if (!report.DryRun)
        {
            output.WriteLine($"Written: {List(report.Dashboards.Where(d => d.Written))}. Not written: {List(report.Dashboards.Where(d => d.Status is PushStatus.Skipped or PushStatus.Failed))}." +
                             (unknown > 0 ? $" Unknown (may or may not be written; run plan): {List(report.With(PushStatus.Unknown))}." : ""));
        }
    }

    public static void Plan(IReadOnlyList<PlannedDashboard> plan, TextWriter output, bool showCreates)
    {
        foreach (var p in plan)
        {
            var symbol = p.Action switch { PlanAction.Create => "+", PlanAction.Update => "~", PlanAction.Conflict => "!", _ => "=" };
            output.WriteLine($"{symbol} {p.Action.ToString().ToLowerInvariant(),-9} {p.Document.Uid} ({p.Document.Title}): {p.Reason}");
            if (p.Action is PlanAction.Update or PlanAction.Conflict && p.Diff.Length > 0)
            {
                output.Write(Indent(p.Diff));
            }
            else if (p.Action == PlanAction.Create && showCreates)
            {
                output.Write(Indent(string.Join('\n', DashboardNormalizer.ToDiffText(p.Model).Split('\n').Select(line => "+" + line))));
            }
        }
        int Count(PlanAction action) => plan.Count(p => p.Action == action);
        output.WriteLine($"Plan: {Count(PlanAction.Create)} to create, {Count(PlanAction.Update)} to update, {Count(PlanAction.Unchanged)} unchanged, " +
                         $"{Count(PlanAction.Conflict)} in conflict (changed in Grafana; push skips them unless --force).");
    }

    public static void Prune(PruneReport report, TextWriter output)
    {
        foreach (var d in report.Dashboards)
        {
            var label = d.Status switch
            {
                PruneStatus.WouldDelete => "would delete", PruneStatus.Deleted => "deleted", PruneStatus.Kept => "kept",
                PruneStatus.Unknown => "unknown", _ => "failed",
            };
            output.WriteLine($"  {label,-12} {d.Uid,-28} {d.Title}: {d.Detail}");
        }
        if (report.Aborted is not null)
        {
            output.WriteLine($"Aborted: {report.Aborted}");
        }
        var unknown = report.Count(PruneStatus.Unknown);
        output.WriteLine(report.Confirmed
            ? $"Prune: {report.Count(PruneStatus.Deleted)} deleted, {report.Count(PruneStatus.Kept)} kept, {report.Count(PruneStatus.Failed)} failed" +
              (unknown > 0 ? $", {unknown} unknown (may or may not be deleted; run prune again)." : ".")
            : $"Prune: {report.Count(PruneStatus.WouldDelete)} would be deleted, {report.Count(PruneStatus.Kept)} kept. Nothing was deleted; pass --confirm to delete.");
    }

    private static string Label(PushStatus status) => status switch
    {
        PushStatus.Created => "created",
        PushStatus.Updated => "updated",
        PushStatus.Unchanged => "unchanged",
        PushStatus.Skipped => "skipped",
        PushStatus.Unknown => "unknown",
        _ => "failed",
    };

    private static string Label(FolderStatus status) => status switch
    {
        FolderStatus.Created => "created",
        FolderStatus.Existing => "exists",
        FolderStatus.Renamed => "renamed",
        FolderStatus.Unknown => "unknown",
        _ => "failed",
    };

    private static string List(IEnumerable<PushResult> results)
    {
        var uids = results.Select(r => r.Uid).ToList();
        return uids.Count == 0 ? "none" : string.Join(", ", uids);
    }

    private static string Indent(string text) => string.Concat(text.TrimEnd('\n').Split('\n').Select(line => "    " + line + "\n"));
}
