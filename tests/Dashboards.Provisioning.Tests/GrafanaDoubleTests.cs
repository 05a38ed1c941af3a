using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Dashboards.GrafanaDouble;
using Double = Dashboards.GrafanaDouble.GrafanaDouble;

namespace Dashboards.Provisioning.Tests;

/// <summary>The double itself, over raw HTTP: it must follow the reference facts, or client tests prove nothing.</summary>
public sealed class GrafanaDoubleTests : IAsyncLifetime
{
    private Double _grafana = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _grafana = await Double.StartAsync();
        _http = new HttpClient { BaseAddress = _grafana.Url };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _grafana.DisposeAsync();
    }

    private async Task<(int Status, JsonNode? Body)> Send(HttpMethod method, string path, JsonNode? body = null, string? token = Double.EditorToken, string? org = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (org is not null) request.Headers.Add("X-Grafana-Org-Id", org);
        if (body is not null) request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    private static JsonObject SaveBody(string uid, string title, int? version = null, string? folderUid = null, bool overwrite = false, string message = "m")
    {
        var dashboard = new JsonObject { ["uid"] = uid, ["title"] = title };
        if (version is not null) dashboard["version"] = version;
        var body = new JsonObject { ["dashboard"] = dashboard, ["overwrite"] = overwrite, ["message"] = message };
        if (folderUid is not null) body["folderUid"] = folderUid;
        return body;
    }

    [Fact]
    public void Listens_on_loopback_with_a_random_port()
    {
        Assert.Equal("127.0.0.1", _grafana.Url.Host);
        Assert.NotEqual(0, _grafana.Url.Port);
    }

    [Fact]
    public async Task Health_needs_no_auth_and_is_pretty_printed()
    {
        using var response = await _http.GetAsync("/api/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("\n  \"database\": \"ok\"", text);
        _grafana.DatabaseFailing = true;
        var (status, body) = await Send(HttpMethod.Get, "/api/health", token: null);
        Assert.Equal(503, status);
        Assert.Equal("failing", body!["database"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("glsa_unknown_token_00000000")]
    public async Task Missing_or_unknown_credentials_get_401_Unauthorized(string? token)
    {
        var (status, body) = await Send(HttpMethod.Get, "/api/search", token: token);
        Assert.Equal(401, status);
        Assert.Equal("""{"message":"Unauthorized"}""", body!.ToJsonString());
    }

    [Fact]
    public async Task Basic_auth_users_are_checked_by_password()
    {
        async Task<int> As(string user, string password)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/search");
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
            using var response = await _http.SendAsync(request);
            return (int)response.StatusCode;
        }
        Assert.Equal(200, await As(Double.AdminUser, Double.AdminPassword));
        Assert.Equal(401, await As(Double.AdminUser, "wrong"));
    }

    [Fact]
    public async Task Viewer_gets_403_with_an_access_error_id_on_save()
    {
        var (status, body) = await Send(HttpMethod.Post, "/api/dashboards/db", SaveBody("a", "A"), token: Double.ViewerToken);
        Assert.Equal(403, status);
        Assert.Equal("Access denied", body!["title"]!.GetValue<string>());
        Assert.Matches("^ACE[0-9]{10}$", body["accessErrorId"]!.GetValue<string>());
        Assert.Empty(_grafana.Store.DashboardUids());
    }

    [Fact]
    public async Task Versions_start_at_1_and_grow_by_one_per_save()
    {
        var (status, body) = await Send(HttpMethod.Post, "/api/dashboards/db", SaveBody("a", "A"));
        Assert.Equal(200, status);
        Assert.Equal("success", body!["status"]!.GetValue<string>());
        Assert.Equal(1, body["version"]!.GetValue<int>());
        Assert.Equal("/d/a/a", body["url"]!.GetValue<string>());

        (status, body) = await Send(HttpMethod.Post, "/api/dashboards/db", SaveBody("a", "A2", version: 1));
        Assert.Equal(200, status);
        Assert.Equal(2, body!["version"]!.GetValue<int>());
        Assert.Equal(2, _grafana.Store.GetVersions("a").Count);
    }

    [Fact]
    public async Task Stale_version_without_overwrite_is_412_and_overwrite_wins()
    {
        await Send(HttpMethod.Post, "/api/dashboards/db", SaveBody("a", "A"));
        _grafana.Store.EditInUi("a", d => d["title"] = "Edited");
        var (status, body) = await Send(HttpMethod.Post, "/api/dashboards/db", SaveBody("a", "Mine", version: 1));
        Assert.Equal(412, status);
        Assert.Equal("version-mismatch", body!["status"]!.GetValue<string>());
        Assert.Equal("Edited", _grafana.Store.GetDashboard("a")!["title"]!.GetValue<string>());

        (status, body) = await Send(HttpMethod.Post, "/api/dashboards/db", SaveBody("a", "Mine", version: 1, overwrite: true));
        Assert.Equal(200, status);
        Assert.Equal(3, body!["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task Newer_behaviour_switch_answers_409()
    {
        await using var grafana = await Double.StartAsync(new GrafanaDoubleOptions { ConflictAs409 = true });
        using var http = new HttpClient { BaseAddress = grafana.Url };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Double.EditorToken);
        (await http.PostAsync("/api/dashboards/db", new StringContent(SaveBody("a", "A").ToJsonString()))).Dispose();
        using var response = await http.PostAsync("/api/dashboards/db", new StringContent(SaveBody("a", "A").ToJsonString()));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Use overwrite flag", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("has space", "uid contains illegal characters")]
    [InlineData("a2345678901234567890123456789012345678901", "uid too long, max 40 characters")]
    public async Task Uid_rules_are_enforced(string uid, string message)
    {
        var (status, body) = await Send(HttpMethod.Post, "/api/dashboards/db", SaveBody(uid, "T"));
        Assert.Equal(400, status);
        Assert.Equal(message, body!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_40_character_uid_is_fine()
    {
        var (status, _) = await Send(HttpMethod.Post, "/api/dashboards/db", SaveBody(new string('a', 40), "T"));
        Assert.Equal(200, status);
    }

    [Fact]
    public async Task Title_rules_are_enforced()
    {
        var (status, body) = await Send(HttpMethod.Post, "/api/dashboards/db", SaveBody("a", "   "));
        Assert.Equal(400, status);
        Assert.Equal("empty-name", body!["status"]!.GetValue<string>());
        (status, body) = await Send(HttpMethod.Post, "/api/dashboards/db", SaveBody("a", new string('t', 5001)));
        Assert.Equal(400, status);
        Assert.Equal("title-too-long", body!["status"]!.GetValue<string>());
        (status, body) = await Send(HttpMethod.Post, "/api/dashboards/db", SaveBody("a", "T", message: new string('m', 501)));
        Assert.Equal(400, status);
        Assert.Equal("message too long, max 500 characters", body!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Refresh_below_the_minimum_is_raised_silently()
    {
        var body = SaveBody("a", "A");
        body["dashboard"]!["refresh"] = "1s";
        Assert.Equal(200, (await Send(HttpMethod.Post, "/api/dashboards/db", body)).Status);
        Assert.Equal("5s", _grafana.Store.GetDashboard("a")!["refresh"]!.GetValue<string>());
        body = SaveBody("b", "B");
        body["dashboard"]!["refresh"] = "1m";
        await Send(HttpMethod.Post, "/api/dashboards/db", body);
        Assert.Equal("1m", _grafana.Store.GetDashboard("b")!["refresh"]!.GetValue<string>());
    }

    [Fact]
    public async Task Saving_into_a_missing_folder_is_400_folder_not_found()
    {
        var (status, body) = await Send(HttpMethod.Post, "/api/dashboards/db", SaveBody("a", "A", folderUid: "nope"));
        Assert.Equal(400, status);
        Assert.Equal("folder not found", body!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Folders_nest_by_parentUid_and_reject_duplicates()
    {
        var (status, body) = await Send(HttpMethod.Post, "/api/folders", new JsonObject { ["uid"] = "team", ["title"] = "Team" });
        Assert.Equal(200, status);
        Assert.Equal("/dashboards/f/team/team", body!["url"]!.GetValue<string>());
        (status, body) = await Send(HttpMethod.Post, "/api/folders", new JsonObject { ["uid"] = "svc", ["title"] = "Service", ["parentUid"] = "team" });
        Assert.Equal(200, status);
        Assert.Equal("team", body!["parentUid"]!.GetValue<string>());
        Assert.Equal("team", body["parents"]![0]!["uid"]!.GetValue<string>());

        (status, body) = await Send(HttpMethod.Post, "/api/folders", new JsonObject { ["uid"] = "team", ["title"] = "Again" });
        Assert.Equal(409, status);
        (status, _) = await Send(HttpMethod.Post, "/api/folders", new JsonObject { ["uid"] = "x", ["title"] = " " });
        Assert.Equal(400, status);

        (status, body) = await Send(HttpMethod.Get, "/api/folders?parentUid=team");
        Assert.Equal("svc", Assert.Single(body!.AsArray())!["uid"]!.GetValue<string>());
        (status, body) = await Send(HttpMethod.Get, "/api/folders");
        Assert.Equal("team", Assert.Single(body!.AsArray())!["uid"]!.GetValue<string>());

        (status, body) = await Send(HttpMethod.Get, "/api/folders/missing");
        Assert.Equal(404, status);
        Assert.Equal("not-found", body!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Folder_rename_checks_the_version()
    {
        await Send(HttpMethod.Post, "/api/folders", new JsonObject { ["uid"] = "team", ["title"] = "Team" });
        var (status, body) = await Send(HttpMethod.Put, "/api/folders/team", new JsonObject { ["title"] = "Squad", ["version"] = 7 });
        Assert.Equal(412, status);
        Assert.Equal("version-mismatch", body!["status"]!.GetValue<string>());
        (status, body) = await Send(HttpMethod.Put, "/api/folders/team", new JsonObject { ["title"] = "Squad", ["version"] = 1 });
        Assert.Equal(200, status);
        Assert.Equal(2, body!["version"]!.GetValue<int>());
        Assert.Equal("Squad", _grafana.Store.Folders().Single().Title);
        Assert.Equal(404, (await Send(HttpMethod.Put, "/api/folders/none", new JsonObject { ["title"] = "X", ["overwrite"] = true })).Status);
    }

    [Fact]
    public async Task Folder_depth_is_limited()
    {
        string? parent = null;
        for (var depth = 1; depth <= 4; depth++)
        {
            var folder = new JsonObject { ["uid"] = $"f{depth}", ["title"] = $"F{depth}" };
            if (parent is not null) folder["parentUid"] = parent;
            Assert.Equal(200, (await Send(HttpMethod.Post, "/api/folders", folder)).Status);
            parent = $"f{depth}";
        }
        var (status, body) = await Send(HttpMethod.Post, "/api/folders", new JsonObject { ["uid"] = "f5", ["title"] = "F5", ["parentUid"] = parent });
        Assert.Equal(400, status);
        Assert.Equal("folder.maximum-depth-reached", body!["messageId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Get_by_uid_returns_dashboard_and_meta()
    {
        await Send(HttpMethod.Post, "/api/folders", new JsonObject { ["uid"] = "team", ["title"] = "Team" });
        await Send(HttpMethod.Post, "/api/dashboards/db", SaveBody("a", "A", folderUid: "team"));
        var (status, body) = await Send(HttpMethod.Get, "/api/dashboards/uid/a");
        Assert.Equal(200, status);
        Assert.Equal(1, body!["dashboard"]!["version"]!.GetValue<int>());
        var meta = body["meta"]!;
        Assert.Equal("team", meta["folderUid"]!.GetValue<string>());
        Assert.Equal("Team", meta["folderTitle"]!.GetValue<string>());
        Assert.Equal("sa-provisioning", meta["createdBy"]!.GetValue<string>());
        Assert.False(meta["provisioned"]!.GetValue<bool>());

        (status, body) = await Send(HttpMethod.Get, "/api/dashboards/uid/missing");
        Assert.Equal(404, status);
        Assert.Equal("Dashboard not found", body!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Update_without_folderUid_moves_to_root()
    {
        await Send(HttpMethod.Post, "/api/folders", new JsonObject { ["uid"] = "team", ["title"] = "Team" });
        await Send(HttpMethod.Post, "/api/dashboards/db", SaveBody("a", "A", folderUid: "team"));
        await Send(HttpMethod.Post, "/api/dashboards/db", SaveBody("a", "A", version: 1));
        var (_, body) = await Send(HttpMethod.Get, "/api/dashboards/uid/a");
        Assert.Equal("", body!["meta"]!["folderUid"]!.GetValue<string>());
        Assert.Equal("General", body["meta"]!["folderTitle"]!.GetValue<string>());
    }

    [Fact]
    public async Task Delete_answers_with_title_and_refuses_provisioned()
    {
        await Send(HttpMethod.Post, "/api/dashboards/db", SaveBody("a", "Alpha"));
        var (status, body) = await Send(HttpMethod.Delete, "/api/dashboards/uid/a");
        Assert.Equal(200, status);
        Assert.Equal("Dashboard Alpha deleted", body!["message"]!.GetValue<string>());
        Assert.Equal(404, (await Send(HttpMethod.Delete, "/api/dashboards/uid/a")).Status);

        _grafana.Store.Seed(new JsonObject { ["uid"] = "p", ["title"] = "P" }, provisioned: true);
        (status, body) = await Send(HttpMethod.Delete, "/api/dashboards/uid/p");
        Assert.Equal(400, status);
        Assert.Equal("provisioned dashboard cannot be deleted", body!["message"]!.GetValue<string>());
        Assert.Equal(400, (await Send(HttpMethod.Post, "/api/dashboards/db", SaveBody("p", "P", version: 1))).Status);
    }

    [Fact]
    public async Task Search_filters_by_type_tag_query_uids_and_folders()
    {
        await Send(HttpMethod.Post, "/api/folders", new JsonObject { ["uid"] = "team", ["title"] = "Team" });
        async Task Save(string uid, string title, string? folder, params string[] tags)
        {
            var body = SaveBody(uid, title, folderUid: folder);
            body["dashboard"]!["tags"] = new JsonArray(tags.Select(t => (JsonNode)JsonValue.Create(t)).ToArray());
            Assert.Equal(200, (await Send(HttpMethod.Post, "/api/dashboards/db", body)).Status);
        }
        await Save("b", "beta", "team", "x", "y");
        await Save("a", "Alpha", null, "x");
        await Save("c", "Gamma", "team");

        async Task<string[]> Uids(string query) =>
            (await Send(HttpMethod.Get, "/api/search" + query)).Body!.AsArray().Select(h => h!["uid"]!.GetValue<string>()).ToArray();

        Assert.Equal(["team", "a", "b", "c"], await Uids(""));
        Assert.Equal(["a", "b", "c"], await Uids("?type=dash-db"));
        Assert.Equal(["team"], await Uids("?type=dash-folder"));
        Assert.Equal(["a", "b"], await Uids("?tag=x"));
        Assert.Equal(["b"], await Uids("?tag=x&tag=y"));
        Assert.Equal(["b"], await Uids("?query=BET"));
        Assert.Equal(["a", "c"], await Uids("?dashboardUIDs=a&dashboardUIDs=c"));
        Assert.Equal(["b", "c"], await Uids("?type=dash-db&folderUIDs=team"));
        Assert.Equal(["a"], await Uids("?type=dash-db&folderUIDs="));
        Assert.Equal(["b"], await Uids("?type=dash-db&limit=1&page=2"));
        Assert.Equal(422, (await Send(HttpMethod.Get, "/api/search?limit=5001")).Status);
        Assert.Equal(400, (await Send(HttpMethod.Get, "/api/search?dashboardIds=1&dashboardUIDs=a")).Status);

        var hit = (await Send(HttpMethod.Get, "/api/search?dashboardUIDs=b")).Body![0]!;
        Assert.Equal("Team", hit["folderTitle"]!.GetValue<string>());
        Assert.Equal("dash-db", hit["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Org_header_selects_the_org_and_tokens_stay_in_theirs()
    {
        _grafana.Store.AddUser("multi", "pw", GrafanaRole.Editor, 1, 2);
        _grafana.Store.Seed(new JsonObject { ["uid"] = "in-org-2", ["title"] = "Two" }, orgId: 2);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/dashboards/uid/in-org-2");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("multi:pw")));
        request.Headers.Add("X-Grafana-Org-Id", "2");
        using var response = await _http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        Assert.Equal(404, (await Send(HttpMethod.Get, "/api/dashboards/uid/in-org-2")).Status);
        var (status, body) = await Send(HttpMethod.Get, "/api/dashboards/uid/in-org-2", org: "2");
        Assert.Equal(401, status);
        Assert.Equal("api-key.organization-mismatch", body!["messageId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Faults_fire_the_requested_number_of_times()
    {
        _grafana.Faults.FailWithStatus(500, times: 2);
        Assert.Equal(500, (await Send(HttpMethod.Get, "/api/search")).Status);
        Assert.Equal(500, (await Send(HttpMethod.Get, "/api/search")).Status);
        Assert.Equal(200, (await Send(HttpMethod.Get, "/api/search")).Status);

        _grafana.Faults.TooManyRequests(1, TimeSpan.FromSeconds(7));
        using (var response = await _http.GetAsync("/api/health"))
        {
            Assert.Equal((HttpStatusCode)429, response.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(7), response.Headers.RetryAfter!.Delta);
        }

        _grafana.Faults.DropConnection(1);
        await Assert.ThrowsAsync<HttpRequestException>(() => _http.GetAsync("/api/health"));
        Assert.Equal(200, (int)(await _http.GetAsync("/api/health")).StatusCode);
    }

    [Fact]
    public async Task Faults_can_target_the_save_of_one_dashboard()
    {
        _grafana.Faults.FailWithStatus(500, int.MaxValue, FaultMatch.SaveOf("b"));
        Assert.Equal(200, (await Send(HttpMethod.Post, "/api/dashboards/db", SaveBody("a", "A"))).Status);
        Assert.Equal(500, (await Send(HttpMethod.Post, "/api/dashboards/db", SaveBody("b", "B"))).Status);
        Assert.Equal(["a"], _grafana.Store.DashboardUids());
    }
}
