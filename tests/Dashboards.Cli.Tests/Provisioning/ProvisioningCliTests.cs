using System.Text.Json.Nodes;
using Dashboards.GrafanaDouble;
using Dashboards.Model;
using Dashboards.Provisioning;
using Double = Dashboards.GrafanaDouble.GrafanaDouble;

namespace Dashboards.Cli.Tests.Provisioning;

/// <summary>The provisioning verbs end to end: a real catalog, the real CLI host, the Grafana double.</summary>
public sealed class ProvisioningCliTests : IAsyncLifetime
{
    private Double _grafana = null!;

    public async Task InitializeAsync() => _grafana = await Double.StartAsync();

    public async Task DisposeAsync() => await _grafana.DisposeAsync();

    private static readonly Folder Bots = new("bots", "Bots");
    private static readonly Folder Infra = new("infra", "Infra");

    private static Dashboard Board(string uid, string title, string notes = "hello") =>
        new Dashboard(uid, title).AddPanel(new TextPanel("Notes", notes));

    private static Catalog Catalog(params (Folder Folder, Dashboard Dashboard)[] entries) =>
        entries.GroupBy(e => e.Folder).Aggregate(Model.Catalog.Create(), (c, g) => c.AddFolder(g.Key, g.Select(e => e.Dashboard).ToArray()));

