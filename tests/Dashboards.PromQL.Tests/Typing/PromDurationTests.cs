namespace Dashboards.PromQL.Tests.Typing;

public class PromDurationTests
{
    [Theory]
    [InlineData("5m", 300_000, "5m")]
    [InlineData("1h30m", 5_400_000, "1h30m")]
    [InlineData("90m", 5_400_000, "1h30m")]
    [InlineData("1s500ms", 1_500, "1s500ms")]
    [InlineData("250ms", 250, "250ms")]
    [InlineData("1y", 31_536_000_000, "1y")]
    [InlineData("2w", 1_209_600_000, "2w")]
    [InlineData("10d", 864_000_000, "10d")]
    [InlineData("0", 0, "0s")]
    [InlineData("1y2w3d4h5m6s7ms", 33_019_506_007, "382d4h5m6s7ms")]
    public void Parses_and_prints_prometheus_durations(string text, long ms, string canonical)
    {
        var d = PromDuration.Parse(text);
        Assert.Equal(ms, d.Milliseconds);
        Assert.Equal(canonical, d.ToString());
        Assert.Equal(d, PromDuration.Parse(canonical));
    }

    [Theory]
    [InlineData("")]
    [InlineData("5")]
    [InlineData("m")]
    [InlineData("5m1h")]
    [InlineData("5m5m")]
    [InlineData("1.5h")]
    [InlineData("5M")]
    [InlineData("$")]
    [InlineData("${}")]
    [InlineData("[[a]")]
    public void Rejects_malformed_durations(string text)
    {
        var e = Assert.Throws<FormatException>(() => PromDuration.Parse(text));
        Assert.Contains("PromQL duration", e.Message);
    }

    [Fact]
    public void Grafana_variables_are_durations()
    {
        Assert.Equal("$__rate_interval", PromDuration.RateInterval.ToString());
        Assert.Equal(PromDuration.RateInterval, PromDuration.Parse("$__rate_interval"));
        Assert.Equal("$__interval", PromDuration.Interval.ToString());
        Assert.Equal("$__range", PromDuration.Range.ToString());
        Assert.Equal("${window}", PromDuration.Parse("${window}").Variable);
        Assert.Equal("[[window]]", PromDuration.Parse("[[window]]").Variable);
        Assert.Equal("$window", PromDuration.Var("window").ToString());
        Assert.True(PromDuration.Var("$w").IsVariable);
        Assert.Null(PromDuration.RateInterval.ToTimeSpan());
        Assert.Throws<InvalidOperationException>(() => PromDuration.Interval.Negate());
    }

    [Fact]
    public void Converts_from_time_span_with_millisecond_precision()
    {
        PromDuration d = TimeSpan.FromMinutes(90);
        Assert.Equal("1h30m", d.ToString());
        Assert.Equal(TimeSpan.FromMinutes(90), d.ToTimeSpan());
        Assert.Equal("-5m", PromDuration.FromMinutes(5).Negate().ToString());
        Assert.Throws<ArgumentException>(() => PromDuration.FromTimeSpan(TimeSpan.FromTicks(1)));
    }
}
