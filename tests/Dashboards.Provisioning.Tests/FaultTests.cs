using System.Diagnostics;
using System.Text.Json.Nodes;
using Dashboards.GrafanaDouble;
using Double = Dashboards.GrafanaDouble.GrafanaDouble;

namespace Dashboards.Provisioning.Tests;

/// <summary>
/// Every fault class of issue 11 against the double: stalled and aborted bodies, responses lost after the server
/// acted (folder create, save, delete), huge bodies, bad charsets, wrong JSON types, ignored paging, redirects,
/// a missing sub-path, and the unknown outcome.
/// </summary>
public sealed class FaultTests : GrafanaDoubleTest
{
    // A generous attempt timeout where the test is not about timeouts: a busy 2-core machine must not change the outcome.
    private static GrafanaSettings Fast(Double grafana, double timeoutSeconds = 10, int retries = 3) => TestSupport.Settings(grafana) with
    {
        AttemptTimeout = TimeSpan.FromSeconds(timeoutSeconds),
        Retry = new GrafanaRetryOptions { MaxRetries = retries, BaseDelay = TimeSpan.FromMilliseconds(5), MaxDelay = TimeSpan.FromMilliseconds(20) },
    };

    private static (string, PushStatus)[] Outcome(PushReport report) => report.Dashboards.Select(d => (d.Uid, d.Status)).ToArray();

    [Fact]
    public async Task A_stalled_body_is_bounded_by_the_attempt_timeout_and_retried()
    {
        Grafana.Faults.StallBody(2, new FaultMatch("GET", "/api/search"));
        using var client = new GrafanaClient(Fast(Grafana, timeoutSeconds: 0.5));
        var clock = Stopwatch.StartNew();
        await client.VerifyCredentialsAsync();
        Assert.InRange(clock.Elapsed.TotalSeconds, 0.9, 5);
        Assert.Equal(3, Grafana.Count("GET", "/api/search"));
    }

    [Fact]
    public async Task A_server_whose_bodies_always_stall_gives_up_in_bounded_time()
    {
        Grafana.Faults.StallBody(100, new FaultMatch("GET", "/api/search"));
        using var client = new GrafanaClient(Fast(Grafana, timeoutSeconds: 0.3, retries: 2));
        var clock = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<GrafanaApiException>(() => client.VerifyCredentialsAsync());
        Assert.Equal(GrafanaFailure.Timeout, error.Failure);
        Assert.Contains("did not answer within 0.3 s", error.Message);
        // 3 attempts of 0.3 s plus tiny backoffs.
        Assert.InRange(clock.Elapsed.TotalSeconds, 0.85, 3);
    }

    [Fact]
    public async Task An_abort_mid_body_is_retried()
    {
        Grafana.Faults.AbortMidBody(2, new FaultMatch("GET", "/api/health"));
        using var client = new GrafanaClient(Fast(Grafana));
        Assert.Equal("ok", (await client.GetHealthAsync()).Database);
        Assert.Equal(3, Grafana.Count("GET", "/api/health"));
    }

    [Fact]
    public async Task The_run_deadline_bounds_everything_and_nothing_more_is_sent_after_it()
    {
        Grafana.Faults.StallBody(100, new FaultMatch("GET", "/api/search"));
        using var client = new GrafanaClient(Fast(Grafana, timeoutSeconds: 30, retries: 3) with { RunDeadline = TimeSpan.FromSeconds(1) });
        var clock = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<GrafanaApiException>(() => client.VerifyCredentialsAsync());
        Assert.Equal(GrafanaFailure.Deadline, error.Failure);
        Assert.InRange(clock.Elapsed.TotalSeconds, 0.9, 4);
        var after = await Assert.ThrowsAsync<GrafanaApiException>(() => client.GetHealthAsync());
        Assert.Contains("not sent", after.Message);
        Assert.Equal(0, after.Attempts);
    }

