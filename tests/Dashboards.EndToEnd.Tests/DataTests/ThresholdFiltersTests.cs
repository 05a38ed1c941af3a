using Dashboards.EndToEnd.Tests.Checks;

namespace Dashboards.EndToEnd.Tests.DataTests;

public sealed class ThresholdFiltersTests
{
    [Theory]
    // {query, what it measures}
    [InlineData("up == 0", "up")]
    [InlineData("count(up == 0)", "count(up)")]
    [InlineData("sum(rate(errors_total[5m])) / sum(rate(requests_total[5m])) > 0.05", "sum(rate(errors_total[5m])) / sum(rate(requests_total[5m]))")]
    [InlineData("0.9 < x", "x")]
    [InlineData("a > b", "count(a) + count(b)")]
    [InlineData("a > 1 and b < 2", "count(a) + count(b)")]
    [InlineData("a unless b", "a")]
    [InlineData("(x > 0.9) * 100", "x * 100")]
    public void Strips_threshold_filters(string query, string measured)
    {
        var result = ThresholdFilters.Measured(query);
        Assert.NotNull(result);
        Assert.Equal(measured, result.Query);
        Assert.False(result.AlwaysCheck);
    }

    [Theory]
    [InlineData("absent(up{job=\"api\"})", "up{job=\"api\"}")]
    [InlineData("absent_over_time(up[10m])", "count_over_time(up[10m])")]
    [InlineData("sum(rate(x_total[5m])) or vector(0)", "sum(rate(x_total[5m]))")]
    [InlineData("(sum(increase(q_total[1h])) or vector(0)) < 1", "sum(increase(q_total[1h]))")]
    [InlineData("vector(1) or on() up", "up")]
    [InlineData("sum(increase(x_total[$__range])) or vector($__range_s)", "sum(increase(x_total[$__range]))")]
    public void Answers_that_prove_nothing_are_always_measured(string query, string measured)
    {
        var result = ThresholdFilters.Measured(query);
        Assert.NotNull(result);
        Assert.Equal(measured, result.Query);
        Assert.True(result.AlwaysCheck);
        Assert.NotNull(result.Reason);
    }

    [Fact]
    public void Or_between_two_metrics_is_not_a_fallback() => Assert.Null(ThresholdFilters.Measured("a or b"));

    [Theory]
    [InlineData("sum(rate(x[5m]))")]
    [InlineData("x > bool 1")]
    [InlineData("this is not promql")]
    public void Leaves_queries_without_filters_alone(string query) => Assert.Null(ThresholdFilters.Measured(query));
}
