using System.Text.Json.Nodes;

namespace Dashboards.Provisioning.Tests;

/// <summary>Prune deletes only what is still exactly as this tool left it under its uid; --force for the rest.</summary>
public sealed class CarefulPruneTests : GrafanaDoubleTest
{
    private async Task PushAll(params string[] uids) =>
        await new DashboardPusher(Api).PushAsync(uids.Select(u => TestSupport.Doc(u, u.ToUpperInvariant())).ToList(), new PushOptions());

    private Task<PruneReport> Prune(bool confirm = true, bool force = false, params string[] inCode) =>
        new DashboardPruner(Api).PruneAsync(inCode, new PruneOptions { Confirm = confirm, Force = force });

    [Fact]
    public async Task Edited_dashboards_that_kept_the_marker_are_kept_and_listed_with_why()
    {
        await PushAll("a", "b");
        // An API client (or a UI keeping unknown fields) changes the content but leaves the marker in place.
        Grafana.Store.EditInUi("a", d => d["description"] = "tuned by on-call");

        var report = await Prune();

        var kept = report.Dashboards.Single(d => d.Uid == "a");
        Assert.Equal(PruneStatus.Kept, kept.Status);
        Assert.Contains("changed in Grafana since this tool last wrote it", kept.Detail);
        Assert.Contains("--force", kept.Detail);
        Assert.Equal(PruneStatus.Deleted, report.Dashboards.Single(d => d.Uid == "b").Status);
        Assert.Equal(["a"], Grafana.Store.DashboardUids());
    }

    [Fact]
    public async Task A_copy_made_in_Grafana_never_looks_like_ours()
    {
        await PushAll("a");
        var copy = Grafana.Store.GetDashboard("a")!;
        copy["uid"] = "a-copy";
        copy["title"] = "A Copy";
        copy.Remove("id");
        Grafana.Store.Seed(copy, folderUid: "bots", author: "a-person");

        var report = await Prune(inCode: "a");

        var kept = Assert.Single(report.Dashboards);
        Assert.Equal(("a-copy", PruneStatus.Kept), (kept.Uid, kept.Status));
        Assert.Contains("a copy made in Grafana of 'a'", kept.Detail);
        Assert.Equal(["a", "a-copy"], Grafana.Store.DashboardUids());
    }

    [Fact]
    public async Task A_copy_keeping_version_1_and_the_title_is_still_not_ours()
    {
        await PushAll("a");
        var copy = Grafana.Store.GetDashboard("a")!;
        copy["uid"] = "twin";
        copy.Remove("id");
        Grafana.Store.Seed(copy, folderUid: "bots");

        Assert.False(ManagedMarker.IsUntouched(Grafana.Store.GetDashboard("twin")!, 1));
        Assert.True(ManagedMarker.IsUntouched(Grafana.Store.GetDashboard("a")!, 1));
        Assert.Equal(PruneStatus.Kept, Assert.Single((await Prune(inCode: "a")).Dashboards).Status);
    }

    [Fact]
    public async Task Force_deletes_edited_dashboards_and_copies_but_says_so()
    {
        await PushAll("a", "b");
        Grafana.Store.EditInUi("a", d => d["description"] = "tuned");
        Grafana.Store.EditInUi("b", d => d.Remove(ManagedMarker.FieldName));

        var listed = await Prune(confirm: false, force: true);
        Assert.All(listed.Dashboards, d => Assert.Equal(PruneStatus.WouldDelete, d.Status));
        Assert.Equal(2, Grafana.Store.DashboardUids().Count);

        var report = await Prune(force: true);
        Assert.All(report.Dashboards, d => Assert.Contains("--force", d.Detail));
        Assert.Empty(Grafana.Store.DashboardUids());
    }

    [Fact]
    public async Task Markers_from_before_the_uid_was_recorded_still_prune_when_content_matches()
    {
        await PushAll("a");
        Grafana.Store.EditInUi("a", d => ((JsonObject)d[ManagedMarker.FieldName]!).Remove("uid"));
        // Content hash still equal (the marker is not part of it): untouched by content, whatever the version.
        Assert.True(ManagedMarker.IsUntouched(Grafana.Store.GetDashboard("a")!, 2));
        Assert.Equal(PruneStatus.Deleted, Assert.Single((await Prune()).Dashboards).Status);
    }
}
