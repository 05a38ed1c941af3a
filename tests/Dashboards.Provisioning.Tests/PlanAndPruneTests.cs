using System.Text.Json.Nodes;

namespace Dashboards.Provisioning.Tests;

public sealed class PlanTests : GrafanaDoubleTest
{
    [Fact]
    public async Task Plan_classifies_and_diffs_without_writing()
    {
        await new DashboardPusher(Api).PushAsync([TestSupport.Doc("same", "Same"), TestSupport.Doc("changed", "Changed"), TestSupport.Doc("edited", "Edited")], new PushOptions());
        Grafana.Store.EditInUi("edited", d => d["refresh"] = "5s");
        var requestsBefore = Grafana.Requests.Count(r => r.Method != "GET");

        var plan = await new DashboardPlanner(Api).PlanAsync([
            TestSupport.Doc("same", "Same"),
            TestSupport.Doc("changed", "Changed", query: "sum(up)"),
            TestSupport.Doc("edited", "Edited"),
            TestSupport.Doc("new", "New"),
        ]);

        Assert.Equal([PlanAction.Unchanged, PlanAction.Update, PlanAction.Conflict, PlanAction.Create], plan.Select(p => p.Action));
        Assert.Equal("", plan[0].Diff);
        var diff = plan[1].Diff;
        Assert.StartsWith("--- grafana/changed (version 1)\n+++ code/changed\n", diff);
        Assert.Contains("\n-          \"expr\": \"up\",\n+          \"expr\": \"sum(up)\",\n", diff);
        Assert.DoesNotContain("\"version\"", diff);
        Assert.DoesNotContain(ManagedMarker.FieldName, diff);
        Assert.Contains("-  \"refresh\": \"5s\",", plan[2].Diff);
        Assert.Contains("+  \"refresh\": \"30s\",", plan[2].Diff);
        Assert.Equal(requestsBefore, Grafana.Requests.Count(r => r.Method != "GET"));
    }

    [Fact]
    public void A_provisioned_live_dashboard_is_a_conflict()
    {
        var doc = TestSupport.Doc("a", "Alpha");
        var live = new LiveDashboard(new JsonObject { ["uid"] = "a", ["title"] = "Alpha" }, 4, "bots", "Bots", Provisioned: true, null);
        var planned = DashboardPlanner.Classify(doc, live);
        Assert.Equal(PlanAction.Conflict, planned.Action);
        Assert.Contains("provisions this uid from files", planned.Reason);
    }

    [Fact]
    public void Only_our_last_save_under_this_uid_with_the_tag_in_this_folder_skips_hashing_the_live_content()
    {
        // Classify trusts the version (Grafana adds 1 per save) before it hashes the live dashboard; each case here
        // is one the shortcut must not get wrong, and must decide as the content hash does.
        var doc = TestSupport.Doc("a", "Alpha");
        PlanAction Plan(Action<JsonObject> change, int version = 1, string folder = "bots")
        {
            var (model, _) = DashboardNormalizer.Prepare(doc, expectedVersion: 1);
            model["id"] = 3;
            model["version"] = version;
            change(model);
            return DashboardPlanner.Classify(doc, new LiveDashboard(model, version, folder, "Bots", false, null)).Action;
        }

        Assert.Equal(PlanAction.Unchanged, Plan(_ => { }));
        var (sent, _) = DashboardNormalizer.Prepare(doc, expectedVersion: 1);
        var unchanged = DashboardPlanner.Classify(doc, new LiveDashboard(sent, 1, "bots", "Bots", false, null));
        Assert.Equal(DashboardNormalizer.Prepare(doc, expectedVersion: 2).Model.ToJsonString(), unchanged.Model.ToJsonString()); // built on demand
        Assert.Equal(PlanAction.Unchanged, Plan(m => m["refresh"] = "1m")); // adjusted by Grafana while saving ours
        Assert.Equal(PlanAction.Unchanged, Plan(_ => { }, version: 2)); // saved again as it was: the content hash says so
        Assert.Equal(PlanAction.Conflict, Plan(m => m["refresh"] = "1m", version: 2)); // edited after our save
        Assert.Equal(PlanAction.Conflict, Plan(m => m["tags"] = new JsonArray("team-bots", "edited"))); // tag gone
        Assert.Equal(PlanAction.Conflict, Plan(m =>
        {
            m["refresh"] = "1m";
            m[ManagedMarker.FieldName]!["uid"] = "other"; // a copy of another dashboard, made in Grafana
        }));
        Assert.Equal(PlanAction.Update, Plan(_ => { }, folder: "infra")); // moved in code
        Assert.Equal(PlanAction.Update, Plan(_ => { }, folder: "infra", version: 2));
    }

