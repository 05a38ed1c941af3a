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
        Assert.False(result.Inverted);
    }

    [Theory]
    [InlineData("absent(up{job=\"api\"})", "up{job=\"api\"}")]
    [InlineData("absent_over_time(up[10m])", "count_over_time(up[10m])")]
    public void Absence_checks_measure_what_they_watch(string query, string measured)
    {
        var result = ThresholdFilters.Measured(query);
        Assert.Equal(new MeasuredQuery(measured, Inverted: true), result);
    }

    [Theory]
    [InlineData("sum(rate(x[5m]))")]
    [InlineData("x > bool 1")]
    [InlineData("this is not promql")]
    public void Leaves_queries_without_filters_alone(string query) => Assert.Null(ThresholdFilters.Measured(query));
}
