using Dashboards.Model;

namespace Dashboards.Suites.Common;

/// <summary>Time series styles the documents ask for, spelled once.</summary>
public static class Charts
{
    /// <summary>"Time Series (bar chart mode)": bars centred on their timestamp.</summary>
    public static TimeSeriesPanel AsBars(this TimeSeriesPanel panel, int fillOpacity = 80) =>
        panel.Style(s => s.Bars(BarAlignment.Center).WithFillOpacity(fillOpacity));

    /// <summary>"Stacked area": filled series stacked on each other.</summary>
    public static TimeSeriesPanel AsStackedAreas(this TimeSeriesPanel panel, int fillOpacity = 40) =>
        panel.Style(s => s.WithFillOpacity(fillOpacity).Stack(StackingMode.Normal));

    /// <summary>A horizontal line at the panel's thresholds (alert levels).</summary>
    public static TimeSeriesPanel WithThresholdLine(this TimeSeriesPanel panel, Thresholds thresholds) =>
        panel.Thresholds(thresholds).Style(s => s.WithThresholdsStyle(ThresholdsStyle.Line));
}
