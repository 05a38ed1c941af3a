using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Dashboards.GrafanaDouble;
using Double = Dashboards.GrafanaDouble.GrafanaDouble;

namespace Dashboards.Provisioning.Tests;

/// <summary>The HTTP client against the double: auth, errors and the resilience policy.</summary>
public sealed class GrafanaClientTests : IAsyncLifetime
{
    private Double _grafana = null!;

    public async Task InitializeAsync() => _grafana = await Double.StartAsync();

    public async Task DisposeAsync() => await _grafana.DisposeAsync();

    private int Searches => _grafana.Count("GET", "/api/search");

    [Fact]
    public async Task Sends_bearer_token_and_org_header()
    {
        using var client = new GrafanaClient(TestSupport.Settings(_grafana) with { OrgId = 1 });
        await client.VerifyCredentialsAsync();
        var request = _grafana.Requests.Last();
        Assert.Equal("Bearer " + Double.EditorToken, request.Authorization);
        Assert.Equal("1", request.OrgHeader);
    }

    [Fact]
    public async Task Basic_auth_works()
    {
        using var client = new GrafanaClient(new GrafanaSettings(_grafana.Url) { User = Double.AdminUser, Password = Double.AdminPassword });
        await client.VerifyCredentialsAsync();
        Assert.StartsWith("Basic ", _grafana.Requests.Last().Authorization);
    }

    [Fact]
    public async Task Health_is_read_without_credentials()
    {
        using var client = TestSupport.Client(_grafana, token: "wrong");
        var health = await client.GetHealthAsync();
        Assert.Equal("ok", health.Database);
        Assert.Equal("12.3.0", health.Version);
        Assert.Null(_grafana.Requests.Last().Authorization);
    }

    [Fact]
    public async Task Bad_credentials_give_a_clear_401_and_are_not_retried()
    {
        using var client = TestSupport.Client(_grafana, token: "glsa_wrong_SECRETVALUE");
        var error = await Assert.ThrowsAsync<GrafanaApiException>(() => client.VerifyCredentialsAsync());
        Assert.Equal(GrafanaFailure.Unauthorized, error.Failure);
        Assert.Contains("rejected the credentials", error.Message);
        Assert.Contains("GRAFANA_TOKEN", error.Message);
        Assert.DoesNotContain("SECRETVALUE", error.Message);
        Assert.Equal(1, Searches);
    }

    [Fact]
    public async Task Missing_permission_gives_a_clear_403()
    {
        using var client = TestSupport.Client(_grafana, token: Double.ViewerToken);
        var error = await Assert.ThrowsAsync<GrafanaApiException>(() =>
            client.SaveDashboardAsync(new JsonObject { ["uid"] = "a", ["title"] = "A" }, null, "m", overwrite: false));
        Assert.Equal(GrafanaFailure.Forbidden, error.Failure);
        Assert.Contains("Editor role", error.Message);
        Assert.Equal(1, _grafana.Count("POST", "/api/dashboards/db"));
    }

    [Fact]
    public async Task Folder_not_found_is_recognised()
    {
        using var client = TestSupport.Client(_grafana);
        var error = await Assert.ThrowsAsync<GrafanaApiException>(() =>
            client.SaveDashboardAsync(new JsonObject { ["uid"] = "a", ["title"] = "A" }, "missing", "m", overwrite: false));
        Assert.Equal(GrafanaFailure.FolderNotFound, error.Failure);
        Assert.Equal(400, error.StatusCode);
    }

    [Fact]
    public async Task Version_mismatch_is_a_conflict_in_both_grafana_behaviours()
    {
        foreach (var as409 in new[] { false, true })
        {
            await using var grafana = await Double.StartAsync(new GrafanaDoubleOptions { ConflictAs409 = as409 });
            using var client = TestSupport.Client(grafana);
            var dashboard = new JsonObject { ["uid"] = "a", ["title"] = "A" };
            await client.SaveDashboardAsync(dashboard, null, "m", overwrite: false);
            var error = await Assert.ThrowsAsync<GrafanaApiException>(() => client.SaveDashboardAsync(dashboard, null, "m", overwrite: false));
            Assert.Equal(GrafanaFailure.Conflict, error.Failure);
            Assert.Equal(as409 ? 409 : 412, error.StatusCode);
        }
    }

