namespace Dashboards.Model;

// Shortcuts of the generated LogsPanel (Spec/panels/logs.json).
public sealed partial record LogsPanel
{
    /// <summary>Which parts of a line show: time, unique labels, labels common to all lines.</summary>
    public LogsPanel Show(bool time = true, bool labels = false, bool commonLabels = false) =>
        this with { Options = Options with { ShowTime = time, ShowLabels = labels, ShowCommonLabels = commonLabels } };
    public LogsPanel Wrap(bool wrap = true, bool prettifyJson = false) => this with { Options = Options with { WrapLogMessage = wrap, PrettifyLogMessage = prettifyJson } };
    public LogsPanel Details(bool enable = true, bool contextToggle = false) =>
        this with { Options = Options with { EnableLogDetails = enable, ShowLogContextToggle = contextToggle } };
}
