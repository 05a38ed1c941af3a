namespace Dashboards.Model;

// Shortcuts of the generated StatPanel (Spec/panels/stat.json).
public sealed partial record StatPanel
{
    public StatPanel PercentChange(bool show = true, PercentChangeColorMode colorMode = PercentChangeColorMode.Standard) =>
        this with { Options = Options with { ShowPercentChange = show, PercentChangeColorMode = colorMode } };
}
