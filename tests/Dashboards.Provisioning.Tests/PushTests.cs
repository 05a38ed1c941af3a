using System.Text.Json.Nodes;
using Dashboards.GrafanaDouble;
using Double = Dashboards.GrafanaDouble.GrafanaDouble;

namespace Dashboards.Provisioning.Tests;

public sealed class PushTests : GrafanaDoubleTest
{
    private Task<PushReport> Push(IReadOnlyList<DashboardDocument> docs, bool force = false, bool dryRun = false) =>
        new DashboardPusher(Api).PushAsync(docs, new PushOptions { Force = force, DryRun = dryRun, Message = "ci build 42" });

    private int Saves => Grafana.Count("POST", "/api/dashboards/db");

    private static (string, PushStatus, int?)[] Outcome(PushReport report) =>
        report.Dashboards.Select(d => (d.Uid, d.Status, d.Version)).ToArray();

    [Fact]
    public async Task First_push_creates_folder_and_dashboards_with_marker_and_message()
    {
        var report = await Push([TestSupport.Doc("a", "Alpha"), TestSupport.Doc("b", "Beta")]);

        Assert.Equal([("a", PushStatus.Created, 1), ("b", PushStatus.Created, (int?)1)], Outcome(report));
        Assert.Equal(ProvisioningExitCodes.Success, report.ExitCode);
        Assert.Equal(FolderStatus.Created, Assert.Single(report.Folders).Status);
        Assert.Equal("Bots", Assert.Single(Grafana.Store.Folders()).Title);
        Assert.Equal("bots", Grafana.Store.GetFolderUidOf("a"));
        var stored = Grafana.Store.GetDashboard("a")!;
        Assert.True(ManagedMarker.IsManaged(stored));
        Assert.Equal("ci build 42", Grafana.Store.GetVersions("a").Single().Message);
    }

    [Fact]
    public async Task Unchanged_dashboards_get_no_new_version()
    {
        await Push([TestSupport.Doc("a", "Alpha")]);
        var savesAfterFirst = Saves;

        var report = await Push([TestSupport.Doc("a", "Alpha")]);

        Assert.Equal([("a", PushStatus.Unchanged, (int?)1)], Outcome(report));
        Assert.Equal(savesAfterFirst, Saves);
        Assert.Equal(1, Grafana.Store.GetVersion("a"));
        Assert.Equal(1, Grafana.Count("POST", "/api/folders"));
    }