    private (int Code, string Out, string Err) Run(Catalog catalog, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        string[] connection = ["--url", _grafana.Url.ToString(), "--token", Double.EditorToken, "--retry-delay-ms", "5", "--timeout", "10"];
        var code = DashboardsCli.Run([.. args, .. args[0] == "provision-files" ? [] : connection], catalog, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static string Line(string output, string uid) =>
        output.Split('\n').Single(l => l.Contains($" {uid} ", StringComparison.Ordinal));

    [Fact]
    public void Push_creates_then_reports_unchanged_without_new_versions()
    {
        var catalog = Catalog((Bots, Board("a", "Alpha")), (Infra, Board("b", "Beta")));

        var first = Run(catalog, "push");
        Assert.Equal(0, first.Code);
        Assert.StartsWith("  created", Line(first.Out, "a"));
        Assert.Contains("Summary: 2 created, 0 updated, 0 unchanged, 0 skipped (conflict), 0 failed.", first.Out);
        Assert.Contains("Written: a, b. Not written: none.", first.Out);

        var second = Run(catalog, "push");
        Assert.Equal(0, second.Code);
        Assert.Contains("Summary: 0 created, 0 updated, 2 unchanged", second.Out);
        Assert.Equal(1, _grafana.Store.GetVersion("a"));
        Assert.Equal(2, _grafana.Count("POST", "/api/dashboards/db"));
    }

    [Fact]
    public void Edited_in_UI_is_skipped_with_exit_4_and_nothing_is_lost()
    {
        Run(Catalog((Bots, Board("a", "Alpha")), (Bots, Board("b", "Beta"))), "push");
        _grafana.Store.EditInUi("a", d => d["description"] = "on-call note");

        var changed = Catalog((Bots, Board("a", "Alpha", "v2")), (Bots, Board("b", "Beta", "v2")));
        var (code, output, _) = Run(changed, "push");

        Assert.Equal(ExitCodes.Conflict, code);
        var skipped = Line(output, "a");
        Assert.StartsWith("  skipped", skipped);
        Assert.Contains("changed in Grafana since this tool last wrote it", skipped);
        Assert.Contains("--force", skipped);
        Assert.StartsWith("  updated", Line(output, "b"));
        Assert.Contains("Written: b. Not written: a.", output);
        Assert.Equal("on-call note", _grafana.Store.GetDashboard("a")!["description"]!.GetValue<string>());

        var plan = Run(changed, "plan");
        Assert.Contains("! conflict  a (Alpha)", plan.Out);
        Assert.Contains("-  \"description\": \"on-call note\",", plan.Out);

        var forced = Run(changed, "push", "--force");
        Assert.Equal(0, forced.Code);
        Assert.StartsWith("  updated", Line(forced.Out, "a"));
        Assert.Null(_grafana.Store.GetDashboard("a")!["description"]);
    }

    [Fact]
    public void Partial_failure_reports_exactly_what_was_written_with_exit_3()
    {
        _grafana.Store.AddFolder("infra", "Infra");
        _grafana.Store.MakeFolderReadOnly("infra");
        var (code, output, _) = Run(Catalog((Bots, Board("a", "Alpha")), (Infra, Board("x", "Locked")), (Bots, Board("c", "Gamma"))), "push");

        Assert.Equal(ExitCodes.PushFailed, code);
        var failed = Line(output, "x");
        Assert.StartsWith("  failed", failed);
        Assert.Contains("403", failed);
        Assert.Contains("Summary: 2 created, 0 updated, 0 unchanged, 0 skipped (conflict), 1 failed.", output);
        Assert.Contains("Written: a, c. Not written: x.", output);
        Assert.Equal(["a", "c"], _grafana.Store.DashboardUids());
    }

    [Fact]
    public void A_save_failing_past_all_retries_is_reported_and_others_are_written()
    {
        _grafana.Faults.FailWithStatus(500, int.MaxValue, FaultMatch.SaveOf("b"));
        var (code, output, error) = Run(Catalog((Bots, Board("a", "Alpha")), (Bots, Board("b", "Beta"))), "push");
        Assert.Equal(ExitCodes.PushFailed, code);
        Assert.Contains("after all retries", Line(output, "b"));
        Assert.Contains("retrying POST /api/dashboards/db after HTTP 500", error);
        Assert.Equal(["a"], _grafana.Store.DashboardUids());
    }

    [Fact]
    public void Dry_run_writes_nothing()
    {
        var (code, output, _) = Run(Catalog((Bots, Board("a", "Alpha"))), "push", "--dry-run");
        Assert.Equal(0, code);
        Assert.StartsWith("  would create", Line(output, "a"));
        Assert.Contains("  would create folder bots (Bots)", output);
        Assert.Empty(_grafana.Store.DashboardUids());
        Assert.Empty(_grafana.Store.Folders());
        Assert.Equal(0, _grafana.Requests.Count(r => r.Method != "GET"));
    }

    [Fact]
    public void Plan_shows_create_update_unchanged_and_detailed_exit_code()
    {
        Run(Catalog((Bots, Board("a", "Alpha")), (Bots, Board("b", "Beta"))), "push");
        var next = Catalog((Bots, Board("a", "Alpha")), (Bots, Board("b", "Beta", "changed")), (Bots, Board("c", "Gamma")));

        var (code, output, _) = Run(next, "diff", "--detailed-exitcode");

        Assert.Equal(ProvisioningExitCodes.ChangesPending, code);
        Assert.Contains("= unchanged a (Alpha)", output);
        Assert.Contains("~ update    b (Beta)", output);
        Assert.Contains("+ create    c (Gamma)", output);
        Assert.Contains("--- grafana/b (version 1)", output);
        Assert.Contains("+++ code/b", output);
        Assert.Contains("    -        \"content\": \"hello\",\n    +        \"content\": \"changed\",\n", output);
        Assert.Contains("Plan: 1 to create, 1 to update, 1 unchanged, 0 in conflict", output);
        Assert.Equal(0, Run(Catalog((Bots, Board("a", "Alpha")), (Bots, Board("b", "Beta"))), "plan", "--detailed-exitcode").Code);
    }

    [Fact]
    public void Plan_reports_a_dashboard_it_cannot_read_and_exits_3()
    {
        _grafana.Faults.FailWithStatus(500, int.MaxValue, new FaultMatch("GET", "/api/dashboards/uid/b"));
        var (code, output, _) = Run(Catalog((Bots, Board("a", "Alpha")), (Bots, Board("b", "Beta"))), "plan");
        Assert.Equal(ExitCodes.PushFailed, code);
        Assert.Contains("? unknown   b (Beta): could not read it from Grafana: GET /api/dashboards/uid/b failed with 500", output);
        Assert.Contains("+ create    a (Alpha)", output);
    }

    [Fact]
    public void Prune_lists_then_deletes_only_with_confirm()
    {
        Run(Catalog((Bots, Board("a", "Alpha")), (Bots, Board("old", "Old"))), "push");
        _grafana.Store.Seed(new JsonObject { ["uid"] = "hand-made", ["title"] = "Hand made" });
        var current = Catalog((Bots, Board("a", "Alpha")));

        var listed = Run(current, "prune");
        Assert.Equal(0, listed.Code);
        Assert.StartsWith("  would delete", Line(listed.Out, "old"));
        Assert.Contains("Nothing was deleted; pass --confirm to delete.", listed.Out);
        Assert.Contains("old", _grafana.Store.DashboardUids());

        var pruned = Run(current, "prune", "--confirm");
        Assert.Equal(0, pruned.Code);
        Assert.StartsWith("  deleted", Line(pruned.Out, "old"));
        Assert.Equal(["a", "hand-made"], _grafana.Store.DashboardUids());
    }

    [Fact]
    public void Bad_credentials_exit_5_with_a_clear_message_and_no_secret()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = DashboardsCli.Run(["push", "--url", _grafana.Url.ToString(), "--token", "glsa_WRONG_SECRET_VALUE"],
            Catalog((Bots, Board("a", "Alpha"))), output, error);
        Assert.Equal(ExitCodes.GrafanaUnavailable, code);
        Assert.Contains("rejected the credentials", output.ToString());
        Assert.Contains("Nothing was written", output.ToString());
        Assert.DoesNotContain("WRONG_SECRET", output.ToString() + error.ToString());
        Assert.Contains("service-account token (redacted)", output.ToString());
    }

    [Fact]
    public void A_viewer_token_fails_with_a_permission_message_and_writes_nothing()
    {
        var output = new StringWriter();
        var code = DashboardsCli.Run(["push", "--url", _grafana.Url.ToString(), "--token", Double.ViewerToken, "--org-id", "1"],
            Catalog((Bots, Board("a", "Alpha"))), output, new StringWriter());
        Assert.Equal(ExitCodes.PushFailed, code);
        var text = output.ToString();
        Assert.Contains("failed       folder bots (Bots): POST /api/folders failed with 403", text);
        Assert.Contains("Missing permission in org 1", text);
        Assert.StartsWith("  failed", Line(text, "a"));
        Assert.Contains("Written: none. Not written: a.", text);
        Assert.Empty(_grafana.Store.DashboardUids());
        Assert.All(_grafana.Requests.Where(r => r.Path != "/api/health"), r => Assert.Equal("1", r.OrgHeader));
    }

    [Fact]
    public async Task Unreachable_server_exits_5()
    {
        var url = _grafana.Url.ToString();
        await _grafana.DisposeAsync();
        var output = new StringWriter();
        var code = DashboardsCli.Run(["push", "--url", url, "--token", "t", "--retries", "1", "--retry-delay-ms", "1"],
            Catalog((Bots, Board("a", "Alpha"))), output, new StringWriter());
        Assert.Equal(ExitCodes.GrafanaUnavailable, code);
        Assert.Contains("cannot reach Grafana", output.ToString());
        _grafana = await Double.StartAsync();
    }

    [Fact]
    public void A_bad_url_is_a_usage_error_naming_the_variable()
    {
        var error = new StringWriter();
        var code = DashboardsCli.Run(["plan", "--url", "not a url", "--token", "t"], Catalog((Bots, Board("a", "Alpha"))), new StringWriter(), error);
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("GRAFANA_URL", error.ToString());
    }

    [Fact]
    public void Provision_files_writes_provider_yaml_and_json_tree()
    {
        var dir = Directory.CreateTempSubdirectory("prov-files-").FullName;
        try
        {
            var (code, output, _) = Run(Catalog((Bots, Board("a", "Alpha")), (Infra, Board("b", "Beta"))), "provision-files", "--output", dir);
            Assert.Equal(0, code);
            Assert.Contains("2 dashboard file(s)", output);
            var yaml = File.ReadAllText(Path.Combine(dir, "provisioning/dashboards/dashboards-sdk.yaml"));
            Assert.Contains("apiVersion: 1", yaml);
            Assert.Contains("folderUid: infra", yaml);
            var json = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "dashboards/infra/b.json")))!;
            Assert.Equal("Beta", json["title"]!.GetValue<string>());
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
