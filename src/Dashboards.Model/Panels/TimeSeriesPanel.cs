namespace Dashboards.Model;

// Shortcuts of the generated TimeSeriesPanel (Spec/panels/timeseries.json).
public sealed partial record TimeSeriesPanel
{
    /// <summary>Shortcut for <c>Style(s => s.Stack(mode))</c>.</summary>
    public TimeSeriesPanel Stacking(StackingMode mode) => Style(s => s.Stack(mode));
}