    [Fact]
    public async Task Changed_code_updates_with_the_next_version()
    {
        await Push([TestSupport.Doc("a", "Alpha")]);
        var report = await Push([TestSupport.Doc("a", "Alpha", query: "rate(http_requests_total[5m])")]);
        Assert.Equal([("a", PushStatus.Updated, (int?)2)], Outcome(report));
        Assert.Equal("rate(http_requests_total[5m])", Grafana.Store.GetDashboard("a")!["panels"]![0]!["targets"]![0]!["expr"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_dashboard_edited_in_the_UI_is_skipped_and_kept()
    {
        await Push([TestSupport.Doc("a", "Alpha"), TestSupport.Doc("b", "Beta")]);
        Grafana.Store.EditInUi("a", d => d["title"] = "Alpha (tuned by on-call)");

        var report = await Push([TestSupport.Doc("a", "Alpha", query: "changed"), TestSupport.Doc("b", "Beta", query: "changed")]);

        Assert.Equal([("a", PushStatus.Skipped, 2), ("b", PushStatus.Updated, (int?)2)], Outcome(report));
        Assert.Equal(ProvisioningExitCodes.Conflict, report.ExitCode);
        var skipped = report.Dashboards[0].Detail;
        Assert.Contains("changed in Grafana since this tool last wrote it", skipped);
        Assert.Contains("--force", skipped);
        Assert.Equal("Alpha (tuned by on-call)", Grafana.Store.GetDashboard("a")!["title"]!.GetValue<string>());
        Assert.Equal(2, Grafana.Store.GetVersion("a"));
    }

    [Fact]
    public async Task Content_Grafana_adjusts_while_saving_is_not_mistaken_for_an_edit()
    {
        var fast = TestSupport.Doc("a", "Alpha");
        fast.Json["refresh"] = "1s";
        await Push([fast]);
        Assert.Equal("5s", Grafana.Store.GetDashboard("a")!["refresh"]!.GetValue<string>());

        var again = await Push([fast]);
        Assert.Equal([("a", PushStatus.Unchanged, (int?)1)], Outcome(again));

        var changed = TestSupport.Doc("a", "Alpha", query: "sum(up)");
        changed.Json["refresh"] = "1s";
        Assert.Equal([("a", PushStatus.Updated, (int?)2)], Outcome(await Push([changed])));

        Grafana.Store.EditInUi("a", d => d["description"] = "edited");
        Assert.Equal(PushStatus.Skipped, (await Push([changed])).Dashboards[0].Status);
    }

    [Fact]
    public async Task A_UI_save_that_drops_the_marker_is_a_conflict_too()
    {
        await Push([TestSupport.Doc("a", "Alpha")]);
        Grafana.Store.EditInUi("a", d => d.Remove(ManagedMarker.FieldName));
        var report = await Push([TestSupport.Doc("a", "Alpha", query: "changed")]);
        Assert.Equal(PushStatus.Skipped, report.Dashboards[0].Status);
        Assert.Contains("marker field was removed", report.Dashboards[0].Detail);
    }

    [Fact]
    public async Task Force_overwrites_a_dashboard_edited_in_the_UI()
    {
        await Push([TestSupport.Doc("a", "Alpha")]);
        Grafana.Store.EditInUi("a", d => d["title"] = "Edited");
        var report = await Push([TestSupport.Doc("a", "Alpha")], force: true);
        Assert.Equal([("a", PushStatus.Updated, (int?)3)], Outcome(report));
        Assert.Contains("--force", report.Dashboards[0].Detail);
        Assert.Equal("Alpha", Grafana.Store.GetDashboard("a")!["title"]!.GetValue<string>());
        Assert.Equal(ProvisioningExitCodes.Success, report.ExitCode);
    }

    [Fact]
    public async Task A_dashboard_not_created_by_this_tool_is_not_taken_over()
    {
        Grafana.Store.Seed(new JsonObject { ["uid"] = "a", ["title"] = "Hand made" });
        var report = await Push([TestSupport.Doc("a", "Alpha")]);
        Assert.Equal(PushStatus.Skipped, report.Dashboards[0].Status);
        Assert.Contains("not created by this tool", report.Dashboards[0].Detail);
        Assert.Equal("Hand made", Grafana.Store.GetDashboard("a")!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Moving_to_another_folder_is_an_update()
    {
        await Push([TestSupport.Doc("a", "Alpha")]);
        var report = await Push([TestSupport.Doc("a", "Alpha", folder: new FolderRef("infra", "Infra"))]);
        Assert.Equal(PushStatus.Updated, report.Dashboards[0].Status);
        Assert.Contains("move from folder 'bots' to 'infra'", report.Dashboards[0].Detail);
        Assert.Equal("infra", Grafana.Store.GetFolderUidOf("a"));
    }

    [Fact]
    public async Task A_folder_title_changed_in_code_is_renamed_inGrafana()
    {
        await Push([TestSupport.Doc("a", "Alpha")]);
        var renamed = new FolderRef("bots", "Bot Framework");
        var dry = await Push([TestSupport.Doc("a", "Alpha", folder: renamed)], dryRun: true);
        Assert.Equal(FolderStatus.Renamed, Assert.Single(dry.Folders).Status);
        Assert.Equal("Bots", Grafana.Store.Folders().Single().Title);

        var report = await Push([TestSupport.Doc("a", "Alpha", folder: renamed)]);
        var folder = Assert.Single(report.Folders);
        Assert.Equal(FolderStatus.Renamed, folder.Status);
        Assert.Equal("renamed from 'Bots'", folder.Detail);
        Assert.Equal("Bot Framework", Grafana.Store.Folders().Single().Title);
        Assert.Equal(PushStatus.Unchanged, report.Dashboards[0].Status);
    }

    [Fact]
    public async Task Dashboards_at_the_root_need_no_folder()
    {
        var report = await Push([TestSupport.Doc("a", "Alpha", folder: FolderRef.General)]);
        Assert.Equal(PushStatus.Created, report.Dashboards[0].Status);
        Assert.Empty(report.Folders);
        Assert.Null(Grafana.Store.GetFolderUidOf("a"));
        Assert.Equal(PushStatus.Unchanged, (await Push([TestSupport.Doc("a", "Alpha", folder: FolderRef.General)])).Dashboards[0].Status);
    }

    [Fact]
    public async Task Nested_folders_are_created_parents_first()
    {
        var child = new FolderRef("svc", "Service", ParentUid: "team");
        var parent = new FolderRef("team", "Team");
        var report = await Push([TestSupport.Doc("a", "Alpha", folder: child), TestSupport.Doc("b", "Beta", folder: parent)]);
        Assert.Equal(["team", "svc"], report.Folders.Select(f => f.Folder.Uid));
        Assert.Equal("team", Grafana.Store.Folders().Single(f => f.Uid == "svc").ParentUid);
        Assert.Equal(ProvisioningExitCodes.Success, report.ExitCode);
    }

    [Fact]
    public async Task Dry_run_writes_nothing_and_says_what_it_would_do()
    {
        await Push([TestSupport.Doc("a", "Alpha")]);
        var before = (Saves, Folders: Grafana.Count("POST", "/api/folders"));

        var report = await Push([TestSupport.Doc("a", "Alpha", query: "new"), TestSupport.Doc("b", "Beta", folder: new FolderRef("infra", "Infra"))], dryRun: true);

        Assert.True(report.DryRun);
        Assert.Equal([("a", PushStatus.Updated, 1), ("b", PushStatus.Created, (int?)null)], Outcome(report));
        Assert.Equal(["content changed (live version 1)", "new dashboard in folder 'infra'"], report.Dashboards.Select(d => d.Detail));
        Assert.Equal(FolderStatus.Created, report.Folders.Single(f => f.Folder.Uid == "infra").Status);
        Assert.Equal(FolderStatus.Existing, report.Folders.Single(f => f.Folder.Uid == "bots").Status);
        Assert.Equal(before, (Saves, Grafana.Count("POST", "/api/folders")));
        Assert.Equal(["a"], Grafana.Store.DashboardUids());
    }

    [Fact]
    public async Task A_partial_failure_reports_exactly_what_was_written()
    {
        Grafana.Store.AddFolder("locked", "Locked");
        Grafana.Store.MakeFolderReadOnly("locked");
        var report = await Push([
            TestSupport.Doc("a", "Alpha"),
            TestSupport.Doc("x", "Forbidden", folder: new FolderRef("locked", "Locked")),
            TestSupport.Doc("c", "Gamma"),
        ]);

        Assert.Equal([("a", PushStatus.Created, 1), ("x", PushStatus.Failed, null), ("c", PushStatus.Created, (int?)1)], Outcome(report));
        Assert.Contains("403", report.Dashboards[1].Detail);
        Assert.Contains("Access denied to save dashboard", report.Dashboards[1].Detail);
        Assert.Equal(ProvisioningExitCodes.Failed, report.ExitCode);
        Assert.Equal(["a", "c"], Grafana.Store.DashboardUids());
    }

    [Fact]
    public async Task Failures_win_over_conflicts_in_the_exit_code()
    {
        await Push([TestSupport.Doc("a", "Alpha")]);
        Grafana.Store.EditInUi("a", d => d["title"] = "Edited");
        Grafana.Faults.FailWithStatus(500, int.MaxValue, FaultMatch.SaveOf("b"));
        var report = await Push([TestSupport.Doc("a", "Alpha", query: "x"), TestSupport.Doc("b", "Beta")]);
        Assert.Equal([PushStatus.Skipped, PushStatus.Failed], report.Dashboards.Select(d => d.Status));
        Assert.Contains("after all retries", report.Dashboards[1].Detail);
        Assert.Equal(ProvisioningExitCodes.Failed, report.ExitCode);
    }

    [Fact]
    public async Task A_dashboard_that_cannot_be_read_is_not_written_and_the_others_are()
    {
        Grafana.Faults.FailWithStatus(500, int.MaxValue, new FaultMatch("GET", "/api/dashboards/uid/b"));
        var report = await Push([TestSupport.Doc("a", "Alpha"), TestSupport.Doc("b", "Beta")]);
        Assert.Equal([("a", PushStatus.Created, 1), ("b", PushStatus.Failed, (int?)null)], Outcome(report));
        Assert.Contains("reading the live dashboard failed", report.Dashboards[1].Detail);
        Assert.Equal(["a"], Grafana.Store.DashboardUids());
        Assert.Equal(ProvisioningExitCodes.Failed, report.ExitCode);
    }

    [Fact]
    public async Task Transient_faults_during_push_are_absorbed()
    {
        Grafana.Faults.FailWithStatus(502, 2, new FaultMatch(Method: "POST"));
        Grafana.Faults.DropConnection(1, FaultMatch.SaveOf("b"));
        var report = await Push([TestSupport.Doc("a", "Alpha"), TestSupport.Doc("b", "Beta")]);
        Assert.Equal([("a", PushStatus.Created, 1), ("b", PushStatus.Created, (int?)1)], Outcome(report));
    }

    [Fact]
    public async Task A_save_that_landed_before_its_response_was_lost_counts_as_written()
    {
        // The first save is processed but the client times out waiting; the retry then meets version 1 (412).
        var docs = new[] { TestSupport.Doc("a", "Alpha") };
        var settings = TestSupport.Settings(Grafana) with { AttemptTimeout = TimeSpan.FromSeconds(2) };
        using var client = new GrafanaClient(settings, new SlowAfterFirstSave(Grafana));
        var report = await new DashboardPusher(client).PushAsync(docs, new PushOptions());
        Assert.Equal([("a", PushStatus.Created, (int?)1)], Outcome(report));
        Assert.Equal(2, Grafana.Count("POST", "/api/dashboards/db"));
    }

    [Fact]
    public async Task UnreachableGrafana_aborts_before_writing()
    {
        await Grafana.DisposeAsync();
        var settings = TestSupport.Settings(Grafana) with { Retry = new GrafanaRetryOptions { MaxRetries = 1, BaseDelay = TimeSpan.FromMilliseconds(1) } };
        using var client = new GrafanaClient(settings);
        var report = await new DashboardPusher(client).PushAsync([TestSupport.Doc("a", "Alpha")], new PushOptions());
        Assert.NotNull(report.Aborted);
        Assert.Contains("cannot reach Grafana", report.Aborted);
        Assert.Contains("Nothing was written", report.Aborted);
        Assert.Equal(PushStatus.Failed, report.Dashboards[0].Status);
        Assert.Equal(ProvisioningExitCodes.Unavailable, report.ExitCode);
        Grafana = await Double.StartAsync();
    }

    [Fact]
    public async Task Bad_credentials_abort_before_writing()
    {
        using var client = TestSupport.Client(Grafana, token: "glsa_nope");
        var report = await new DashboardPusher(client).PushAsync([TestSupport.Doc("a", "Alpha")], new PushOptions());
        Assert.Contains("rejected the credentials", report.Aborted);
        Assert.Equal(ProvisioningExitCodes.Unavailable, report.ExitCode);
        Assert.Equal(0, Saves);
    }

    [Fact]
    public async Task Duplicate_uids_are_refused_up_front()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Push([TestSupport.Doc("a", "A"), TestSupport.Doc("a", "B")]));
        Assert.Contains("duplicated: a", error.Message);
        Assert.Empty(Grafana.Requests);
    }

    [Fact]
    public async Task Works_with_the_newer_409_conflict_behaviour()
    {
        await using var grafana = await Double.StartAsync(new GrafanaDoubleOptions { ConflictAs409 = true });
        using var client = TestSupport.Client(grafana);
        var pusher = new DashboardPusher(client);
        await pusher.PushAsync([TestSupport.Doc("a", "Alpha")], new PushOptions());
        var report = await pusher.PushAsync([TestSupport.Doc("a", "Alpha", query: "v2")], new PushOptions());
        Assert.Equal([("a", PushStatus.Updated, (int?)2)], Outcome(report));
    }

    /// <summary>Delays the response of the first dashboard save after Grafana has processed it.</summary>
    private sealed class SlowAfterFirstSave(Double grafana) : DelegatingHandler(new SocketsHttpHandler())
    {
        private int _saves;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, CancellationToken.None);
            if (request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath == "/api/dashboards/db" && Interlocked.Increment(ref _saves) == 1)
            {
                Assert.Equal(1, grafana.Store.GetVersion("a"));
                await Task.Delay(TimeSpan.FromSeconds(10), cancellationToken);
            }
            return response;
        }
    }
}