    [Fact]
    public void Live_content_equal_to_code_but_without_marker_is_rewritten_not_a_conflict()
    {
        var doc = TestSupport.Doc("a", "Alpha");
        var (model, _) = DashboardNormalizer.Prepare(doc);
        model.Remove(ManagedMarker.FieldName);
        var planned = DashboardPlanner.Classify(doc, new LiveDashboard(model, 2, "bots", "Bots", false, null));
        Assert.Equal(PlanAction.Update, planned.Action);
        Assert.Contains("restoring the managed marker", planned.Reason);
    }
}

public sealed class PruneTests : GrafanaDoubleTest
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await new DashboardPusher(Api).PushAsync([
            TestSupport.Doc("keep", "Keep"),
            TestSupport.Doc("gone", "Gone"),
            TestSupport.Doc("gone-infra", "Gone infra", folder: new FolderRef("infra", "Infra")),
        ], new PushOptions());
        Grafana.Store.Seed(new JsonObject { ["uid"] = "hand-made", ["title"] = "Hand made" });
        Grafana.Store.Seed(new JsonObject { ["uid"] = "hand-tagged", ["title"] = "Tagged by hand", ["tags"] = new JsonArray(ManagedMarker.Tag) });
    }

    private Task<PruneReport> Prune(bool confirm, params string[] folders) =>
        new DashboardPruner(Api).PruneAsync(["keep"], new PruneOptions { Confirm = confirm, FolderUids = folders });

    [Fact]
    public async Task Without_confirm_it_only_lists()
    {
        var report = await Prune(confirm: false);
        Assert.Equal([("gone", PruneStatus.WouldDelete), ("gone-infra", PruneStatus.WouldDelete), ("hand-tagged", PruneStatus.Kept)],
            report.Dashboards.Select(d => (d.Uid, d.Status)));
        Assert.Contains("--confirm", report.Dashboards[0].Detail);
        Assert.Equal(0, Grafana.Count("DELETE", "/api/dashboards/uid/gone"));
        Assert.Equal(5, Grafana.Store.DashboardUids().Count);
    }

    [Fact]
    public async Task With_confirm_it_deletes_only_what_it_created()
    {
        var report = await Prune(confirm: true);
        Assert.Equal([("gone", PruneStatus.Deleted), ("gone-infra", PruneStatus.Deleted), ("hand-tagged", PruneStatus.Kept)],
            report.Dashboards.Select(d => (d.Uid, d.Status)));
        Assert.Equal(["hand-made", "hand-tagged", "keep"], Grafana.Store.DashboardUids());
        Assert.Equal(ProvisioningExitCodes.Success, report.ExitCode);
    }

    [Fact]
    public async Task A_managed_dashboard_whose_marker_was_dropped_in_the_UI_is_kept()
    {
        Grafana.Store.EditInUi("gone", d => d.Remove(ManagedMarker.FieldName));
        var report = await Prune(confirm: true);
        Assert.Equal(PruneStatus.Kept, report.Dashboards.Single(d => d.Uid == "gone").Status);
        Assert.Contains("gone", Grafana.Store.DashboardUids());
    }

    [Fact]
    public async Task Folder_scope_limits_pruning()
    {
        var report = await Prune(true, "infra");
        Assert.Equal([("gone-infra", PruneStatus.Deleted)], report.Dashboards.Select(d => (d.Uid, d.Status)));
        Assert.Contains("gone", Grafana.Store.DashboardUids());
    }

    [Fact]
    public async Task A_failed_delete_is_reported_and_sets_the_exit_code()
    {
        Grafana.Faults.FailWithStatus(500, int.MaxValue, new GrafanaDouble.FaultMatch("DELETE", "/api/dashboards/uid/gone-infra"));
        var report = await Prune(confirm: true);
        Assert.Equal(PruneStatus.Failed, report.Dashboards.Single(d => d.Uid == "gone-infra").Status);
        Assert.Equal(PruneStatus.Deleted, report.Dashboards.Single(d => d.Uid == "gone").Status);
        Assert.Equal(ProvisioningExitCodes.Failed, report.ExitCode);
    }
}
