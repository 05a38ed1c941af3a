using System.Globalization;
using Dashboards.Testing.SyntheticData;

namespace Dashboards.EndToEnd.Tests.Harness;

[Collection(TinyPrometheusCollection.Name)]
public sealed class SyntheticPrometheusTests(TinyPrometheusFixture fixture)
{
    private PrometheusQueryClient Client => fixture.Prometheus.Client;
    private DataWindow Window => fixture.Prometheus.Window;

    private async Task<PrometheusQueryResult> InstantAsync(string query)
    {
        var result = await Client.QueryAsync(query, Window.End);
        Assert.True(result.Success, $"{query}: {result.Error}");
        return result;
    }

    private static double Value(PrometheusSeries series) => double.Parse(series.LastValue!, CultureInfo.InvariantCulture);

    [Fact]
    public async Task Counters_increase_without_resets_in_every_series()
    {
        var rates = await InstantAsync("rate(demo_requests_total[1m])");
        Assert.Equal(4, rates.Series.Count); // job x code cross product
        Assert.All(rates.Series, s => Assert.True(Value(s) > 0, $"rate of {string.Join(",", s.Labels)} is {s.LastValue}"));

        var resets = await InstantAsync("resets(demo_requests_total[1h])");
        Assert.All(resets.Series, s => Assert.Equal(0, Value(s)));
    }

    [Fact]
    public async Task Gauges_get_every_declared_label_value_and_move()
    {
        var rooms = await Client.LabelValuesAsync("room", ["demo_temperature_celsius"], Window.Start, Window.End);
        Assert.True(rooms.Success, rooms.Error);
        Assert.Equal(["hall", "lab", "office"], rooms.Values.Order());

        var spread = await InstantAsync("max_over_time(demo_temperature_celsius[1h]) - min_over_time(demo_temperature_celsius[1h])");
        Assert.All(spread.Series, s => Assert.True(Value(s) > 0, "a gauge should go up and down"));
    }

    [Fact]
    public async Task Histograms_have_cumulative_buckets_sum_and_count()
    {
        var le = await Client.LabelValuesAsync("le", ["demo_request_duration_seconds_bucket"], Window.Start, Window.End);
        Assert.Contains("+Inf", le.Values);
        Assert.Contains("0.1", le.Values);

        // +Inf bucket equals _count.
        var diff = await InstantAsync("demo_request_duration_seconds_bucket{le=\"+Inf\"} - ignoring(le) demo_request_duration_seconds_count");
        Assert.All(diff.Series, s => Assert.Equal(0, Value(s)));

        var p99 = await InstantAsync("histogram_quantile(0.99, sum by (le) (rate(demo_request_duration_seconds_bucket[5m])))");
        var p50 = await InstantAsync("histogram_quantile(0.5, sum by (le) (rate(demo_request_duration_seconds_bucket[5m])))");
        Assert.InRange(Value(p50.Series.Single()), 0.005, Value(p99.Series.Single()));

        var mean = await InstantAsync("rate(demo_request_duration_seconds_sum[5m]) / rate(demo_request_duration_seconds_count[5m])");
        Assert.InRange(Value(mean.Series.Single()), 0.01, 2);
    }

    [Fact]
    public async Task Summaries_have_the_declared_quantiles()
    {
        var quantiles = await Client.LabelValuesAsync("quantile", ["demo_rpc_duration_seconds"], Window.Start, Window.End);
        Assert.Equal(["0.5", "0.99"], quantiles.Values.Order());
        var ordered = await InstantAsync("demo_rpc_duration_seconds{quantile=\"0.99\"} > ignoring(quantile) demo_rpc_duration_seconds{quantile=\"0.5\"}");
        Assert.Single(ordered.Series);
        Assert.Single((await InstantAsync("demo_rpc_duration_seconds_count")).Series);
    }

    [Fact]
    public async Task Labels_without_declared_values_get_made_up_values()
    {
        var instances = await Client.LabelValuesAsync("instance", ["up"], Window.Start, Window.End);
        Assert.Equal(SyntheticDataGenerator.MadeUpValues("instance").Order(), instances.Values.Order());
        var down = await InstantAsync("up == 0");
        Assert.Single(down.Series); // one target down, so "targets down" panels have something to show
    }

    [Fact]
    public async Task Instant_queries_see_data_at_the_end_of_the_window_but_not_after_the_lookback()
    {
        Assert.NotEmpty((await Client.QueryAsync("demo_temperature_celsius", Window.End)).Series);
        var late = await Client.QueryAsync("demo_temperature_celsius", Window.End.AddMinutes(6));
        Assert.True(late.Success);
        Assert.True(late.IsEmpty, "Prometheus looks back 5 minutes only; the harness must query at the data's end");
    }

    [Fact]
    public async Task Range_queries_cover_the_whole_window()
    {
        var result = await Client.QueryRangeAsync("sum(rate(demo_requests_total[1m]))", Window.Start.AddMinutes(1), Window.End, TimeSpan.FromMinutes(1));
        Assert.True(result.Success, result.Error);
        Assert.Equal(60, result.Series.Single().SampleCount);
    }

    [Fact]
    public async Task Recording_rules_are_backfilled_stage_by_stage()
    {
        Assert.Equal(2, fixture.Prometheus.BackfilledRuleStages);
        var perJob = await InstantAsync("job:demo_requests:rate5m");
        Assert.Equal(["api", "web"], perJob.Series.Select(s => s.Labels["job"]).Order());
        var total = await InstantAsync("demo_requests:rate5m");
        Assert.Single(total.Series);
        var range = await Client.QueryRangeAsync("demo_requests:rate5m", Window.Start.AddMinutes(10), Window.End, TimeSpan.FromMinutes(5));
        Assert.Equal(11, range.Series.Single().SampleCount);
    }

    [Fact]
    public async Task Bad_queries_fail_with_the_prometheus_error()
    {
        var result = await Client.QueryAsync("sum(rate(demo_requests_total))", Window.End);
        Assert.False(result.Success);
        Assert.Contains("bad_data", result.Error);
        Assert.Contains("range vector", result.Error);
    }

    [Fact]
    public async Task Scalars_count_as_data()
    {
        var result = await InstantAsync("scalar(sum(demo_temperature_celsius))");
        Assert.Equal("scalar", result.ResultType);
        Assert.False(result.IsEmpty);
    }
}