    [Fact]
    public async Task When_the_deadline_passes_mid_push_only_what_was_sent_can_be_unknown()
    {
        Grafana.Faults.StallBody(100, new FaultMatch("POST", "/api/dashboards/db"));
        var settings = Fast(Grafana, timeoutSeconds: 30, retries: 0) with { RunDeadline = TimeSpan.FromSeconds(1.5), MaxConcurrency = 2 };
        using var client = new GrafanaClient(settings);
        var docs = Enumerable.Range(0, 6).Select(i => TestSupport.Doc($"d{i}", $"D{i}")).ToList();
        var report = await new DashboardPusher(client).PushAsync(docs, new PushOptions());
        var saves = Grafana.Count("POST", "/api/dashboards/db");
        Assert.InRange(saves, 1, 2);
        Assert.Equal(saves, report.Count(PushStatus.Unknown));
        Assert.All(report.With(PushStatus.Unknown), d => Assert.NotNull(Grafana.Store.GetVersion(d.Uid)));
        Assert.All(report.With(PushStatus.Failed), d =>
        {
            Assert.Contains("not sent", d.Detail);
            Assert.Null(Grafana.Store.GetVersion(d.Uid));
        });
        Assert.Equal(ProvisioningExitCodes.Unknown, report.ExitCode);
    }

    [Fact]
    public async Task A_folder_create_whose_response_was_lost_is_reported_created_and_its_dashboards_pushed()
    {
        Grafana.Faults.LoseResponse(1, FaultMatch.FolderCreate);
        using var client = new GrafanaClient(Fast(Grafana));
        var report = await new DashboardPusher(client).PushAsync([TestSupport.Doc("a", "Alpha")], new PushOptions());
        Assert.Equal(FolderStatus.Created, Assert.Single(report.Folders).Status);
        Assert.Equal([("a", PushStatus.Created)], Outcome(report));
        Assert.Equal(2, Grafana.Count("POST", "/api/folders"));
        Assert.Equal(ProvisioningExitCodes.Success, report.ExitCode);
    }

    [Fact]
    public async Task A_folder_rename_whose_response_was_lost_is_reported_renamed()
    {
        Grafana.Store.AddFolder("bots", "Old title");
        Grafana.Faults.LoseResponse(1, new FaultMatch("PUT", "/api/folders/bots"));
        using var client = new GrafanaClient(Fast(Grafana));
        var report = await new DashboardPusher(client).PushAsync([TestSupport.Doc("a", "Alpha")], new PushOptions());
        var folder = Assert.Single(report.Folders);
        Assert.Equal(FolderStatus.Renamed, folder.Status);
        Assert.Contains("confirmed by re-reading Grafana", folder.Detail);
        Assert.Equal("Bots", Assert.Single(Grafana.Store.Folders()).Title);
        Assert.Equal(ProvisioningExitCodes.Success, report.ExitCode);
    }

    [Fact]
    public async Task A_folder_create_that_cannot_be_confirmed_is_unknown_and_its_dashboards_not_sent()
    {
        Grafana.Faults.LoseResponse(10, FaultMatch.FolderCreate);
        Grafana.Faults.FailWithStatus(503, 100, new FaultMatch("GET", "/api/folders/bots"), skip: 1);
        using var client = new GrafanaClient(Fast(Grafana, retries: 1));
        var report = await new DashboardPusher(client).PushAsync([TestSupport.Doc("a", "Alpha")], new PushOptions());
        Assert.Equal(FolderStatus.Unknown, Assert.Single(report.Folders).Status);
        Assert.Equal([("a", PushStatus.Failed)], Outcome(report));
        Assert.Contains("not written (not sent): folder 'bots' is in an unknown state", report.Dashboards[0].Detail);
        Assert.Equal(ProvisioningExitCodes.Unknown, report.ExitCode);
        Assert.Equal(0, Grafana.Count("POST", "/api/dashboards/db"));
    }

    [Fact]
    public async Task A_save_whose_response_was_lost_is_written_after_its_retry_meets_412()
    {
        await new DashboardPusher(Api).PushAsync([TestSupport.Doc("a", "Alpha")], new PushOptions());
        Grafana.Faults.LoseResponse(1, FaultMatch.SaveOf("a"));
        using var client = new GrafanaClient(Fast(Grafana));
        var report = await new DashboardPusher(client).PushAsync([TestSupport.Doc("a", "Alpha", query: "v2")], new PushOptions());
        Assert.Equal([("a", PushStatus.Updated)], Outcome(report));
        Assert.Equal(2, report.Dashboards[0].Version);
        Assert.Equal(ProvisioningExitCodes.Success, report.ExitCode);
    }

