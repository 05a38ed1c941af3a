namespace Dashboards.Model.Tests;

/// <summary>A panel's own time range (<c>timeFrom</c>): fixed spans and calendar periods so far.</summary>
public class RelativeTimeTests
{
    private static string? TimeFrom(StatPanel panel)
    {
        var json = Emitted.FirstPanel(Samples.Minimal().AddPanel(panel.WithTargets(Samples.Up())));
        return json.Has("timeFrom") ? json.GetProperty("timeFrom").GetString() : null;
    }

    public static TheoryData<string, string> CalendarPeriods => new()
    {
        { nameof(RelativeTime.Today), "now/d" },
        { nameof(RelativeTime.ThisWeek), "now/w" },
        { nameof(RelativeTime.ThisMonth), "now/M" },
        { nameof(RelativeTime.ThisYear), "now/y" },
    };

    private static RelativeTime Named(string name) => name switch
    {
        nameof(RelativeTime.Today) => RelativeTime.Today,
        nameof(RelativeTime.ThisWeek) => RelativeTime.ThisWeek,
        nameof(RelativeTime.ThisMonth) => RelativeTime.ThisMonth,
        nameof(RelativeTime.ThisYear) => RelativeTime.ThisYear,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(CalendarPeriods))]
    public void Calendar_periods_so_far_are_grafana_rounded_times(string name, string expected) =>
        Assert.Equal(expected, TimeFrom(new StatPanel("s").WithRelativeTime(Named(name))));

    [Theory]
    [InlineData(CalendarPeriod.Day, "now/d")]
    [InlineData(CalendarPeriod.Week, "now/w")]
    [InlineData(CalendarPeriod.Month, "now/M")]
    [InlineData(CalendarPeriod.Year, "now/y")]
    public void SoFar_names_the_same_periods(CalendarPeriod period, string expected)
    {
        Assert.Equal(expected, TimeFrom(new StatPanel("s").WithRelativeTime(RelativeTime.SoFar(period))));
        Assert.Equal(period, Assert.IsType<PeriodSoFar>(RelativeTime.SoFar(period)).Period);
    }

    [Theory]
    [InlineData(86_400, "1d")]
    [InlineData(3_600 * 36, "36h")]
    [InlineData(3_600 * 6, "6h")]
    [InlineData(604_800, "1w")]
    [InlineData(90, "90s")]
    public void Fixed_spans_are_written_as_grafana_durations(int seconds, string expected)
    {
        var span = TimeSpan.FromSeconds(seconds);
        Assert.Equal(expected, TimeFrom(new StatPanel("s").WithRelativeTime(RelativeTime.Last(span))));
        Assert.Equal(expected, TimeFrom(new StatPanel("s").WithRelativeTime(span)));
    }

    [Fact]
    public void A_panel_without_relative_time_has_no_timeFrom() =>
        Assert.Null(TimeFrom(new StatPanel("s")));

    [Fact]
    public void The_last_call_wins_and_time_shift_stays_separate()
    {
        var panel = new StatPanel("s").WithRelativeTime(TimeSpan.FromHours(1)).WithRelativeTime(RelativeTime.ThisWeek).WithTimeShift(TimeSpan.FromDays(7));
        var json = Emitted.FirstPanel(Samples.Minimal().AddPanel(panel.WithTargets(Samples.Up())));
        Assert.Equal("now/w", json.GetProperty("timeFrom").GetString());
        Assert.Equal("1w", json.GetProperty("timeShift").GetString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-60_000)]
    public void Spans_must_be_positive(int milliseconds)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => RelativeTime.Last(TimeSpan.FromMilliseconds(milliseconds)));
        Assert.Equal("span", error.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new StatPanel("s").WithRelativeTime(TimeSpan.FromMilliseconds(milliseconds)));
    }

    [Fact]
    public void Spans_are_whole_seconds()
    {
        var error = Assert.Throws<ArgumentException>(() => RelativeTime.Last(TimeSpan.FromMilliseconds(1_500)));
        Assert.Equal("span", error.ParamName);
        Assert.Contains("whole seconds", error.Message);
    }

    [Fact]
    public void Unknown_periods_and_null_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RelativeTime.SoFar((CalendarPeriod)42));
        Assert.Throws<ArgumentNullException>(() => new StatPanel("s").WithRelativeTime((RelativeTime)null!));
    }

    [Fact]
    public void Equal_values_are_equal() =>
        Assert.Equal([RelativeTime.Today, RelativeTime.Last(TimeSpan.FromHours(24))],
            [RelativeTime.SoFar(CalendarPeriod.Day), RelativeTime.Last(TimeSpan.FromDays(1))]);

    [Fact]
    public void Dashboards_with_relative_panel_times_pass_the_schema()
    {
        var dashboard = Samples.Minimal()
            .AddPanel(new StatPanel("today").WithTargets(Samples.Up()).WithRelativeTime(RelativeTime.Today))
            .AddPanel(new StatPanel("last day").WithTargets(Samples.Up()).WithRelativeTime(RelativeTime.Last(TimeSpan.FromDays(1))));
        var compiled = Compile.Ok(dashboard);
        var panels = System.Text.Json.JsonDocument.Parse(compiled.Json).RootElement.GetProperty("panels");
        Assert.Equal(["now/d", "1d"], panels.EnumerateArray().Select(p => p.GetProperty("timeFrom").GetString()));
    }
}
