using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Dashboards.GrafanaDouble;
using Dashboards.Model;
using Dashboards.Provisioning;
using Double = Dashboards.GrafanaDouble.GrafanaDouble;

namespace Dashboards.Cli.Tests.Provisioning;

/// <summary>
/// The provisioning verbs as a user runs them, against a double that misbehaves: exit codes, one clear line per
/// failure, no stack trace, and no secret in any output or written file.
/// </summary>
public sealed class HostileServerCliTests : IAsyncLifetime
{
    private Double _grafana = null!;

    public async Task InitializeAsync() => _grafana = await Double.StartAsync();

    public async Task DisposeAsync() => await _grafana.DisposeAsync();

    private static readonly Folder Bots = new("bots", "Bots");

    private static Catalog Catalog(params string[] uids) =>
        Model.Catalog.Create().AddFolder(Bots, uids.Select(u => new Dashboard(u, "Board " + u).AddPanel(new TextPanel("Notes", "hello"))).ToArray());

    private static (int Code, string Out, string Err) Run(Catalog catalog, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = DashboardsCli.Run(args, catalog, output, error);
        return (code, output.ToString(), error.ToString());
    }

    // A generous attempt timeout unless the test is about timeouts: a busy machine must not change the outcome.
    private static string[] Fast(string url, string timeout = "10") =>
        ["--url", url, "--token", Double.EditorToken, "--retry-delay-ms", "1", "--timeout", timeout, "--retries", "1"];

