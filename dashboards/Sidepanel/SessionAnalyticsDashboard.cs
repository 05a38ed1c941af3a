using Dashboards.Model;
using Dashboards.PromQL;
using Dashboards.Suites.Common;
using static Dashboards.Suites.Common.Queries;
using Metrics = Dashboards.Suites.Sidepanel.SidepanelMetrics;

namespace Dashboards.Suites.Sidepanel;

/// <summary>View 3, "Session Analytics" (last 7 days): sessions per day, top models, session averages, active sessions.</summary>
public static class SessionAnalyticsDashboard
{
    public const string Uid = "sidepanel-session-analytics";

    public static Dashboard Build() =>
        SidepanelDashboards.Create(Uid, "Session Analytics", "now-7d")
            .WithDescription("Sessions created per day, model share, average session and sessions active now.")
            .AddPanels(
                new TimeSeriesPanel("Sessions Created")
                    .Size(Layout.Wide.W, 8)
                    .WithDescription("Sessions created per day; the legend shows the total for the range.")
                    .WithTargets(Query(Metrics.SessionsCreated.SumIncrease(PromDuration.Interval), "Sessions"))
                    .WithMinInterval(TimeSpan.FromDays(1))
                    .Unit(Unit.Short)
                    .Decimals(0)
                    .Legend(l => l.AsList().WithCalcs(Reducer.Sum))
                    .AsBars(),
                new PieChartPanel("Top Models")
                    .WithTargets(Instant(Metrics.SessionsCreated.SumIncrease(PromDuration.Range, "model"), "{{model}}"))
                    .Labels(PieChartLabel.Name, PieChartLabel.Percent)
                    .LegendValues(PieChartLegendValue.Percent),
                new StatPanel("Avg Session")
                    .Size(8, 8)
                    .WithTargets(
                        Query(SidepanelDashboards.MeanOver(Metrics.SessionDuration, PromDuration.Range), "Duration").WithRefId("A"),
                        Query(SidepanelDashboards.MeanOver(Metrics.SessionMessages, PromDuration.Range), "Messages").WithRefId("B"),
                        Query(SidepanelDashboards.MeanOver(Metrics.SessionTokens, PromDuration.Range), "Tokens").WithRefId("C"))
                    .Unit(Unit.LocaleFormat)
                    .Decimals(0)
                    .Override(FieldMatcher.ByQuery("A"), o => o.Unit(Unit.DurationSeconds))
                    .TextMode(StatTextMode.ValueAndName)
                    .GraphMode(StatGraphMode.None),
                new StatPanel("Active Now")
                    .Size(8, 8)
                    .WithTargets(Query(Metrics.ActiveSessions.Sum(), "sessions"))
                    .Decimals(0)
                    .TextMode(StatTextMode.ValueAndName));
}
