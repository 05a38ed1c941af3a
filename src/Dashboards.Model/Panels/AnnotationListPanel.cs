namespace Dashboards.Model;

// Shortcuts of the generated AnnotationListPanel (Spec/panels/annolist.json).
public sealed partial record AnnotationListPanel
{
    /// <summary>What an annotation's link shows: this much time before and after it, and whether it opens its panel.</summary>
    public AnnotationListPanel Navigate(TimeSpan before, TimeSpan after, bool toPanel = true) =>
        this with { Options = Options with { NavigateBefore = GrafanaDuration.Format(before), NavigateAfter = GrafanaDuration.Format(after), NavigateToPanel = toPanel } };

    /// <summary>What each item shows besides its text.</summary>
    public AnnotationListPanel Show(bool user = true, bool time = true, bool tags = true) =>
        this with { Options = Options with { ShowUser = user, ShowTime = time, ShowTags = tags } };
}
