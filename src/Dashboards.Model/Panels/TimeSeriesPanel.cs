namespace Dashboards.Model;

// Shortcuts of the generated TimeSeriesPanel (Spec/panels/timeseries.json).
public sealed partial record TimeSeriesPanel
{
    /// <summary>Shortcut for <c>Style(s => s.Stack(mode))</c>.</summary>
    public TimeSeriesPanel Stacking(StackingMode mode) =>
        this with { FieldConfig = FieldConfig with { Style = FieldConfig.Style.Stack(mode) } };
}
