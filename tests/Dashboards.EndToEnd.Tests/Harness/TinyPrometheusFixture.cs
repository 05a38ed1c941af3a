using Dashboards.Testing.SyntheticData;

namespace Dashboards.EndToEnd.Tests.Harness;

[CollectionDefinition(Name)]
public sealed class TinyPrometheusCollection : ICollectionFixture<TinyPrometheusFixture>
{
    public const string Name = "tiny prometheus";
}

/// <summary>A real Prometheus with a tiny hand-made metric set and two recording rules, to test the harness itself.</summary>
public sealed class TinyPrometheusFixture : IAsyncLifetime
{
    public static readonly SyntheticMetric[] Metrics =
    [
        new("demo_requests_total", SyntheticMetricKind.Counter, [new SyntheticLabel("job", "api", "web"), new SyntheticLabel("code", "200", "500")]),
        new("demo_temperature_celsius", SyntheticMetricKind.Gauge, [new SyntheticLabel("room", "lab", "office", "hall")]),
        new("demo_request_duration_seconds", SyntheticMetricKind.Histogram, [new SyntheticLabel("job", "api")]),
        new("demo_rpc_duration_seconds", SyntheticMetricKind.Summary, [new SyntheticLabel("service", "auth")]) { Quantiles = [0.5, 0.99] },
        new("up", SyntheticMetricKind.Gauge, [new SyntheticLabel("job", "api", "web"), new SyntheticLabel("instance")]),
    ];

    // Stage 2 reads stage 1's output: proves chained recording rules are backfilled in order.
    public static readonly string[] RuleStages =
    [
        """
        groups:
          - name: stage-1
            rules:
              - record: job:demo_requests:rate5m
                expr: "sum by (job) (rate(demo_requests_total[5m]))"
        """,
        """
        groups:
          - name: stage-2
            rules:
              - record: demo_requests:rate5m
                expr: "sum(job:demo_requests:rate5m)"
        """,
    ];

    public SyntheticPrometheus Prometheus { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var window = DataWindow.Ending(DateTimeOffset.UtcNow, TimeSpan.FromHours(1), TimeSpan.FromSeconds(15));
        Prometheus = await SyntheticPrometheus.StartAsync(Metrics, window, RuleStages);
    }

    public async Task DisposeAsync() => await Prometheus.DisposeAsync();
}
