namespace Dashboards.Model;

// Shortcuts of the generated NewsPanel (Spec/panels/news.json).
public sealed partial record NewsPanel
{
    /// <summary>The RSS or Atom feed shown (<c>options.feedUrl</c>).</summary>
    public string FeedUrl => Options.FeedUrl;
}
