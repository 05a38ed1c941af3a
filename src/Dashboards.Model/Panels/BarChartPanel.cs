namespace Dashboards.Model;

// Shortcuts of the generated BarChartPanel (Spec/panels/barchart.json).
public sealed partial record BarChartPanel
{
    /// <summary>Bar width and group width as fractions (0–1) of the available space.</summary>
    public BarChartPanel BarWidths(double barWidth, double groupWidth) =>
        this with { Options = Options with { BarWidth = SpecRanges.BarChartOptionsBarWidth(barWidth, nameof(barWidth)), GroupWidth = SpecRanges.BarChartOptionsGroupWidth(groupWidth, nameof(groupWidth)) } };

    public BarChartPanel XTickLabels(int rotation = 0, int maxLength = 0, int? spacing = null) =>
        this with { Options = Options with { XTickLabelRotation = SpecRanges.BarChartOptionsXTickLabelRotation(rotation, nameof(rotation)), XTickLabelMaxLength = maxLength, XTickLabelSpacing = spacing } };
}