    [Fact]
    public async Task A_save_whose_every_answer_was_lost_is_still_confirmed_by_re_reading()
    {
        Grafana.Faults.AbortMidBody(10, FaultMatch.SaveOf("a"));
        using var client = new GrafanaClient(Fast(Grafana, retries: 1));
        var report = await new DashboardPusher(client).PushAsync([TestSupport.Doc("a", "Alpha")], new PushOptions());
        Assert.Equal([("a", PushStatus.Created)], Outcome(report));
        Assert.Contains("confirmed by re-reading", report.Dashboards[0].Detail);
        Assert.Equal(1, Grafana.Store.GetVersion("a"));
    }

    [Fact]
    public async Task A_save_that_may_have_landed_and_cannot_be_re_read_is_unknown_not_failed()
    {
        Grafana.Faults.LoseResponse(10, FaultMatch.SaveOf("a"));
        // The plan's read passes; every read after the lost saves fails.
        Grafana.Faults.FailWithStatus(503, 100, new FaultMatch("GET", "/api/dashboards/uid/a"), skip: 1);
        using var client = new GrafanaClient(Fast(Grafana, retries: 1));
        var report = await new DashboardPusher(client).PushAsync([TestSupport.Doc("a", "Alpha")], new PushOptions());
        Assert.Equal([("a", PushStatus.Unknown)], Outcome(report));
        Assert.Contains("may or may not have reached Grafana", report.Dashboards[0].Detail);
        Assert.Equal(ProvisioningExitCodes.Unknown, report.ExitCode);
        // True to the server: the save did land.
        Assert.Equal(1, Grafana.Store.GetVersion("a"));
    }

    [Fact]
    public async Task A_save_refused_before_acting_is_not_written_and_says_so()
    {
        Grafana.Faults.FailWithStatus(503, 10, FaultMatch.SaveOf("a"));
        using var client = new GrafanaClient(Fast(Grafana, retries: 1));
        var report = await new DashboardPusher(client).PushAsync([TestSupport.Doc("a", "Alpha")], new PushOptions());
        Assert.Equal([("a", PushStatus.Failed)], Outcome(report));
        Assert.Contains("not written (Grafana still holds no such dashboard)", report.Dashboards[0].Detail);
        Assert.Null(Grafana.Store.GetVersion("a"));
    }

    [Fact]
    public async Task A_delete_whose_response_was_lost_is_reported_deleted()
    {
        await new DashboardPusher(Api).PushAsync([TestSupport.Doc("a", "Alpha"), TestSupport.Doc("b", "Beta")], new PushOptions());
        Grafana.Faults.LoseResponse(1, FaultMatch.DeleteOf("b"));
        using var client = new GrafanaClient(Fast(Grafana));
        var report = await new DashboardPruner(client).PruneAsync(["a"], new PruneOptions { Confirm = true });
        Assert.Equal(PruneStatus.Deleted, Assert.Single(report.Dashboards).Status);
        Assert.Equal(ProvisioningExitCodes.Success, report.ExitCode);
        Assert.Equal(["a"], Grafana.Store.DashboardUids());
    }

    [Fact]
    public async Task A_huge_body_is_refused_at_the_size_cap_with_one_line()
    {
        Grafana.Faults.HugeBody(1, 300L * 1024 * 1024, new FaultMatch("GET", "/api/dashboards/uid/a"));
        using var client = new GrafanaClient(Fast(Grafana, timeoutSeconds: 20) with { MaxResponseBytes = 1024 * 1024 });
        var before = GC.GetTotalAllocatedBytes();
        var error = await Assert.ThrowsAsync<GrafanaApiException>(() => client.GetDashboardAsync("a"));
        Assert.Equal(GrafanaFailure.Unexpected, error.Failure);
        Assert.Contains("GET /api/dashboards/uid/a: unexpected response from Grafana (the answer is larger than the 1 MiB response limit", error.Message);
        Assert.DoesNotContain("\n", error.Message);
        Assert.InRange(GC.GetTotalAllocatedBytes() - before, 0, 64L * 1024 * 1024);
        // Not retried: the double records the request once its (abandoned) answer ends.
        for (var wait = 0; wait < 50 && Grafana.Count("GET", "/api/dashboards/uid/a") == 0; wait++)
        {
            await Task.Delay(100);
        }
        await Task.Delay(200);
        Assert.Equal(1, Grafana.Count("GET", "/api/dashboards/uid/a"));
    }

