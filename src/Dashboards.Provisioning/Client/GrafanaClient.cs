using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Http.Resilience;
using Polly.Timeout;

namespace Dashboards.Provisioning;

/// <summary>
/// Typed access to Grafana's classic HTTP API (health, folders, dashboards, search). Every request goes through the
/// resilience pipeline (<see cref="GrafanaResilience"/>); failures surface as <see cref="GrafanaApiException"/>.
/// </summary>
public sealed class GrafanaClient : IDisposable
{
    private readonly GrafanaSettings _settings;
    private readonly HttpClient _http;
    private readonly Uri _base;

    public GrafanaClient(GrafanaSettings settings, HttpMessageHandler? innerHandler = null, Action<string>? log = null)
    {
        _settings = settings;
        var resilience = new ResilienceHandler(GrafanaResilience.Build(settings, log))
        {
            InnerHandler = innerHandler ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) },
        };
        _http = new HttpClient(resilience) { Timeout = Timeout.InfiniteTimeSpan };
        var url = settings.Url.AbsoluteUri;
        _base = new Uri(url.EndsWith('/') ? url : url + "/");
    }

    public GrafanaSettings Settings => _settings;

    public void Dispose() => _http.Dispose();

    public async Task<GrafanaHealth> GetHealthAsync(CancellationToken cancellationToken = default)
    {
        var body = await SendAsync(HttpMethod.Get, "api/health", null, authenticate: false, cancellationToken).ConfigureAwait(false);
        var obj = AsObject(body, "GET /api/health");
        return new GrafanaHealth(Str(obj, "database") ?? "unknown", Str(obj, "version"), Str(obj, "commit"));
    }

    /// <summary>A cheap authenticated call: fails with 401 when the credentials are wrong.</summary>
    public Task VerifyCredentialsAsync(CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, "api/search?type=dash-folder&limit=1", null, authenticate: true, cancellationToken);

    /// <summary>The dashboard with this uid, or null when Grafana has none.</summary>
    public async Task<LiveDashboard?> GetDashboardAsync(string uid, CancellationToken cancellationToken = default)
    {
        var path = "api/dashboards/uid/" + Uri.EscapeDataString(uid);
        var body = await SendAsync(HttpMethod.Get, path, null, authenticate: true, cancellationToken, allowNotFound: true).ConfigureAwait(false);
        if (body is null)
        {
            return null;
        }
        var obj = AsObject(body, "GET /" + path);
        var dashboard = obj["dashboard"] as JsonObject ?? throw Malformed("GET /" + path, "no 'dashboard' object");
        var meta = obj["meta"] as JsonObject ?? new JsonObject();
        var version = Int(meta, "version") ?? Int(dashboard, "version") ?? 0;
        return new LiveDashboard(dashboard, version, Str(meta, "folderUid"), Str(meta, "folderTitle"),
            meta["provisioned"] is JsonValue p && p.TryGetValue<bool>(out var provisioned) && provisioned, Str(meta, "url"));
    }

    /// <summary><c>POST /api/dashboards/db</c>. The root folder is sent as no folderUid.</summary>
    public async Task<SaveDashboardResult> SaveDashboardAsync(
        JsonObject dashboard, string? folderUid, string message, bool overwrite, CancellationToken cancellationToken = default)
    {
        var request = new JsonObject
        {
            ["dashboard"] = dashboard.DeepClone(),
            ["message"] = message,
            ["overwrite"] = overwrite,
        };
        if (!string.IsNullOrEmpty(folderUid) && folderUid != FolderRef.GeneralUid)
        {
            request["folderUid"] = folderUid;
        }
        var body = await SendAsync(HttpMethod.Post, "api/dashboards/db", request, authenticate: true, cancellationToken).ConfigureAwait(false);
        var obj = AsObject(body, "POST /api/dashboards/db");
        return new SaveDashboardResult(Str(obj, "uid") ?? Str(dashboard, "uid") ?? "", Int(obj, "version") ?? 0, Str(obj, "url"), Str(obj, "folderUid"));
    }

    public async Task DeleteDashboardAsync(string uid, CancellationToken cancellationToken = default) =>
        await SendAsync(HttpMethod.Delete, "api/dashboards/uid/" + Uri.EscapeDataString(uid), null, authenticate: true, cancellationToken).ConfigureAwait(false);

    public async Task<GrafanaFolder?> GetFolderAsync(string uid, CancellationToken cancellationToken = default)
    {
        var path = "api/folders/" + Uri.EscapeDataString(uid);
        var body = await SendAsync(HttpMethod.Get, path, null, authenticate: true, cancellationToken, allowNotFound: true).ConfigureAwait(false);
        return body is null ? null : ToFolder(AsObject(body, "GET /" + path));
    }

    public async Task<GrafanaFolder> CreateFolderAsync(FolderRef folder, CancellationToken cancellationToken = default)
    {
        var request = new JsonObject { ["uid"] = folder.Uid, ["title"] = folder.Title };
        if (!string.IsNullOrEmpty(folder.ParentUid) && folder.ParentUid != FolderRef.GeneralUid)
        {
            request["parentUid"] = folder.ParentUid;
        }
        var body = await SendAsync(HttpMethod.Post, "api/folders", request, authenticate: true, cancellationToken).ConfigureAwait(false);
        return ToFolder(AsObject(body, "POST /api/folders"));
    }

    /// <summary><c>PUT /api/folders/:uid</c> with the version read before, so a concurrent change is refused (412).</summary>
    public async Task<GrafanaFolder> RenameFolderAsync(string uid, string title, int version, CancellationToken cancellationToken = default)
    {
        var request = new JsonObject { ["title"] = title, ["version"] = version, ["overwrite"] = false };
        var path = "api/folders/" + Uri.EscapeDataString(uid);
        var body = await SendAsync(HttpMethod.Put, path, request, authenticate: true, cancellationToken).ConfigureAwait(false);
        return ToFolder(AsObject(body, "PUT /" + path));
    }

    /// <summary>All hits of a search, following pages of <paramref name="pageSize"/>.</summary>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, int pageSize = 1000, CancellationToken cancellationToken = default)
    {
        var hits = new List<SearchHit>();
        for (var page = 1; ; page++)
        {
            var parameters = new List<string> { "limit=" + pageSize.ToString(CultureInfo.InvariantCulture), "page=" + page.ToString(CultureInfo.InvariantCulture) };
            if (query.Query is not null) parameters.Add("query=" + Uri.EscapeDataString(query.Query));
            if (query.Type is not null) parameters.Add("type=" + Uri.EscapeDataString(query.Type));
            parameters.AddRange(query.Tags.Select(t => "tag=" + Uri.EscapeDataString(t)));
            parameters.AddRange(query.DashboardUids.Select(u => "dashboardUIDs=" + Uri.EscapeDataString(u)));
            parameters.AddRange(query.FolderUids.Select(u => "folderUIDs=" + Uri.EscapeDataString(u)));
            var path = "api/search?" + string.Join('&', parameters);
            var body = await SendAsync(HttpMethod.Get, path, null, authenticate: true, cancellationToken).ConfigureAwait(false);
            if (body is not JsonArray array)
            {
                throw Malformed("GET /api/search", "expected a JSON array");
            }
            foreach (var item in array.OfType<JsonObject>())
            {
                var tags = (item["tags"] as JsonArray)?.Select(t => t?.GetValue<string>() ?? "").ToList() ?? [];
                hits.Add(new SearchHit(Str(item, "uid") ?? "", Str(item, "title") ?? "", Str(item, "type") ?? "", tags,
                    Str(item, "folderUid"), Str(item, "folderTitle"), Str(item, "url")));
            }
            if (array.Count < pageSize)
            {
                return hits;
            }
        }
    }

    private async Task<JsonNode?> SendAsync(
        HttpMethod method, string relativePath, JsonNode? body, bool authenticate, CancellationToken cancellationToken, bool allowNotFound = false)
    {
        var operation = $"{method} /{relativePath.Split('?')[0]}";
        using var request = new HttpRequestMessage(method, new Uri(_base, relativePath));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }
        if (authenticate)
        {
            Authenticate(request);
        }

        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new GrafanaApiException(GrafanaFailure.Unreachable, operation, null, null,
                $"{operation}: cannot reach Grafana at {_settings.Url} ({e.Message}). Check {GrafanaSettings.UrlVariable} and that the server is up.", e);
        }
        catch (TimeoutRejectedException e)
        {
            throw new GrafanaApiException(GrafanaFailure.Timeout, operation, null, null,
                $"{operation}: Grafana at {_settings.Url} did not answer within {_settings.AttemptTimeout.TotalSeconds:0.###} s (after retries).", e);
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return string.IsNullOrWhiteSpace(text) ? null : ParseOrNull(text) ?? throw Malformed(operation, "the body is not JSON");
            }
            if (allowNotFound && response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }
            var message = ParseOrNull(text) is JsonObject error ? Str(error, "message") : null;
            throw GrafanaApiException.FromResponse(operation, response.StatusCode, message, _settings.OrgId);
        }
    }

    private void Authenticate(HttpRequestMessage request)
    {
        if (!string.IsNullOrEmpty(_settings.Token))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _settings.Token);
        }
        else if (!string.IsNullOrEmpty(_settings.User))
        {
            var pair = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_settings.User}:{_settings.Password}"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", pair);
        }
        if (_settings.OrgId is { } org)
        {
            request.Headers.Add("X-Grafana-Org-Id", org.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static JsonNode? ParseOrNull(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonObject AsObject(JsonNode? node, string operation) =>
        node as JsonObject ?? throw Malformed(operation, "expected a JSON object");

    private static GrafanaApiException Malformed(string operation, string what) =>
        new(GrafanaFailure.Unexpected, operation, null, null, $"{operation}: unexpected response from Grafana ({what}).");

    private static GrafanaFolder ToFolder(JsonObject obj) =>
        new(Str(obj, "uid") ?? "", Str(obj, "title") ?? "", Str(obj, "parentUid"), Int(obj, "version") ?? 0);

    private static string? Str(JsonObject obj, string key) =>
        obj[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static int? Int(JsonObject obj, string key) =>
        obj[key] is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? (int)double.Parse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture) : null;
}