    [Fact]
    public async Task Server_errors_are_retried_until_success()
    {
        _grafana.Faults.FailWithStatus(500, times: 2);
        var log = new List<string>();
        using var client = TestSupport.Client(_grafana, log);
        await client.VerifyCredentialsAsync();
        Assert.Equal(3, Searches);
        Assert.Equal(2, log.Count);
        Assert.All(log, line => Assert.Contains("HTTP 500", line));
    }

    [Fact]
    public async Task Retries_are_bounded()
    {
        _grafana.Faults.FailWithStatus(503, times: 100);
        using var client = TestSupport.Client(_grafana);
        var error = await Assert.ThrowsAsync<GrafanaApiException>(() => client.VerifyCredentialsAsync());
        Assert.Equal(GrafanaFailure.ServerError, error.Failure);
        Assert.Equal(4, Searches);
    }

    [Fact]
    public async Task Other_client_errors_are_not_retried()
    {
        using var client = TestSupport.Client(_grafana);
        await Assert.ThrowsAsync<GrafanaApiException>(() =>
            client.SaveDashboardAsync(new JsonObject { ["uid"] = "bad uid", ["title"] = "A" }, null, "m", overwrite: false));
        Assert.Equal(1, _grafana.Count("POST", "/api/dashboards/db"));
    }

    [Fact]
    public async Task Too_many_requests_waits_for_Retry_After()
    {
        _grafana.Faults.TooManyRequests(1, TimeSpan.FromSeconds(1));
        var log = new List<string>();
        using var client = TestSupport.Client(_grafana, log);
        await client.VerifyCredentialsAsync();
        Assert.Equal(2, Searches);
        // The backoff alone would wait at most 50 ms; the 1 s comes from the header.
        Assert.Contains("HTTP 429", Assert.Single(log));
        Assert.Contains("waiting 1000 ms", log[0]);
    }

    [Fact]
    public async Task Retry_After_is_bounded()
    {
        _grafana.Faults.TooManyRequests(1, TimeSpan.FromSeconds(3600));
        var log = new List<string>();
        var settings = TestSupport.Settings(_grafana) with { Retry = new GrafanaRetryOptions { BaseDelay = TimeSpan.FromMilliseconds(5), MaxRetryAfter = TimeSpan.FromMilliseconds(20) } };
        using var client = new GrafanaClient(settings, log: log.Add);
        await client.VerifyCredentialsAsync();
        Assert.Contains("waiting 20 ms", Assert.Single(log));
    }

    [Fact]
    public async Task Dropped_connections_are_retried()
    {
        _grafana.Faults.DropConnection(2);
        using var client = TestSupport.Client(_grafana);
        await client.VerifyCredentialsAsync();
        Assert.Equal(3, Searches);
    }

    [Fact]
    public async Task Slow_responses_time_out_per_attempt_and_are_retried()
    {
        _grafana.Faults.Delay(TimeSpan.FromSeconds(30), times: 1);
        var log = new List<string>();
        var settings = TestSupport.Settings(_grafana) with { AttemptTimeout = TimeSpan.FromSeconds(2) };
        using var client = new GrafanaClient(settings, log: log.Add);
        await client.VerifyCredentialsAsync();
        Assert.Contains("TimeoutRejectedException", Assert.Single(log));
    }