    [Fact]
    public async Task An_unknown_charset_is_read_as_JSON_UTF8_and_a_wrong_one_named()
    {
        await new DashboardPusher(Api).PushAsync([TestSupport.Doc("a", "Alpha")], new PushOptions());
        Grafana.Faults.BadCharset(1, "x-no-such-charset");
        Assert.Equal("Alpha", (await Api.GetDashboardAsync("a"))!.Dashboard["title"]!.GetValue<string>());

        Grafana.Faults.BadCharset(1, "utf-32");
        var error = await Assert.ThrowsAsync<GrafanaApiException>(() => Api.GetDashboardAsync("a"));
        Assert.Contains("GET /api/dashboards/uid/a: unexpected response from Grafana", error.Message);
    }

    [Fact]
    public async Task Wrong_JSON_types_become_one_line_naming_the_request()
    {
        await new DashboardPusher(Api).PushAsync([TestSupport.Doc("a", "Alpha")], new PushOptions());
        Grafana.Faults.WrongJsonTypes(1, new FaultMatch("GET", "/api/search"));
        var error = await Assert.ThrowsAsync<GrafanaApiException>(() => Api.SearchAsync(new SearchQuery()));
        Assert.Equal("GET /api/search: unexpected response from Grafana ('uid' is a number, expected a string).", error.Message);

        Grafana.Faults.RewriteJson(1, _ => new JsonObject { ["dashboard"] = 5 }, new FaultMatch("GET", "/api/dashboards/uid/a"));
        var shape = await Assert.ThrowsAsync<GrafanaApiException>(() => Api.GetDashboardAsync("a"));
        Assert.Contains("no 'dashboard' object", shape.Message);

        Grafana.Faults.RewriteJson(1, _ => new JsonObject { ["dashboard"] = new JsonObject(), ["meta"] = new JsonObject { ["version"] = 1e300 } },
            new FaultMatch("GET", "/api/dashboards/uid/a"));
        var range = await Assert.ThrowsAsync<GrafanaApiException>(() => Api.GetDashboardAsync("a"));
        Assert.Contains("'version' is not a whole number", range.Message);

        Grafana.Faults.RewriteJson(1, _ => new JsonObject { ["dashboard"] = new JsonObject(), ["meta"] = new JsonObject { ["version"] = "3" } },
            new FaultMatch("GET", "/api/dashboards/uid/a"));
        var text = await Assert.ThrowsAsync<GrafanaApiException>(() => Api.GetDashboardAsync("a"));
        Assert.Contains("'version' is a string, expected a number", text.Message);

        // An empty 200 is not "no such dashboard": that would plan a create over an existing one.
        Grafana.Faults.RewriteJson(1, _ => null, new FaultMatch("GET", "/api/dashboards/uid/a"));
        var empty = await Assert.ThrowsAsync<GrafanaApiException>(() => Api.GetDashboardAsync("a"));
        Assert.Contains("an empty body where Grafana always sends JSON", empty.Message);

        // Through push: the dashboard is reported failed, on one line, and nothing is written.
        Grafana.Faults.WrongJsonTypes(1, new FaultMatch("GET", "/api/dashboards/uid/a"));
        var report = await new DashboardPusher(Api).PushAsync([TestSupport.Doc("a", "Alpha", query: "v2")], new PushOptions());
        Assert.Equal(PushStatus.Failed, report.Dashboards[0].Status);
        Assert.Contains("GET /api/dashboards/uid/a: unexpected response from Grafana", report.Dashboards[0].Detail);
        Assert.Equal(1, Grafana.Store.GetVersion("a"));
    }

    [Fact]
    public async Task Paging_that_a_server_ignores_is_stopped_with_a_clear_error()
    {
        await using var grafana = await Double.StartAsync(new GrafanaDoubleOptions { IgnoreSearchPaging = true });
        using var client = TestSupport.Client(grafana);
        for (var i = 0; i < 3; i++)
        {
            await client.SaveDashboardAsync(new JsonObject { ["uid"] = $"d{i}", ["title"] = $"D{i}", ["tags"] = new JsonArray("t") }, null, "m", false);
        }
        var error = await Assert.ThrowsAsync<GrafanaApiException>(() => client.SearchAsync(new SearchQuery { Tags = ["t"] }, pageSize: 2));
        Assert.Contains("page 2 repeats page 1", error.Message);
        Assert.Equal(2, grafana.Count("GET", "/api/search"));

        using var bounded = new GrafanaClient(TestSupport.Settings(Grafana) with { MaxSearchPages = 3 });
        for (var i = 0; i < 5; i++)
        {
            await bounded.SaveDashboardAsync(new JsonObject { ["uid"] = $"d{i}", ["title"] = $"D{i}", ["tags"] = new JsonArray("t") }, null, "m", false);
        }
        var limit = await Assert.ThrowsAsync<GrafanaApiException>(() => bounded.SearchAsync(new SearchQuery { Tags = ["t"] }, pageSize: 1));
        Assert.Contains("after 3 pages", limit.Message);
    }