    private static void AssertOneCleanLine(string text)
    {
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception:", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stalled_server_exits_5_within_the_timeout_budget()
    {
        _grafana.Faults.StallBody(100);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (code, output, error) = Run(Catalog("a"), ["push", .. Fast(_grafana.Url.ToString(), timeout: "1")]);
        Assert.Equal(ExitCodes.GrafanaUnavailable, code);
        Assert.InRange(clock.Elapsed.TotalSeconds, 1.5, 8);
        Assert.Contains("did not answer within 1 s", output);
        AssertOneCleanLine(output + error);
    }

    [Fact]
    public void The_deadline_flag_stops_a_run_that_would_hang()
    {
        _grafana.Faults.StallBody(100);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (code, output, _) = Run(Catalog("a"), ["plan", "--url", _grafana.Url.ToString(), "--token", Double.EditorToken, "--deadline", "1.5", "--timeout", "30"]);
        Assert.Equal(ExitCodes.GrafanaUnavailable, code);
        Assert.InRange(clock.Elapsed.TotalSeconds, 1.2, 6);
        Assert.Empty(output);
    }

    [Fact]
    public void A_lost_save_that_cannot_be_confirmed_is_unknown_with_exit_7()
    {
        _grafana.Faults.LoseResponse(10, FaultMatch.SaveOf("a"));
        _grafana.Faults.FailWithStatus(503, 100, new FaultMatch("GET", "/api/dashboards/uid/a"), skip: 1);
        var (code, output, error) = Run(Catalog("a", "b"), ["push", .. Fast(_grafana.Url.ToString())]);
        Assert.Equal(ExitCodes.OutcomeUnknown, code);
        Assert.Contains("  unknown      a ", output);
        Assert.Contains("Summary: 1 created, 0 updated, 0 unchanged, 0 skipped (conflict), 0 failed, 1 unknown.", output);
        Assert.Contains("Written: b. Not written: none. Unknown (may or may not be written; run plan): a.", output);
        AssertOneCleanLine(output + error);
    }

    [Fact]
    public void Huge_bodies_and_wrong_types_are_one_line_with_exit_3_and_verbose_adds_nothing_secret()
    {
        Run(Catalog("a"), ["push", .. Fast(_grafana.Url.ToString())]);
        _grafana.Faults.HugeBody(1, 300L * 1024 * 1024, new FaultMatch("GET", "/api/dashboards/uid/a"));
        var huge = Run(Catalog("a"), ["push", "--max-response-mb", "2", .. Fast(_grafana.Url.ToString())]);
        Assert.Equal(ExitCodes.PushFailed, huge.Code);
        Assert.Contains("GET /api/dashboards/uid/a: unexpected response from Grafana (the answer is larger than the 2 MiB response limit", huge.Out);
        AssertOneCleanLine(huge.Out + huge.Err);

        // The credentials check reads no body; the search after it meets the wrong types.
        _grafana.Faults.WrongJsonTypes(2, new FaultMatch("GET", "/api/search"));
        var prune = Run(Catalog(), ["prune", .. Fast(_grafana.Url.ToString())]);
        Assert.Equal(ExitCodes.PushFailed, prune.Code);
        Assert.Contains("GET /api/search: unexpected response from Grafana", prune.Out);
        AssertOneCleanLine(prune.Out + prune.Err);
    }

    [Fact]
    public void Prune_keeps_an_edited_dashboard_and_force_deletes_it()
    {
        Run(Catalog("a", "b"), ["push", .. Fast(_grafana.Url.ToString())]);
        _grafana.Store.EditInUi("a", d => d["description"] = "on-call note");
        var listed = Run(Catalog(), ["prune", "--confirm", .. Fast(_grafana.Url.ToString())]);
        Assert.Equal(0, listed.Code);
        Assert.Contains("  kept         a ", listed.Out);
        Assert.Contains("changed in Grafana since this tool last wrote it", listed.Out);
        Assert.Contains("  deleted      b ", listed.Out);
        Assert.Equal(["a"], _grafana.Store.DashboardUids());
        var forced = Run(Catalog(), ["prune", "--confirm", "--force", .. Fast(_grafana.Url.ToString())]);
        Assert.Equal(0, forced.Code);
        Assert.Empty(_grafana.Store.DashboardUids());
    }

    [Fact]
    public void A_cross_origin_redirect_exits_5_and_says_what_to_set()
    {
        _grafana.Faults.Redirect(10, 301, r => $"https://{r.Host}{r.Path}");
        var (code, output, _) = Run(Catalog("a"), ["push", .. Fast(_grafana.Url.ToString())]);
        Assert.Equal(ExitCodes.GrafanaUnavailable, code);
        Assert.Contains($"Set GRAFANA_URL to https://{_grafana.Url.Authority}/ if that is Grafana", output);
    }

    /// <summary>
    /// Every verb and every failure path, with the secrets in the URL's user info, in --token, in --password, and
    /// echoed back by a server error: none may appear in any output or in any written file.
    /// </summary>
    [Fact]
    public async Task No_secret_appears_in_any_output_or_written_file()
    {
        const string urlPassword = "Url-Secret-p4ss";
        const string wrongToken = "glsa_WrongWrongWrongWrong_deadbeef";
        _grafana.Store.AddUser("robot", urlPassword, GrafanaRole.Editor);
        var withUserInfo = $"http://robot:{urlPassword}@{_grafana.Url.Authority}/";
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var closedPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var unreachable = $"http://robot:{urlPassword}@127.0.0.1:{closedPort}/";
        var outputDir = Directory.CreateTempSubdirectory("secrets-");
        string[] quick = ["--retry-delay-ms", "1", "--timeout", "1", "--retries", "1"];
        string[] secrets =
        [
            urlPassword, Uri.EscapeDataString(urlPassword), Double.EditorToken, wrongToken, Double.AdminPassword,
            Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"robot:{urlPassword}")),
            Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{Double.AdminUser}:{Double.AdminPassword}")),
        ];
        var catalog = Catalog("a", "b");
        var transcript = new System.Text.StringBuilder();
        void Check(string name, params string[] args)
        {
            var (code, output, error) = Run(catalog, [.. args, "--verbose"]);
            transcript.Append($"## {name} -> {code}\n{output}{error}");
        }
        try
        {
            foreach (var verb in new[] { "push", "plan", "diff", "prune" })
            {
                Check(verb + " userinfo", [verb, "--url", withUserInfo, .. quick]);
                Check(verb + " token", [verb, "--url", _grafana.Url.ToString(), "--token", Double.EditorToken, .. quick]);
                Check(verb + " basic", [verb, "--url", _grafana.Url.ToString(), "--user", Double.AdminUser, "--password", Double.AdminPassword, .. quick]);
                Check(verb + " wrong token", [verb, "--url", _grafana.Url.ToString(), "--token", wrongToken, .. quick]);
                Check(verb + " unreachable", [verb, "--url", unreachable, .. quick]);
                Check(verb + " bad url", [verb, "--url", $"robot:{urlPassword}@not a url", .. quick]);
                // A proxy that echoes the credentials back in its error.
                _grafana.Faults.FailWithStatus(400, 3, message: $"bad Authorization: Bearer {Double.EditorToken} / {urlPassword}");
                Check(verb + " echoed", [verb, "--url", withUserInfo, "--token", Double.EditorToken, .. quick]);
                _grafana.Faults.Clear();
                _grafana.Faults.HugeBody(1, 10L * 1024 * 1024, new FaultMatch("GET", "/api/search"));
                Check(verb + " huge", [verb, "--url", withUserInfo, "--max-response-mb", "1", .. quick]);
                _grafana.Faults.Clear();
                _grafana.Faults.Redirect(5, 307, r => $"https://robot:{urlPassword}@{r.Host}{r.Path}");
                Check(verb + " redirect", [verb, "--url", withUserInfo, .. quick]);
                _grafana.Faults.Clear();
                _grafana.Faults.StallBody(10);
                Check(verb + " stalled", [verb, "--url", withUserInfo, .. quick]);
                _grafana.Faults.Clear();
            }
            Check("push --dry-run", ["push", "--dry-run", "--url", withUserInfo, .. quick]);
            Check("prune --confirm", ["prune", "--confirm", "--force", "--url", withUserInfo, .. quick]);
            Check("provision-files", ["provision-files", "--output", outputDir.FullName]);

            var all = transcript.ToString();
            Assert.Contains("Pushing 2 dashboard(s) to Grafana http://", all);
            Assert.Contains("basic auth as 'robot' (password redacted)", all);
            foreach (var secret in secrets)
            {
                Assert.False(all.Contains(secret, StringComparison.Ordinal), $"secret '{secret[..4]}…' printed:\n{all}");
            }
            foreach (var file in outputDir.EnumerateFiles("*", SearchOption.AllDirectories))
            {
                var text = await File.ReadAllTextAsync(file.FullName);
                Assert.All(secrets, s => Assert.DoesNotContain(s, text, StringComparison.Ordinal));
            }
            // Nor anything Grafana stored (commit messages, dashboards).
            foreach (var uid in _grafana.Store.DashboardUids())
            {
                var stored = _grafana.Store.GetDashboard(uid)!.ToJsonString() + string.Join('\n', _grafana.Store.GetVersions(uid).Select(v => v.Message));
                Assert.All(secrets, s => Assert.DoesNotContain(s, stored, StringComparison.Ordinal));
            }
            AssertOneCleanLine(all);
        }
        finally
        {
            outputDir.Delete(recursive: true);
        }
    }
}