    [Fact]
    public async Task A_server_that_stays_slow_gives_a_timeout_failure()
    {
        _grafana.Faults.Delay(TimeSpan.FromSeconds(30), times: 10);
        var settings = TestSupport.Settings(_grafana) with
        {
            AttemptTimeout = TimeSpan.FromMilliseconds(100),
            Retry = new GrafanaRetryOptions { MaxRetries = 1, BaseDelay = TimeSpan.FromMilliseconds(1) },
        };
        using var client = new GrafanaClient(settings);
        var error = await Assert.ThrowsAsync<GrafanaApiException>(() => client.VerifyCredentialsAsync());
        Assert.Equal(GrafanaFailure.Timeout, error.Failure);
        Assert.Contains("did not answer within", error.Message);
    }

    [Fact]
    public async Task An_unreachable_server_is_reported_as_such()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var settings = new GrafanaSettings(new Uri($"http://127.0.0.1:{port}"))
        {
            Token = "t",
            Retry = new GrafanaRetryOptions { MaxRetries = 2, BaseDelay = TimeSpan.FromMilliseconds(1) },
        };
        var log = new List<string>();
        using var client = new GrafanaClient(settings, log: log.Add);
        var error = await Assert.ThrowsAsync<GrafanaApiException>(() => client.GetHealthAsync());
        Assert.Equal(GrafanaFailure.Unreachable, error.Failure);
        Assert.Contains("cannot reach Grafana", error.Message);
        Assert.Equal(2, log.Count);
    }

    [Fact]
    public async Task Concurrency_is_bounded()
    {
        _grafana.Faults.Delay(TimeSpan.FromMilliseconds(200), times: 8);
        var settings = TestSupport.Settings(_grafana) with { MaxConcurrency = 2 };
        var inFlight = 0;
        var peak = 0;
        var handler = new CountingHandler(() => { var now = Interlocked.Increment(ref inFlight); InterlockedMax(ref peak, now); }, () => Interlocked.Decrement(ref inFlight));
        using var counted = new GrafanaClient(settings, handler);
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => counted.VerifyCredentialsAsync()));
        Assert.Equal(2, peak);
    }

    [Fact]
    public async Task Search_follows_pages()
    {
        using var client = TestSupport.Client(_grafana);
        for (var i = 0; i < 5; i++)
        {
            await client.SaveDashboardAsync(new JsonObject { ["uid"] = $"d{i}", ["title"] = $"D{i}", ["tags"] = new JsonArray("t") }, null, "m", false);
        }
        var hits = await client.SearchAsync(new SearchQuery { Tags = ["t"] }, pageSize: 2);
        Assert.Equal(["d0", "d1", "d2", "d3", "d4"], hits.Select(h => h.Uid).ToArray());
        Assert.Equal(3, _grafana.Requests.Count(r => r.Path == "/api/search"));
    }

    [Theory]
    [InlineData("https://example.test/grafana", "https://example.test/grafana/api/dashboards/uid/a%20b")]
    [InlineData("https://example.test/grafana/", "https://example.test/grafana/api/dashboards/uid/a%20b")]
    [InlineData("https://example.test", "https://example.test/api/dashboards/uid/a%20b")]
    public async Task Urls_keep_a_sub_path_and_escape_uids(string baseUrl, string expected)
    {
        var seen = new List<string>();
        using var client = new GrafanaClient(new GrafanaSettings(new Uri(baseUrl)) { Token = "t" }, new RecordingHandler(seen));
        Assert.Null(await client.GetDashboardAsync("a b"));
        Assert.Equal(expected, Assert.Single(seen));
    }

    private sealed class RecordingHandler(List<string> seen) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            seen.Add(request.RequestUri!.AbsoluteUri);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound) { Content = new StringContent("{\"message\":\"Dashboard not found\"}") });
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        for (var current = Volatile.Read(ref target); value > current; current = Volatile.Read(ref target))
        {
            if (Interlocked.CompareExchange(ref target, value, current) == current) return;
        }
    }

    private sealed class CountingHandler(Action enter, Action leave) : DelegatingHandler(new SocketsHttpHandler())
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            enter();
            try
            {
                return await base.SendAsync(request, cancellationToken);
            }
            finally
            {
                leave();
            }
        }
    }
}
