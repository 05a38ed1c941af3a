namespace Dashboards.Model;

public enum LogsSortOrder { Descending, Ascending }
public enum LogsDedupStrategy { None, Exact, Numbers, Signature }

/// <summary>Options of <see cref="LogsPanel"/>.</summary>
public sealed record LogsOptions
{
    public static LogsOptions Default { get; } = new();

    public bool ShowTime { get; init; } = true;
    public bool ShowLabels { get; init; }
    public bool ShowCommonLabels { get; init; }
    public bool WrapLogMessage { get; init; } = true;
    public bool PrettifyLogMessage { get; init; }
    public bool EnableLogDetails { get; init; } = true;
    public bool ShowLogContextToggle { get; init; }
    public bool? EnableInfiniteScrolling { get; init; }
    public LogsSortOrder SortOrder { get; init; } = LogsSortOrder.Descending;
    public LogsDedupStrategy DedupStrategy { get; init; } = LogsDedupStrategy.None;
}

/// <summary>Log lines (<c>logs</c>), usually from <see cref="LokiTarget"/>s.</summary>
public sealed record LogsPanel : Panel<LogsPanel>
{
    public LogsPanel(string title) : base(title, 24, 10) { }

    public override string PluginId => "logs";

    public LogsOptions Options { get; init; } = LogsOptions.Default;

    /// <summary>Which parts of a line show: time, unique labels, labels common to all lines.</summary>
    public LogsPanel Show(bool time = true, bool labels = false, bool commonLabels = false) =>
        this with { Options = Options with { ShowTime = time, ShowLabels = labels, ShowCommonLabels = commonLabels } };
    public LogsPanel Wrap(bool wrap = true, bool prettifyJson = false) => this with { Options = Options with { WrapLogMessage = wrap, PrettifyLogMessage = prettifyJson } };
    public LogsPanel Details(bool enable = true, bool contextToggle = false) =>
        this with { Options = Options with { EnableLogDetails = enable, ShowLogContextToggle = contextToggle } };
    public LogsPanel InfiniteScrolling(bool enable = true) => this with { Options = Options with { EnableInfiniteScrolling = enable } };
    public LogsPanel Sort(LogsSortOrder order) => this with { Options = Options with { SortOrder = order } };
    public LogsPanel Dedup(LogsDedupStrategy strategy) => this with { Options = Options with { DedupStrategy = strategy } };
}
