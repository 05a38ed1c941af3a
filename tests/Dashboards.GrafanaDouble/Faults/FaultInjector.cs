using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Dashboards.GrafanaDouble;

/// <summary>Which requests a fault hits: all of them by default; narrowed by method, path prefix or saved dashboard uid.</summary>
public sealed record FaultMatch(string? Method = null, string? PathPrefix = null, string? DashboardUid = null)
{
    public static FaultMatch Any { get; } = new();

    public static FaultMatch SaveOf(string uid) => new("POST", "/api/dashboards/db", uid);

    public static FaultMatch DeleteOf(string uid) => new("DELETE", "/api/dashboards/uid/" + uid);

    public static FaultMatch FolderCreate { get; } = new("POST", "/api/folders");

    internal bool Matches(HttpRequest request, string? savedUid) =>
        (Method is null || string.Equals(Method, request.Method, StringComparison.OrdinalIgnoreCase))
        && (PathPrefix is null || request.Path.Value?.StartsWith(PathPrefix, StringComparison.Ordinal) == true)
        && (DashboardUid is null || DashboardUid == savedUid);
}

internal abstract record Fault(FaultMatch Match)
{
    public int Remaining { get; set; }

    /// <summary>Matching requests to let through before the fault starts firing.</summary>
    public int Skip { get; set; }
}

/// <summary>Answers before the request is handled: nothing happens on the server.</summary>
internal sealed record StatusFault(FaultMatch Match, int Status, string Message, TimeSpan? RetryAfter) : Fault(Match);

internal sealed record DelayFault(FaultMatch Match, TimeSpan Delay) : Fault(Match);

internal sealed record DropFault(FaultMatch Match) : Fault(Match);

internal sealed record RedirectFault(FaultMatch Match, int Status, Func<HttpRequest, string> Location) : Fault(Match);

internal sealed record HugeBodyFault(FaultMatch Match, long Bytes) : Fault(Match);

/// <summary>Runs the request for real (the server acts), then mangles or loses the answer.</summary>
internal sealed record AfterFault(FaultMatch Match, AfterKind Kind, TimeSpan Stall = default, string? Charset = null, Func<JsonNode?, JsonNode?>? Rewrite = null)
    : Fault(Match);

internal enum AfterKind { LoseResponse, AbortMidBody, StallBody, Charset, Rewrite }

/// <summary>The fault classes the chaos mode picks from.</summary>
[Flags]
public enum ChaosFaults
{
    None = 0,
    ServerError = 1,
    TooManyRequests = 2,
    DropBeforeActing = 4,
    LoseResponseAfterActing = 8,
    AbortMidBody = 16,
    StallBody = 32,
    All = ServerError | TooManyRequests | DropBeforeActing | LoseResponseAfterActing | AbortMidBody | StallBody,
}

/// <summary>
/// Faults the double injects: error statuses (n times), 429 with Retry-After, slow responses, dropped connections,
/// redirects, huge bodies, and faults that let the server act first and then lose or mangle the answer (lost
/// response, abort mid-body, stalled body, bad charset, rewritten JSON). Each fault fires for the first <c>times</c>
/// matching requests, then is spent. <see cref="Chaos"/> adds seeded random faults at a given rate.
/// </summary>
public sealed class FaultInjector
{
    private readonly List<Fault> _faults = [];
    private readonly object _sync = new();
    private Random? _chaos;
    private double _chaosRate;
    private ChaosFaults _chaosKinds;
    private TimeSpan _chaosStall;
    private int _chaosInjected;

    /// <summary>Answer with <paramref name="status"/> (e.g. 500) and a Grafana-style body.</summary>
    public void FailWithStatus(int status, int times, FaultMatch? match = null, string message = "Internal Server Error", int skip = 0) =>
        Add(new StatusFault(match ?? FaultMatch.Any, status, message, null) { Skip = skip }, times);

    /// <summary>Answer 429 with a Retry-After header (whole seconds, as servers send it).</summary>
    public void TooManyRequests(int times, TimeSpan retryAfter, FaultMatch? match = null) =>
        Add(new StatusFault(match ?? FaultMatch.Any, 429, "Too many requests", retryAfter), times);

    /// <summary>Wait before handling the request (beyond a client's timeout, the client gives up first).</summary>
    public void Delay(TimeSpan delay, int times, FaultMatch? match = null) => Add(new DelayFault(match ?? FaultMatch.Any, delay), times);

    /// <summary>Abort the connection without any response, before the server acts.</summary>
    public void DropConnection(int times, FaultMatch? match = null) => Add(new DropFault(match ?? FaultMatch.Any), times);

