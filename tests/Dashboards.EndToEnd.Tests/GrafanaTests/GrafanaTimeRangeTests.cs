
namespace Dashboards.EndToEnd.Tests.GrafanaTests;

public sealed class GrafanaTimeRangeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 15, 40, 10, TimeSpan.Zero);

    [Fact]
    public void Relative_ranges_end_now()
    {
        var range = GrafanaTimeRange.Resolve("now-6h", "now", Now);
        Assert.Equal(Now.AddHours(-6), range.From);
        Assert.Equal(Now, range.To);
        Assert.Equal(TimeSpan.FromHours(6), range.Length);
    }

    [Fact]
    public void Rounded_ranges_snap_to_unit_boundaries()
    {
        var yesterday = GrafanaTimeRange.Resolve("now-1d/d", "now-1d/d", Now);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero), yesterday.From);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 23, 59, 59, 999, TimeSpan.Zero), yesterday.To);
    }

    [Fact]
    public void Panel_relative_time_and_shift_override_the_dashboard_range()
    {
        var range = GrafanaTimeRange.Resolve("now-24h", "now", Now, panelTimeFrom: "1h", panelTimeShift: "30m");
        Assert.Equal(Now.AddMinutes(-90), range.From);
        Assert.Equal(Now.AddMinutes(-30), range.To);
    }

    [Fact]
    public void Bad_times_name_the_text()
    {
        var error = Assert.Throws<FormatException>(() => GrafanaTimeRange.Resolve("now-6x", "now", Now));
        Assert.Contains("now-6x", error.Message);
    }
}

public sealed class CheckMomentTests
{
    [Fact]
    public void A_run_in_the_first_hour_of_a_day_checks_as_of_just_before_midnight_so_today_panels_have_a_range()
    {
        var justAfterMidnight = new DateTimeOffset(2026, 11, 24, 0, 0, 20, TimeSpan.Zero);

        var moment = Checks.EndToEndRun.AwayFromDayStart(justAfterMidnight);

        Assert.Equal(new DateTimeOffset(2026, 11, 23, 23, 59, 0, TimeSpan.Zero), moment);
        Assert.True(moment - GrafanaTimeRange.Resolve("now/d", "now", moment).From > TimeSpan.FromHours(1));
    }

    [Fact]
    public void Later_in_the_day_the_check_runs_as_of_now()
    {
        var afternoon = new DateTimeOffset(2026, 11, 24, 15, 0, 0, TimeSpan.Zero);

        Assert.Equal(afternoon, Checks.EndToEndRun.AwayFromDayStart(afternoon));
    }
}
