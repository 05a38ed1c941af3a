namespace Dashboards.Model;

/// <summary>Icons Grafana offers for dashboard links.</summary>
public enum LinkIcon { ExternalLink, Dashboard, Question, Info, Bolt, Doc, Cloud }

/// <summary>
/// A link in the dashboard header: to a URL (<see cref="ToUrl"/>) or to dashboards with given tags (<see cref="ToDashboards"/>).
/// </summary>
public sealed record DashboardLink
{
    private DashboardLink(string title, string? url, ImmutableArray<string> tags)
    {
        Title = string.IsNullOrWhiteSpace(title) ? throw new ArgumentException("A dashboard link needs a title.", nameof(title)) : title;
        Url = url;
        Tags = tags;
    }

    public string Title { get; }
    /// <summary>Target URL for URL links; null for dashboard-list links.</summary>
    public string? Url { get; }
    public ImmutableArray<string> Tags { get; }
    public bool IsDashboardList => Url is null;

    public LinkIcon Icon { get; init; } = LinkIcon.ExternalLink;
    public string Tooltip { get; init; } = "";
    public bool AsDropdown { get; init; }
    public bool TargetBlank { get; init; }
    public bool IncludeVars { get; init; }
    public bool KeepTime { get; init; }

    public static DashboardLink ToUrl(string title, string url)
    {
        if (string.IsNullOrWhiteSpace(url)) throw new ArgumentException("A URL link needs a URL.", nameof(url));
        return new DashboardLink(title, url, []);
    }

    /// <summary>Links to every dashboard carrying all of <paramref name="tags"/> (every dashboard when none).</summary>
    public static DashboardLink ToDashboards(string title, params string[] tags) =>
        new(title, null, [.. tags]) { Icon = LinkIcon.Dashboard };

    public DashboardLink WithIcon(LinkIcon icon) => this with { Icon = icon };
    public DashboardLink WithTooltip(string tooltip) => this with { Tooltip = tooltip };
    public DashboardLink Dropdown(bool asDropdown = true) => this with { AsDropdown = asDropdown };
    public DashboardLink NewTab(bool targetBlank = true) => this with { TargetBlank = targetBlank };

    /// <summary>Carries the current time range and variable values to the target.</summary>
    public DashboardLink KeepContext(bool time = true, bool variables = true) => this with { KeepTime = time, IncludeVars = variables };
}