    /// <summary>The server carries the request out, then the connection drops before any answer: a lost response.</summary>
    public void LoseResponse(int times, FaultMatch? match = null) => Add(new AfterFault(match ?? FaultMatch.Any, AfterKind.LoseResponse), times);

    /// <summary>The server acts and sends the headers and half the body (full Content-Length), then aborts.</summary>
    public void AbortMidBody(int times, FaultMatch? match = null) => Add(new AfterFault(match ?? FaultMatch.Any, AfterKind.AbortMidBody), times);

    /// <summary>The server acts, sends the headers and half the body, then stalls for <paramref name="stall"/> (default 10 minutes).</summary>
    public void StallBody(int times, FaultMatch? match = null, TimeSpan? stall = null) =>
        Add(new AfterFault(match ?? FaultMatch.Any, AfterKind.StallBody, stall ?? TimeSpan.FromMinutes(10)), times);

    /// <summary>The real answer, with <c>charset=<paramref name="charset"/></c> in its Content-Type.</summary>
    public void BadCharset(int times, string charset = "x-unknown-charset", FaultMatch? match = null) =>
        Add(new AfterFault(match ?? FaultMatch.Any, AfterKind.Charset, Charset: charset), times);

    /// <summary>The real answer's JSON passed through <paramref name="rewrite"/> (status kept).</summary>
    public void RewriteJson(int times, Func<JsonNode?, JsonNode?> rewrite, FaultMatch? match = null) =>
        Add(new AfterFault(match ?? FaultMatch.Any, AfterKind.Rewrite, Rewrite: rewrite), times);

    /// <summary>The real answer with every string value replaced by the number 12345 (wrong JSON types everywhere).</summary>
    public void WrongJsonTypes(int times, FaultMatch? match = null) => RewriteJson(times, StringsToNumbers, match);

    /// <summary>200 with a JSON object holding one string of about <paramref name="bytes"/> bytes, streamed.</summary>
    public void HugeBody(int times, long bytes, FaultMatch? match = null) => Add(new HugeBodyFault(match ?? FaultMatch.Any, bytes), times);

    /// <summary>Answer <paramref name="status"/> (301, 302, 307, 308) with <c>Location: location(request)</c>.</summary>
    public void Redirect(int times, int status, Func<HttpRequest, string> location, FaultMatch? match = null) =>
        Add(new RedirectFault(match ?? FaultMatch.Any, status, location), times);

    /// <summary>
    /// From now on, each request meets one of <paramref name="kinds"/> with probability <paramref name="rate"/>,
    /// drawn from a generator seeded with <paramref name="seed"/>. A stalled body stalls for <paramref name="stall"/>.
    /// </summary>
    public void Chaos(int seed, double rate, ChaosFaults kinds = ChaosFaults.All, TimeSpan? stall = null)
    {
        lock (_sync)
        {
            _chaos = new Random(seed);
            _chaosRate = rate;
            _chaosKinds = kinds;
            _chaosStall = stall ?? TimeSpan.FromSeconds(5);
        }
    }

    /// <summary>How many faults chaos mode injected so far.</summary>
    public int ChaosInjected => Volatile.Read(ref _chaosInjected);

    public void Clear()
    {
        lock (_sync)
        {
            _faults.Clear();
            _chaos = null;
        }
    }

