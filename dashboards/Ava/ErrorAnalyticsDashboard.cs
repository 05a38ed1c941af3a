using Dashboards.Model;
using Dashboards.PromQL;
using Dashboards.Suites.Common;
using static Dashboards.Suites.Common.Queries;
using Metrics = Dashboards.Suites.Ava.AvaMetrics;

namespace Dashboards.Suites.Ava;

/// <summary>"Error Analytics" (error_analytics.json): error rates, error budget against the 99.9% SLO, MTTR, error breakdowns.</summary>
public static class ErrorAnalyticsDashboard
{
    public const string Uid = "ava-error-analytics";

    public static Dashboard Build()
    {
        var errors = Metrics.HttpRequests.Matches("status", "[45]..");
        var month = PromDuration.FromDays(30);
        var serverErrorRatio30d = Prom.Sum(Metrics.HttpRequests.Matches("status", "5..").Increase(month))
                                  / Prom.Sum(Metrics.HttpRequests.Increase(month));

        return AvaDashboards.Create(Uid, "Error Analytics", "errors")
            .WithDescription("Error rates, error budget vs the 99.9% availability SLO, MTTR and where errors come from.")
            .AddPanels(
                new StatPanel("5xx Error Rate")
                    .WithDescription("Server errors. Target below 0.1%, warning above 0.5%, critical above 1%.")
                    .WithTargets(Query(AvaDashboards.StatusPercent("5.."), "5xx"))
                    .Unit(Unit.Percent)
                    .Decimals(2)
                    .Thresholds(AvaDashboards.ErrorRatePercent),
                new StatPanel("4xx Error Rate")
                    .WithDescription("Client errors: shown for context, they do not burn the error budget.")
                    .WithTargets(Query(AvaDashboards.StatusPercent("4.."), "4xx"))
                    .Unit(Unit.Percent)
                    .Decimals(2)
                    .Color(FieldColor.Fixed(Color.Blue)),
                new StatPanel("Error Budget vs 99.9% SLO")
                    .WithDescription("Availability (non-5xx share) over 30 days. Target above 99.9%, warning below 99.5%, critical below 99%.")
                    .WithTargets(Query((1 - serverErrorRatio30d) * 100, "Availability (30d)"))
                    .Unit(Unit.Percent)
                    .Decimals(3)
                    .Thresholds(AvaDashboards.AvailabilityPercent),
                new StatPanel("MTTR (Mean Time To Resolution)")
                    .SilenceLint("target-rate-interval-rule", "incidents are rare: the mean resolution time over the last 7 days, whatever the zoom")
                    .WithDescription("Mean incident resolution time over 7 days. Target below 5 min, critical above 10 min.")
                    .WithTargets(Query(Metrics.IncidentResolution.Average(PromDuration.FromDays(7)), "MTTR"))
                    .Unit(Unit.Seconds)
                    .Thresholds(AvaDashboards.MttrSeconds),
                new PieChartPanel("Error Distribution by Status Code")
                    .WithTargets(Instant(errors.SumIncrease(PromDuration.Range, "status"), "{{status}}"))
                    .Decimals(0)
                    .Labels(PieChartLabel.Name, PieChartLabel.Percent),
                new TimeSeriesPanel("Error Rate by Endpoint")
                    .Size(16, 8)
                    .WithTargets(Query(AvaDashboards.StatusPercent("5..", null, "path"), "{{path}}"))
                    .Unit(Unit.Percent)
                    .WithThresholdLine(AvaDashboards.ErrorRatePercent),
                new TimeSeriesPanel("Error Timeline")
                    .Size(Layout.Wide.W, Layout.Wide.H)
                    .WithDescription("All 4xx and 5xx responses, stacked by status code.")
                    .WithTargets(Query(errors.SumRate("status"), "{{status}}"))
                    .Unit(Unit.RequestsPerSecond)
                    .AsStackedAreas(),
                new TablePanel("Top Error Messages (Last 1h)")
                    .WithTargets(Table(Prom.SortDesc(Prom.TopK(10, Metrics.Errors.SumIncrease(PromDuration.FromHours(1), "error_type", "error_message")))))
                    .Transform(Transformation.Organize()
                        .Exclude("Time")
                        .Column("error_message", "Message")
                        .Column("error_type", "Error Type")
                        .Column(ValueColumns.Single, "Count (1h)"))
                    .Override(FieldMatcher.ByName("Count (1h)"), o => o.Decimals(0))
                    .SortBy("Count (1h)", descending: true));
    }
}
