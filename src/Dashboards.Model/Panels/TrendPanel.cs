namespace Dashboards.Model;

// Shortcuts of the generated TrendPanel (Spec/panels/trend.json).
public sealed partial record TrendPanel
{
    /// <summary>Shortcut for <c>Style(s => s.Stack(mode))</c>.</summary>
    public TrendPanel Stacking(StackingMode mode) =>
        this with { FieldConfig = FieldConfig with { Style = FieldConfig.Style.Stack(mode) } };
}