    private void Add(Fault fault, int times)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(times);
        fault.Remaining = times;
        lock (_sync)
        {
            _faults.Add(fault);
        }
    }

    internal Fault? Take(HttpRequest request, string? savedUid)
    {
        lock (_sync)
        {
            foreach (var f in _faults.Where(f => f.Remaining > 0 && f.Match.Matches(request, savedUid)))
            {
                if (f.Skip > 0)
                {
                    f.Skip--;
                    continue;
                }
                f.Remaining--;
                return f;
            }
            if (_chaos is null || _chaos.NextDouble() >= _chaosRate)
            {
                return null;
            }
            var kinds = Enum.GetValues<ChaosFaults>().Where(k => k is not ChaosFaults.None and not ChaosFaults.All && _chaosKinds.HasFlag(k)).ToArray();
            if (kinds.Length == 0)
            {
                return null;
            }
            Interlocked.Increment(ref _chaosInjected);
            return kinds[_chaos.Next(kinds.Length)] switch
            {
                ChaosFaults.ServerError => new StatusFault(FaultMatch.Any, 503, "Service Unavailable", null),
                ChaosFaults.TooManyRequests => new StatusFault(FaultMatch.Any, 429, "Too many requests", TimeSpan.Zero),
                ChaosFaults.DropBeforeActing => new DropFault(FaultMatch.Any),
                ChaosFaults.LoseResponseAfterActing => new AfterFault(FaultMatch.Any, AfterKind.LoseResponse),
                ChaosFaults.AbortMidBody => new AfterFault(FaultMatch.Any, AfterKind.AbortMidBody),
                _ => new AfterFault(FaultMatch.Any, AfterKind.StallBody, _chaosStall),
            };
        }
    }

    /// <summary>Handles the request through <paramref name="handle"/> (auth and routes), or not, as a fault dictates.</summary>
    internal async Task HandleAsync(HttpContext context, Func<Task> handle)
    {
        // Only a fault aimed at one dashboard's save needs the uid: otherwise the body is parsed once, by the route, as Grafana does.
        var savedUid = WaitsForASave() ? await SavedUidAsync(context.Request).ConfigureAwait(false) : null;
        var fault = Take(context.Request, savedUid);
        switch (fault)
        {
            case null:
                await handle().ConfigureAwait(false);
                return;
            case DropFault:
                context.Abort();
                return;
            case DelayFault delay:
                try
                {
                    await Task.Delay(delay.Delay, context.RequestAborted).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                await handle().ConfigureAwait(false);
                return;
            case StatusFault status:
                if (status.RetryAfter is { } wait)
                {
                    context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
                await Http.Write(context, status.Status, new JsonObject { ["message"] = status.Message }).ConfigureAwait(false);
                return;
            case RedirectFault redirect:
                context.Response.StatusCode = redirect.Status;
                context.Response.Headers.Location = redirect.Location(context.Request);
                return;
            case HugeBodyFault huge:
                await WriteHugeAsync(context, huge.Bytes).ConfigureAwait(false);
                return;
            case AfterFault after:
                await ActThenMangleAsync(context, handle, after).ConfigureAwait(false);
                return;
        }
    }

    private static async Task ActThenMangleAsync(HttpContext context, Func<Task> handle, AfterFault fault)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await handle().ConfigureAwait(false);
        }
        finally
        {
            context.Response.Body = original;
        }
        var body = buffer.ToArray();
        switch (fault.Kind)
        {
            case AfterKind.LoseResponse:
                context.Abort();
                return;
            case AfterKind.AbortMidBody:
            case AfterKind.StallBody:
                context.Response.ContentLength = Math.Max(body.Length, 2);
                await original.WriteAsync(body.AsMemory(0, body.Length / 2)).ConfigureAwait(false);
                await original.FlushAsync().ConfigureAwait(false);
                if (fault.Kind == AfterKind.StallBody)
                {
                    try
                    {
                        await Task.Delay(fault.Stall, context.RequestAborted).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException)
                    {
                    }
                }
                context.Abort();
                return;
            case AfterKind.Charset:
                context.Response.ContentType = $"application/json; charset={fault.Charset}";
                context.Response.ContentLength = body.Length;
                await original.WriteAsync(body).ConfigureAwait(false);
                return;
            case AfterKind.Rewrite:
                JsonNode? node;
                try
                {
                    node = JsonNode.Parse(body);
                }
                catch (System.Text.Json.JsonException)
                {
                    node = null;
                }
                var rewritten = Encoding.UTF8.GetBytes(fault.Rewrite!(node)?.ToJsonString() ?? "null");
                context.Response.ContentLength = rewritten.Length;
                await original.WriteAsync(rewritten).ConfigureAwait(false);
                return;
        }
    }

    private static async Task WriteHugeAsync(HttpContext context, long bytes)
    {
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        var chunk = Encoding.ASCII.GetBytes(new string('x', 64 * 1024));
        try
        {
            await context.Response.Body.WriteAsync("{\"message\":\""u8.ToArray(), context.RequestAborted).ConfigureAwait(false);
            for (long written = 0; written < bytes; written += chunk.Length)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted).ConfigureAwait(false);
            }
            await context.Response.Body.WriteAsync("\"}"u8.ToArray(), context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The client stopped reading (as it should past its size limit).
        }
    }

    private static JsonNode? StringsToNumbers(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, StringsToNumbers(p.Value)))),
        JsonArray array => new JsonArray(array.Select(StringsToNumbers).ToArray()),
        JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.String => JsonValue.Create(12345),
        _ => node?.DeepClone(),
    };

    private bool WaitsForASave()
    {
        lock (_sync)
        {
            return _faults.Exists(f => f.Remaining > 0 && f.Match.DashboardUid is not null);
        }
    }

    private static async Task<string?> SavedUidAsync(HttpRequest request)
    {
        if (!HttpMethods.IsPost(request.Method) || request.Path != "/api/dashboards/db")
        {
            return null;
        }
        request.EnableBuffering();
        try
        {
            var body = await JsonNode.ParseAsync(request.Body).ConfigureAwait(false);
            return body?["dashboard"]?["uid"] is JsonValue v && v.TryGetValue<string>(out var uid) ? uid : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
        finally
        {
            request.Body.Position = 0;
        }
    }
}
