
namespace Dashboards.EndToEnd.Tests.GrafanaTests;

public sealed class QueryIntervalTests
{
    [Theory]
    // {raw interval ms, Grafana's rounded interval ms}
    [InlineData(14, 10)]
    [InlineData(1_499, 1_000)]
    [InlineData(11_000, 10_000)]
    [InlineData(21_600, 20_000)]
    [InlineData(22_500, 20_000)]
    [InlineData(40_000, 30_000)]
    [InlineData(60_000, 60_000)]
    [InlineData(200_000, 120_000)]
    [InlineData(400_000, 300_000)]
    [InlineData(3_000_000, 3_600_000)]
    [InlineData(700_000_000, 604_800_000)]
    public void Rounds_like_grafana(long rawMs, long roundedMs)
    {
        Assert.Equal(TimeSpan.FromMilliseconds(roundedMs), QueryInterval.Round(TimeSpan.FromMilliseconds(rawMs)));
    }

    [Fact]
    public void Six_hours_on_a_1000_point_panel_gives_20s_interval_and_75s_rate_interval()
    {
        var interval = QueryInterval.Calculate(TimeSpan.FromHours(6), 1000);
        Assert.Equal(TimeSpan.FromSeconds(20), interval.Interval); // 21.6s rounds to 20s
        Assert.Equal(TimeSpan.FromSeconds(60), interval.RateInterval); // 20s + 15s < 4 x 15s, so 4 x scrape wins
        Assert.Equal("20s", interval.BuiltInVariables()["__interval"]);
        Assert.Equal("20000", interval.BuiltInVariables()["__interval_ms"]);
        Assert.Equal("1m", interval.BuiltInVariables()["__rate_interval"]);
        Assert.Equal("21600s", interval.BuiltInVariables()["__range"]);
        Assert.Equal("21600", interval.BuiltInVariables()["__range_s"]);
        Assert.Equal("21600000", interval.BuiltInVariables()["__range_ms"]);
    }

    [Fact]
    public void Rate_interval_is_interval_plus_scrape_when_that_is_larger_than_four_scrapes()
    {
        var interval = QueryInterval.Calculate(TimeSpan.FromDays(2), 1000); // 172.8s -> 2m
        Assert.Equal(TimeSpan.FromMinutes(2), interval.Interval);
        Assert.Equal("2m15s", interval.BuiltInVariables()["__rate_interval"]);
    }

    [Fact]
    public void Short_ranges_never_go_below_the_scrape_interval_or_the_min_interval()
    {
        Assert.Equal(TimeSpan.FromSeconds(15), QueryInterval.Calculate(TimeSpan.FromMinutes(5), 1000).Interval);
        var withMin = QueryInterval.Calculate(TimeSpan.FromMinutes(5), 1000, minInterval: TimeSpan.FromMinutes(1));
        Assert.Equal(TimeSpan.FromMinutes(1), withMin.Interval);
        Assert.Equal(TimeSpan.FromMinutes(4), withMin.RateInterval); // the min step stands in for the scrape interval
    }

    [Fact]
    public void Very_long_ranges_stay_below_11000_points()
    {
        var interval = QueryInterval.Calculate(TimeSpan.FromDays(400), 100_000_000);
        Assert.True(TimeSpan.FromDays(400) / interval.Interval <= QueryInterval.MaxPointsPerSeries);
    }

    [Theory]
    [InlineData("15s", 15_000)]
    [InlineData("1m30s", 90_000)]
    [InlineData("500ms", 500)]
    [InlineData(">10s", 10_000)]
    [InlineData("2d", 172_800_000)]
    public void Parses_durations(string text, long ms) => Assert.Equal(TimeSpan.FromMilliseconds(ms), GrafanaDuration.Parse(text));

    [Theory]
    [InlineData(75_000, "1m15s")]
    [InlineData(3_600_000, "1h")]
    [InlineData(500, "500ms")]
    [InlineData(90_061_000, "1d1h1m1s")]
    public void Formats_exact_prometheus_durations(long ms, string text) => Assert.Equal(text, GrafanaDuration.Format(TimeSpan.FromMilliseconds(ms)));

    [Theory]
    [InlineData("5 m")]
    [InlineData("m")]
    [InlineData("")]
    [InlineData("$__interval")]
    public void Rejects_non_durations(string text) => Assert.Throws<FormatException>(() => GrafanaDuration.Parse(text));
}
