using System.Net.Http.Headers;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;

namespace Dashboards.Provisioning;

/// <summary>
/// The Polly pipeline every Grafana request goes through, outermost first: concurrency limit, bounded retry
/// (exponential backoff with jitter on 5xx, 408, 429 and connection failures, honouring Retry-After), and a timeout
/// per attempt. Other 4xx are never retried.
/// </summary>
internal static class GrafanaResilience
{
    public static ResiliencePipeline<HttpResponseMessage> Build(GrafanaSettings settings, Action<string>? log)
    {
        var retry = settings.Retry;
        var retryOptions = new HttpRetryStrategyOptions
        {
            // Our own generator below reads Retry-After and bounds it.
            ShouldRetryAfterHeader = false,
            MaxRetryAttempts = Math.Max(retry.MaxRetries, 1),
            Delay = retry.BaseDelay,
            MaxDelay = retry.MaxDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = retry.UseJitter,
            DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, retry.MaxRetryAfter)),
            OnRetry = args =>
            {
                var request = args.Outcome.Result?.RequestMessage;
                var what = args.Outcome.Result is { } response ? $"HTTP {(int)response.StatusCode}" : args.Outcome.Exception?.GetType().Name;
                log?.Invoke($"retrying {request?.Method} {request?.RequestUri?.AbsolutePath} after {what} " +
                            $"(retry {args.AttemptNumber + 1} of {retry.MaxRetries}, waiting {args.RetryDelay.TotalMilliseconds:0} ms)");
                return ValueTask.CompletedTask;
            },
        };
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddConcurrencyLimiter(Math.Max(settings.MaxConcurrency, 1), int.MaxValue);
        if (retry.MaxRetries > 0)
        {
            builder.AddRetry(retryOptions);
        }
        return builder.AddTimeout(settings.AttemptTimeout).Build();
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeSpan bound)
    {
        RetryConditionHeaderValue? header = response?.Headers.RetryAfter;
        TimeSpan? wait = header?.Delta ?? (header?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        if (wait is null)
        {
            return null;
        }
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > bound ? bound : wait;
    }
}
