using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Polly;
using Polly.Timeout;

namespace Dashboards.Provisioning;

/// <summary>
/// Typed access to Grafana's classic HTTP API (health, folders, dashboards, search). Every request goes through the
/// resilience pipeline (<see cref="GrafanaResilience"/>), each attempt bounded including the body; the whole run is
/// bounded by <see cref="GrafanaSettings.RunDeadline"/>. Redirects are followed within Grafana's origin only, keeping
/// the credentials. Failures surface as <see cref="GrafanaApiException"/> with one line naming the request and no secret.
/// </summary>
public sealed class GrafanaClient : IDisposable
{
    private const int MaxRedirects = 5;

    private readonly GrafanaSettings _settings;
    private readonly HttpClient _http;
    private readonly Uri _base;
    private readonly ResiliencePipeline<GrafanaAttempt> _pipeline;
    private readonly CancellationTokenSource _deadline;
    private readonly Action<string>? _log;
    private int _redirectNoted;

    public GrafanaClient(GrafanaSettings settings, HttpMessageHandler? innerHandler = null, Action<string>? log = null)
    {
        _settings = settings;
        _log = log is null ? null : line => log(settings.Redact(line));
        _pipeline = GrafanaResilience.Build(settings, _log);
        // .NET drops Authorization on any redirect; this client follows redirects itself (same origin only).
        var handler = innerHandler ?? new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AllowAutoRedirect = false,
            ConnectTimeout = settings.AttemptTimeout,
        };
        _http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        var url = settings.Url.AbsoluteUri;
        _base = new Uri(url.EndsWith('/') ? url : url + "/");
        var deadline = settings.RunDeadline;
        _deadline = new CancellationTokenSource(deadline > TimeSpan.FromDays(1) || deadline <= TimeSpan.Zero ? TimeSpan.FromDays(1) : deadline);
    }

    public GrafanaSettings Settings => _settings;

    public void Dispose()
    {
        _http.Dispose();
        _deadline.Dispose();
    }

    public async Task<GrafanaHealth> GetHealthAsync(CancellationToken cancellationToken = default)
    {
        const string operation = "GET /api/health";
        var body = await SendAsync(HttpMethod.Get, "api/health", null, authenticate: false, cancellationToken).ConfigureAwait(false);
        return Decode(operation, () =>
        {
            var obj = AsObject(body, operation);
            return new GrafanaHealth(Str(obj, "database") ?? "unknown", Str(obj, "version"), Str(obj, "commit"));
        });
    }

    /// <summary>A cheap authenticated call: fails with 401 when the credentials are wrong.</summary>
    public Task VerifyCredentialsAsync(CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, "api/search?type=dash-folder&limit=1", null, authenticate: true, cancellationToken, requireBody: false);

    /// <summary>Health (no credentials) then credentials: what every verb checks before reading or writing.</summary>
    public async Task CheckAsync(CancellationToken cancellationToken = default)
    {
        await GetHealthAsync(cancellationToken).ConfigureAwait(false);
        await VerifyCredentialsAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The dashboard with this uid, or null when Grafana has none.</summary>
    public async Task<LiveDashboard?> GetDashboardAsync(string uid, CancellationToken cancellationToken = default)
    {
        var path = "api/dashboards/uid/" + Uri.EscapeDataString(uid);
        var operation = "GET /" + path;
        var body = await SendAsync(HttpMethod.Get, path, null, authenticate: true, cancellationToken, allowNotFound: true).ConfigureAwait(false);
        if (body is null)
        {
            return null;
        }
        return Decode(operation, () =>
        {
            var obj = AsObject(body, operation);
            var dashboard = obj["dashboard"] as JsonObject ?? throw new FormatException("no 'dashboard' object");
            var meta = obj["meta"] as JsonObject ?? new JsonObject();
            var version = Int(meta, "version") ?? Int(dashboard, "version") ?? 0;
            return new LiveDashboard(dashboard, version, Str(meta, "folderUid"), Str(meta, "folderTitle"),
                meta["provisioned"] is JsonValue p && p.TryGetValue<bool>(out var provisioned) && provisioned, Str(meta, "url"));
        });
    }

    /// <summary><c>POST /api/dashboards/db</c>. The root folder is sent as no folderUid.</summary>
    public async Task<SaveDashboardResult> SaveDashboardAsync(
        JsonObject dashboard, string? folderUid, string message, bool overwrite, CancellationToken cancellationToken = default)
    {
        const string operation = "POST /api/dashboards/db";
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
        return Decode(operation, () =>
        {
            var obj = AsObject(body, operation);
            return new SaveDashboardResult(Str(obj, "uid") ?? Str(dashboard, "uid") ?? "", Int(obj, "version") ?? 0, Str(obj, "url"), Str(obj, "folderUid"));
        });
    }

    public async Task DeleteDashboardAsync(string uid, CancellationToken cancellationToken = default) =>
        await SendAsync(HttpMethod.Delete, "api/dashboards/uid/" + Uri.EscapeDataString(uid), null, authenticate: true, cancellationToken, requireBody: false)
            .ConfigureAwait(false);

    public async Task<GrafanaFolder?> GetFolderAsync(string uid, CancellationToken cancellationToken = default)
    {
        var path = "api/folders/" + Uri.EscapeDataString(uid);
        var body = await SendAsync(HttpMethod.Get, path, null, authenticate: true, cancellationToken, allowNotFound: true).ConfigureAwait(false);
        return body is null ? null : ToFolder(body, "GET /" + path);
    }

    public async Task<GrafanaFolder> CreateFolderAsync(FolderRef folder, CancellationToken cancellationToken = default)
    {
        var request = new JsonObject { ["uid"] = folder.Uid, ["title"] = folder.Title };
        if (!string.IsNullOrEmpty(folder.ParentUid) && folder.ParentUid != FolderRef.GeneralUid)
        {
            request["parentUid"] = folder.ParentUid;
        }
        var body = await SendAsync(HttpMethod.Post, "api/folders", request, authenticate: true, cancellationToken).ConfigureAwait(false);
        return ToFolder(body, "POST /api/folders");
    }

    /// <summary><c>PUT /api/folders/:uid</c> with the version read before, so a concurrent change is refused (412).</summary>
    public async Task<GrafanaFolder> RenameFolderAsync(string uid, string title, int version, CancellationToken cancellationToken = default)
    {
        var request = new JsonObject { ["title"] = title, ["version"] = version, ["overwrite"] = false };
        var path = "api/folders/" + Uri.EscapeDataString(uid);
        var body = await SendAsync(HttpMethod.Put, path, request, authenticate: true, cancellationToken).ConfigureAwait(false);
        return ToFolder(body, "PUT /" + path);
    }

    /// <summary>
    /// All hits of a search, following pages of <paramref name="pageSize"/>. Bounded: a page that repeats the previous
    /// one (a server ignoring <c>page</c>) or more than <see cref="GrafanaSettings.MaxSearchPages"/> pages is an error.
    /// </summary>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, int pageSize = 1000, CancellationToken cancellationToken = default)
    {
        const string operation = "GET /api/search";
        var hits = new List<SearchHit>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        IReadOnlyList<string>? previousPage = null;
        for (var page = 1; ; page++)
        {
            if (page > Math.Max(_settings.MaxSearchPages, 1))
            {
                throw Malformed(operation, $"still more results after {_settings.MaxSearchPages} pages of {pageSize}; stopped paging");
            }
            var parameters = new List<string> { "limit=" + pageSize.ToString(CultureInfo.InvariantCulture), "page=" + page.ToString(CultureInfo.InvariantCulture) };
            if (query.Query is not null) parameters.Add("query=" + Uri.EscapeDataString(query.Query));
            if (query.Type is not null) parameters.Add("type=" + Uri.EscapeDataString(query.Type));
            parameters.AddRange(query.Tags.Select(t => "tag=" + Uri.EscapeDataString(t)));
            parameters.AddRange(query.DashboardUids.Select(u => "dashboardUIDs=" + Uri.EscapeDataString(u)));
            parameters.AddRange(query.FolderUids.Select(u => "folderUIDs=" + Uri.EscapeDataString(u)));
            var path = "api/search?" + string.Join('&', parameters);
            var body = await SendAsync(HttpMethod.Get, path, null, authenticate: true, cancellationToken).ConfigureAwait(false);
            var pageHits = Decode(operation, () => ToHits(body));
            var uids = pageHits.Select(h => h.Uid).ToList();
            if (previousPage is not null && uids.Count > 0 && uids.SequenceEqual(previousPage))
            {
                throw Malformed(operation, $"page {page} repeats page {page - 1} (the server ignores the 'page' parameter?); stopped paging");
            }
            hits.AddRange(pageHits.Where(h => seen.Add(h.Uid)));
            if (pageHits.Count < pageSize)
            {
                return hits;
            }
            previousPage = uids;
        }
    }

    private static List<SearchHit> ToHits(JsonNode? body)
    {
        if (body is not JsonArray array)
        {
            throw new FormatException("expected a JSON array");
        }
        var hits = new List<SearchHit>(array.Count);
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not JsonObject item)
            {
                throw new FormatException($"hit {i} is not an object");
            }
            var uid = Str(item, "uid");
            if (string.IsNullOrEmpty(uid))
            {
                throw new FormatException($"hit {i} has no string 'uid'");
            }
            var tags = (item["tags"] as JsonArray)?.OfType<JsonValue>()
                .Select(t => t.TryGetValue<string>(out var s) ? s : null).OfType<string>().ToList() ?? [];
            hits.Add(new SearchHit(uid, Str(item, "title") ?? "", Str(item, "type") ?? "", tags,
                Str(item, "folderUid"), Str(item, "folderTitle"), Str(item, "url")));
        }
        return hits;
    }

    private async Task<JsonNode?> SendAsync(
        HttpMethod method, string relativePath, JsonNode? body, bool authenticate, CancellationToken cancellationToken,
        bool allowNotFound = false, bool requireBody = true)
    {
        var operation = $"{method} /{relativePath.Split('?')[0]}";
        var payload = body?.ToJsonString();
        if (_deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new GrafanaApiException(GrafanaFailure.Deadline, operation, null, null,
                $"{operation}: not sent, the run's deadline of {_settings.RunDeadline.TotalSeconds:0.###} s (--deadline) had passed.", attempts: 0);
        }
        var attempts = new StrongBox<int>();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _deadline.Token);
        var context = ResilienceContextPool.Shared.Get(linked.Token);
        context.Properties.Set(GrafanaResilience.Operation, operation);
        GrafanaAttempt attempt;
        try
        {
            attempt = await _pipeline.ExecuteAsync(
                static (ctx, state) =>
                {
                    Interlocked.Increment(ref state.Attempts.Value);
                    return state.Client.AttemptAsync(state.Method, state.RelativePath, state.Payload, state.Authenticate, ctx.CancellationToken);
                },
                context, (Client: this, Method: method, RelativePath: relativePath, Payload: payload, Authenticate: authenticate, Attempts: attempts)).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (_deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw Fail(GrafanaFailure.Deadline, operation,
                $"{operation}: the run's deadline of {_settings.RunDeadline.TotalSeconds:0.###} s (--deadline) passed before Grafana answered completely.", e, attempts.Value);
        }
        catch (TimeoutRejectedException e)
        {
            throw Fail(GrafanaFailure.Timeout, operation,
                $"{operation}: Grafana at {_settings.Url} did not answer within {_settings.AttemptTimeout.TotalSeconds:0.###} s " +
                $"(--timeout, the whole answer included), after {_settings.Retry.MaxRetries} retries.", e, attempts.Value);
        }
        catch (HttpRequestException e)
        {
            throw Fail(GrafanaFailure.Unreachable, operation,
                $"{operation}: cannot reach Grafana at {_settings.Url} ({e.Message}). Check {GrafanaSettings.UrlVariable} and that the server is up.", e, attempts.Value);
        }
        catch (IOException e)
        {
            throw Fail(GrafanaFailure.Unreachable, operation,
                $"{operation}: the connection to Grafana at {_settings.Url} broke while reading the answer, after {_settings.Retry.MaxRetries} retries ({e.Message}).", e, attempts.Value);
        }
        catch (ResponseTooLargeException e)
        {
            throw Fail(GrafanaFailure.Unexpected, operation,
                $"{operation}: unexpected response from Grafana ({e.Message}; raise it with --max-response-mb if this is expected).", e, attempts.Value);
        }
        catch (CrossOriginRedirectException e)
        {
            throw Fail(GrafanaFailure.Redirected, operation, $"{operation}: {e.Message}", e, attempts.Value);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        var success = (int)attempt.Status is >= 200 and < 300;
        if (!success && allowNotFound && attempt.Status == HttpStatusCode.NotFound)
        {
            return null;
        }
        JsonNode? parsed;
        try
        {
            parsed = ResponseBody.Parse(attempt.Body, attempt.ContentType);
        }
        catch (FormatException e)
        {
            if (success)
            {
                throw Malformed(operation, e.Message, attempts.Value);
            }
            parsed = null;
        }
        if (success)
        {
            return parsed is null && requireBody ? throw Malformed(operation, "an empty body where Grafana always sends JSON", attempts.Value) : parsed;
        }
        var message = parsed is JsonObject error ? Str(error, "message") : null;
        var failure = GrafanaApiException.FromResponse(operation, attempt.Status, message is null ? null : ResponseBody.Printable(message), _settings.OrgId);
        throw new GrafanaApiException(failure.Failure, operation, failure.StatusCode, _settings.Redact(failure.GrafanaMessage), _settings.Redact(failure.Message),
            attempts: attempts.Value);
    }

    /// <summary>One attempt: send, follow same-origin redirects, and read the whole body, all under <paramref name="ct"/>.</summary>
    private async ValueTask<GrafanaAttempt> AttemptAsync(HttpMethod method, string relativePath, string? payload, bool authenticate, CancellationToken ct)
    {
        var uri = new Uri(_base, relativePath);
        for (var hop = 0; ; hop++)
        {
            using var request = new HttpRequestMessage(method, uri);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            if (payload is not null)
            {
                request.Content = new StringContent(payload, Encoding.UTF8, "application/json");
            }
            if (authenticate)
            {
                Authenticate(request);
            }
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
            if ((int)response.StatusCode is 301 or 302 or 303 or 307 or 308 && response.Headers.Location is { } location)
            {
                var target = GrafanaSettings.WithoutUserInfo(location.IsAbsoluteUri ? location : new Uri(uri, location));
                if (!SameOrigin(target, _base))
                {
                    throw new CrossOriginRedirectException(CrossOriginAdvice(uri, target, relativePath));
                }
                if (hop >= MaxRedirects)
                {
                    throw new CrossOriginRedirectException($"Grafana redirected more than {MaxRedirects} times (last to {target}); check {GrafanaSettings.UrlVariable}.");
                }
                if (Interlocked.Exchange(ref _redirectNoted, 1) == 0)
                {
                    _log?.Invoke($"Grafana redirects {uri.AbsolutePath} to {target.AbsolutePath} (same origin, followed with the credentials); " +
                                 $"set {GrafanaSettings.UrlVariable} to {SuggestedBase(target, relativePath)} to save the extra round trips.");
                }
                if ((int)response.StatusCode == 303)
                {
                    method = HttpMethod.Get;
                    payload = null;
                }
                uri = target;
                continue;
            }
            var body = await ResponseBody.ReadAsync(response.Content, _settings.MaxResponseBytes, ct).ConfigureAwait(false);
            return new GrafanaAttempt(response.StatusCode, response.Headers.RetryAfter, response.Content.Headers.ContentType, body);
        }
    }

    private string CrossOriginAdvice(Uri from, Uri to, string relativePath) =>
        $"Grafana at {_settings.Url} redirects to {to.GetLeftPart(UriPartial.Path)}, another origin; credentials are not sent there. " +
        $"Set {GrafanaSettings.UrlVariable} to {SuggestedBase(to, relativePath)} if that is Grafana.";

    /// <summary>The redirect target without the API path this client appended: the base URL Grafana wants.</summary>
    private static string SuggestedBase(Uri target, string relativePath)
    {
        var path = target.AbsolutePath;
        var api = "/" + relativePath.Split('?')[0];
        var basePath = path.EndsWith(api, StringComparison.Ordinal) ? path[..^api.Length] : path;
        return new UriBuilder(target.Scheme, target.Host, target.Port, basePath + "/").Uri.AbsoluteUri;
    }

    private static bool SameOrigin(Uri a, Uri b) =>
        string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase)
        && a.Port == b.Port;

    private void Authenticate(HttpRequestMessage request)
    {
        if (!string.IsNullOrEmpty(_settings.Token))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _settings.Token);
        }
        else if (!string.IsNullOrEmpty(_settings.EffectiveUser))
        {
            var pair = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_settings.EffectiveUser}:{_settings.EffectivePassword}"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", pair);
        }
        if (_settings.OrgId is { } org)
        {
            request.Headers.Add("X-Grafana-Org-Id", org.ToString(CultureInfo.InvariantCulture));
        }
    }

    private GrafanaApiException Fail(GrafanaFailure failure, string operation, string message, Exception inner, int attempts) =>
        new(failure, operation, null, null, _settings.Redact(message), inner, attempts);

    /// <summary>Runs a decoder of a parsed body; a wrong shape or type becomes one line naming the request.</summary>
    private static T Decode<T>(string operation, Func<T> decode)
    {
        try
        {
            return decode();
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or OverflowException or ArgumentException or KeyNotFoundException)
        {
            throw Malformed(operation, e.Message);
        }
    }

    private static JsonObject AsObject(JsonNode? node, string operation) =>
        node as JsonObject ?? throw new FormatException("expected a JSON object");

    private static GrafanaApiException Malformed(string operation, string what, int attempts = 1) =>
        new(GrafanaFailure.Unexpected, operation, null, null, $"{operation}: unexpected response from Grafana ({ResponseBody.Printable(what)}).", attempts: attempts);

    private static GrafanaFolder ToFolder(JsonNode? body, string operation) => Decode(operation, () =>
    {
        var obj = AsObject(body, operation);
        return new GrafanaFolder(Str(obj, "uid") ?? "", Str(obj, "title") ?? "", Str(obj, "parentUid"), Int(obj, "version") ?? 0);
    });

    /// <summary>A string field, null when absent or JSON null; any other type is a malformed answer.</summary>
    private static string? Str(JsonObject obj, string key) => obj[key] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        var other => throw new FormatException($"'{key}' is a {other.GetValueKind().ToString().ToLowerInvariant()}, expected a string"),
    };

    /// <summary>A whole number in int range, null when absent or JSON null; another type or a number out of range is a malformed answer.</summary>
    private static int? Int(JsonObject obj, string key)
    {
        if (obj[key] is null)
        {
            return null;
        }
        if (obj[key] is not JsonValue v || v.GetValueKind() != JsonValueKind.Number)
        {
            throw new FormatException($"'{key}' is a {obj[key]!.GetValueKind().ToString().ToLowerInvariant()}, expected a number");
        }
        var number = double.Parse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
        return double.IsFinite(number) && number is >= int.MinValue and <= int.MaxValue && Math.Floor(number) == number
            ? (int)number
            : throw new FormatException($"'{key}' is not a whole number in range");
    }
}

/// <summary>A redirect to another origin (or too many redirects): stop, never send credentials elsewhere.</summary>
internal sealed class CrossOriginRedirectException(string message) : Exception(message);
