namespace Dashboards.Model;

/// <summary>A link in the panel header menu.</summary>
public sealed record PanelLink(string Title, string Url)
{
    public bool TargetBlank { get; init; }
}