    [Fact]
    public async Task Same_origin_redirects_are_followed_with_the_credentials()
    {
        await using var grafana = await Double.StartAsync(new GrafanaDoubleOptions { PathBase = "/grafana", RedirectToPathBase = true });
        var log = new List<string>();
        using var client = new GrafanaClient(new GrafanaSettings(grafana.Origin) { Token = Double.EditorToken }, log: log.Add);
        var report = await new DashboardPusher(client).PushAsync([TestSupport.Doc("a", "Alpha")], new PushOptions());
        Assert.True(report.Dashboards[0].Status == PushStatus.Created, report.Aborted + report.Dashboards[0].Detail + string.Join("\n", report.Folders));
        Assert.Contains(log, l => l.Contains($"set GRAFANA_URL to {grafana.Url}", StringComparison.Ordinal));
        Assert.All(grafana.Requests.Where(r => r.Path != "/api/health"), r => Assert.Equal("Bearer " + Double.EditorToken, r.Authorization));
    }

    [Fact]
    public async Task A_cross_origin_redirect_stops_and_names_where_Grafana_is()
    {
        Grafana.Faults.Redirect(10, 308, r => $"https://{r.Host}/grafana{r.Path}");
        using var client = new GrafanaClient(Fast(Grafana));
        var report = await new DashboardPusher(client).PushAsync([TestSupport.Doc("a", "Alpha")], new PushOptions());
        Assert.Equal(ProvisioningExitCodes.Unavailable, report.ExitCode);
        Assert.Contains($"redirects to https://{Grafana.Url.Authority}/grafana/api/health, another origin", report.Aborted);
        Assert.Contains($"Set GRAFANA_URL to https://{Grafana.Url.Authority}/grafana/", report.Aborted);
        Assert.Single(Grafana.Requests);
    }

    [Fact]
    public async Task A_404_on_health_suggests_a_missing_sub_path()
    {
        await using var grafana = await Double.StartAsync(new GrafanaDoubleOptions { PathBase = "/grafana" });
        using var client = new GrafanaClient(new GrafanaSettings(grafana.Origin) { Token = Double.EditorToken });
        var report = await new DashboardPusher(client).PushAsync([TestSupport.Doc("a", "Alpha")], new PushOptions());
        Assert.Equal(ProvisioningExitCodes.Unavailable, report.ExitCode);
        Assert.Contains("sub-path", report.Aborted);
    }

    [Fact]
    public async Task Userinfo_in_the_url_is_used_for_basic_auth_and_never_shown()
    {
        var url = new Uri($"http://{Double.AdminUser}:{Double.AdminPassword}@{Grafana.Url.Authority}/");
        var settings = GrafanaSettings.Resolve(new GrafanaSettingsInput(Url: url.AbsoluteUri), _ => null);
        Assert.DoesNotContain(Double.AdminPassword, settings.ToString());
        Assert.DoesNotContain(Double.AdminPassword, settings.Url.AbsoluteUri);
        using var client = new GrafanaClient(settings);
        var report = await new DashboardPusher(client).PushAsync([TestSupport.Doc("a", "Alpha")], new PushOptions());
        Assert.Equal([("a", PushStatus.Created)], Outcome(report));
        Assert.Equal("***", settings.Redact(Double.AdminPassword));
    }

    [Fact]
    public async Task A_folder_title_taken_by_another_uid_gets_advice_that_works_for_folders()
    {
        Grafana.Store.AddFolder("bots", "Someone else's");
        Grafana.Store.Seed(new JsonObject { ["uid"] = "team-bots", ["title"] = "x" });
        var doc = TestSupport.Doc("a", "Alpha", new FolderRef("team-bots", "Bots"));
        var report = await new DashboardPusher(Api).PushAsync([doc], new PushOptions());
        var folder = Assert.Single(report.Folders);
        Assert.Equal(FolderStatus.Failed, folder.Status);
        Assert.Contains("--force does not apply to folders", folder.Detail);
        Assert.DoesNotContain("push --force overwrites", folder.Detail);
        Assert.Equal(PushStatus.Failed, report.Dashboards[0].Status);
    }
}
