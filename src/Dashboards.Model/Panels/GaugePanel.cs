namespace Dashboards.Model;

// Shortcuts of the generated GaugePanel (Spec/panels/gauge.json).
public sealed partial record GaugePanel
{
    /// <summary>Manual sizing with minimum visualization size in pixels.</summary>
    public GaugePanel ManualSizing(int minWidth, int minHeight) =>
        this with { Options = Options with { Sizing = VizSizing.Manual, MinVizWidth = minWidth, MinVizHeight = minHeight } };
}
