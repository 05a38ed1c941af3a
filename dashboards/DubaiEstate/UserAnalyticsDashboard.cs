using Dashboards.Model;
using Dashboards.Model.Transformations;
using Dashboards.PromQL;
using Dashboards.Suites.Common;
using static Dashboards.Suites.Common.Queries;
using static Dashboards.Suites.DubaiEstate.DubaiEstateDashboards;
using Metrics = Dashboards.Suites.DubaiEstate.DubaiEstateMetrics;

namespace Dashboards.Suites.DubaiEstate;

/// <summary>"User Analytics &amp; Business Metrics": signups, active users, upgrades, MRR and what drives them.</summary>
public static class UserAnalyticsDashboard
{
    public const string Uid = "dubai-estate-user-analytics";

    public static Dashboard Build() =>
        Create(Uid, "User Analytics & Business Metrics", "business")
            .WithDescription("User behaviour and business metrics: growth, tiers, limits, conversion, power users, revenue.")
            .AddRow(new RowPanel("Metrics").AddPanels(
                Metric("Total Signups (24h)")
                    .WithTargets(Query(Metrics.Signups.SumIncrease(LastDay), "Signups"))
                    .Decimals(0),
                Metric("Active Users (Now)")
                    .WithTargets(Query(Metrics.ActiveUsers.Sum(), "Active users"))
                    .Decimals(0),
                Metric("Upgrades (24h)")
                    .WithTargets(Query(Metrics.SubscriptionUpgrades.SumIncrease(LastDay), "Upgrades"))
                    .Decimals(0),
                Metric("MRR (Monthly Recurring Revenue)")
                    .WithTargets(Query(Metrics.MonthlyRecurringRevenue.Sum(), "MRR"))
                    .Unit(Unit.CurrencyUSD)
                    .Decimals(0)))
            .AddRow(new RowPanel("Charts").AddPanels(
                new TimeSeriesPanel("User Signups Over Time")
                    .WithTargets(Query(Metrics.Signups.SumRate("tier") * 3600, "{{tier}}"))
                    .Unit(Unit.Short)
                    .Axis(a => a.WithLabel("signups per hour"))
                    .AsStackedAreas(),
                new TimeSeriesPanel("Active Users Over Time")
                    .WithTargets(Query(Metrics.ActiveUsers.Sum("tier"), "{{tier}}"))
                    .Decimals(0)
                    .AsStackedAreas(),
                new PieChartPanel("Users by Tier (Free/Basic/Pro)")
                    .WithTargets(Instant(Metrics.Users.Sum("tier"), "{{tier}}"))
                    .Decimals(0)
                    .Labels(PieChartLabel.Name, PieChartLabel.Percent),
                new TimeSeriesPanel("Query Limit Hits by Tier")
                    .Size(16, 8)
                    .WithTargets(Query(Metrics.QueryLimitHits.SumRate("tier") * 3600, "{{tier}}"))
                    .Unit(Unit.Short)
                    .Axis(a => a.WithLabel("limit hits per hour")),
                new TimeSeriesPanel("Conversion Rate (Limit→Upgrade)")
                    .WithDescription("Free → Pro conversion: upgrades to pro per query-limit hit of free users, over 24h.")
                    .WithTargets(Query(ConversionRate(), "Free → Pro"))
                    .Unit(Unit.Percent),
                TopUsersByActivity(),
                new TablePanel("Top Users by Cost")
                    .Size(Layout.Chart.W, Layout.Chart.H)
                    .WithTargets(Table(Prom.SortDesc(Prom.TopK(10, Metrics.AiCost.SumIncrease(LastDay, "user_id")))))
                    .Transform(Transformation.Organize().Exclude("Time").Rename("user_id", "User").Rename(ValueColumns.Single, "Cost (24h)"))
                    .Override(FieldMatcher.ByName("Cost (24h)"), o => o.Unit(Unit.CurrencyUSD).Decimals(2))
                    .SortBy("Cost (24h)", descending: true),
                new TimeSeriesPanel("Revenue Trend")
                    .WithTargets(Query(Metrics.MonthlyRecurringRevenue.Sum("tier"), "{{tier}}"))
                    .Unit(Unit.CurrencyUSD)
                    .AsStackedAreas()));

    /// <summary>The guide's own "Free → Pro conversion rate" query.</summary>
    internal static InstantVector ConversionRate() =>
        Metrics.SubscriptionUpgrades.Where("to_tier", "pro").SumIncrease(LastDay)
        / Metrics.QueryLimitHits.Where("tier", "free").SumIncrease(LastDay) * 100;

    private static TablePanel TopUsersByActivity() =>
        new TablePanel("Top Users by Activity")
            .Size(Layout.Chart.W, Layout.Chart.H)
            .WithTargets(
                Table(Metrics.Queries.SumIncrease(LastDay, "user_id")).WithRefId("A"),
                Table(Metrics.ToolUsage.SumIncrease(LastDay, "user_id")).WithRefId("B"))
            .Transform(
                Transformation.MergeSeries(),
                Transformation.Organize()
                    .Exclude("Time")
                    .Column("user_id", "User")
                    .Column(ValueColumns.OfRefId("A"), "Queries (24h)")
                    .Column(ValueColumns.OfRefId("B"), "Tool calls (24h)"),
                Transformation.SortByField("Queries (24h)", descending: true),
                Transformation.LimitRows(10))
            .Override(FieldMatcher.ByRegex(".*\\(24h\\)"), o => o.Decimals(0));
}
