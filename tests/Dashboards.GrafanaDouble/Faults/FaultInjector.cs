using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Dashboards.GrafanaDouble;

/// <summary>Which requests a fault hits: all of them by default; narrowed by method, path prefix or saved dashboard uid.</summary>
public sealed record FaultMatch(string? Method = null, string? PathPrefix = null, string? DashboardUid = null)
{
    public static FaultMatch Any { get; } = new();

    public static FaultMatch SaveOf(string uid) => new("POST", "/api/dashboards/db", uid);

    internal bool Matches(HttpRequest request, string? savedUid) =>
        (Method is null || string.Equals(Method, request.Method, StringComparison.OrdinalIgnoreCase))
        && (PathPrefix is null || request.Path.Value?.StartsWith(PathPrefix, StringComparison.Ordinal) == true)
        && (DashboardUid is null || DashboardUid == savedUid);
}

internal abstract record Fault(FaultMatch Match)
{
    public int Remaining { get; set; }
}

internal sealed record StatusFault(FaultMatch Match, int Status, string Message, TimeSpan? RetryAfter) : Fault(Match);

internal sealed record DelayFault(FaultMatch Match, TimeSpan Delay) : Fault(Match);

internal sealed record DropFault(FaultMatch Match) : Fault(Match);

/// <summary>
/// Faults the double injects before handling a request: error statuses (n times), 429 with Retry-After, slow
/// responses, and dropped connections. Each fault fires for the first <c>times</c> matching requests, then is spent.
/// </summary>
public sealed class FaultInjector
{
    private readonly List<Fault> _faults = [];
    private readonly object _sync = new();

    /// <summary>Answer with <paramref name="status"/> (e.g. 500) and a Grafana-style body.</summary>
    public void FailWithStatus(int status, int times, FaultMatch? match = null, string message = "Internal Server Error") =>
        Add(new StatusFault(match ?? FaultMatch.Any, status, message, null), times);

    /// <summary>Answer 429 with a Retry-After header (whole seconds, as servers send it).</summary>
    public void TooManyRequests(int times, TimeSpan retryAfter, FaultMatch? match = null) =>
        Add(new StatusFault(match ?? FaultMatch.Any, 429, "Too many requests", retryAfter), times);

    /// <summary>Wait before handling the request (beyond a client's timeout, the client gives up first).</summary>
    public void Delay(TimeSpan delay, int times, FaultMatch? match = null) => Add(new DelayFault(match ?? FaultMatch.Any, delay), times);

    /// <summary>Abort the connection without any response.</summary>
    public void DropConnection(int times, FaultMatch? match = null) => Add(new DropFault(match ?? FaultMatch.Any), times);

    public void Clear()
    {
        lock (_sync)
        {
            _faults.Clear();
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
            var fault = _faults.FirstOrDefault(f => f.Remaining > 0 && f.Match.Matches(request, savedUid));
            if (fault is not null)
            {
                fault.Remaining--;
            }
            return fault;
        }
    }

    internal async Task<bool> ApplyAsync(HttpContext context)
    {
        var savedUid = await SavedUidAsync(context.Request).ConfigureAwait(false);
        var fault = Take(context.Request, savedUid);
        switch (fault)
        {
            case null:
                return false;
            case DropFault:
                context.Abort();
                return true;
            case DelayFault delay:
                try
                {
                    await Task.Delay(delay.Delay, context.RequestAborted).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return true;
                }
                return false;
            case StatusFault status:
                if (status.RetryAfter is { } wait)
                {
                    context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
                await Http.Write(context, status.Status, new JsonObject { ["message"] = status.Message }).ConfigureAwait(false);
                return true;
            default:
                return false;
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
