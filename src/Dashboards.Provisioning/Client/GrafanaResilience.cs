using System.Net;
using System.Net.Http.Headers;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Dashboards.Provisioning;

/// <summary>One complete HTTP exchange: the status and the whole body, read within the attempt's timeout.</summary>
internal sealed record GrafanaAttempt(HttpStatusCode Status, RetryConditionHeaderValue? RetryAfter, MediaTypeHeaderValue? ContentType, byte[] Body);

/// <summary>
/// The Polly pipeline every Grafana request goes through, outermost first: concurrency limit, bounded retry
/// (exponential backoff with jitter on 5xx, 408, 429, connection failures, stalled or broken bodies and timeouts,
/// honouring Retry-After), and a timeout per attempt that covers sending the request and reading the whole answer.
/// Other 4xx are never retried.
/// </summary>
internal static class GrafanaResilience
{
    public static readonly ResiliencePropertyKey<string> Operation = new("grafana-operation");

    public static ResiliencePipeline<GrafanaAttempt> Build(GrafanaSettings settings, Action<string>? log)
    {
        var retry = settings.Retry;
        var retryOptions = new RetryStrategyOptions<GrafanaAttempt>
        {
            ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
            MaxRetryAttempts = Math.Max(retry.MaxRetries, 1),
            Delay = retry.BaseDelay,
            MaxDelay = retry.MaxDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = retry.UseJitter,
            DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, retry.MaxRetryAfter)),
            OnRetry = args =>
            {
                var operation = args.Context.Properties.GetValue(Operation, "request");
                var what = args.Outcome.Result is { } attempt ? $"HTTP {(int)attempt.Status}" : args.Outcome.Exception?.GetType().Name;
                log?.Invoke($"retrying {operation} after {what} " +
                            $"(retry {args.AttemptNumber + 1} of {retry.MaxRetries}, waiting {args.RetryDelay.TotalMilliseconds:0} ms)");
                return ValueTask.CompletedTask;
            },
        };
        var builder = new ResiliencePipelineBuilder<GrafanaAttempt>()
            .AddConcurrencyLimiter(Math.Max(settings.MaxConcurrency, 1), int.MaxValue);
        if (retry.MaxRetries > 0)
        {
            builder.AddRetry(retryOptions);
        }
        return builder.AddTimeout(settings.AttemptTimeout).Build();
    }

    /// <summary>Worth another attempt: the server may answer next time, and a repeated request is reconciled by the caller.</summary>
    private static bool IsTransient(Outcome<GrafanaAttempt> outcome) => outcome switch
    {
        { Result: { } attempt } => (int)attempt.Status is 408 or 429 or >= 500,
        // Connection refused or reset, a body cut short (HttpIOException) or stalled past the attempt timeout.
        { Exception: HttpRequestException or IOException or TimeoutRejectedException } => true,
        _ => false,
    };

    private static TimeSpan? RetryAfter(GrafanaAttempt? attempt, TimeSpan bound)
    {
        var header = attempt?.RetryAfter;
        TimeSpan? wait = header?.Delta ?? (header?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        if (wait is null)
        {
            return null;
        }
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > bound ? bound : wait;
    }
}
