namespace Dashboards.Model;

// Shortcuts of the generated BarGaugePanel (Spec/panels/bargauge.json).
public sealed partial record BarGaugePanel
{
    public BarGaugePanel ManualSizing(int minWidth, int minHeight, int maxHeight) =>
        this with { Options = Options with { Sizing = VizSizing.Manual, MinVizWidth = minWidth, MinVizHeight = minHeight, MaxVizHeight = maxHeight } };
}
