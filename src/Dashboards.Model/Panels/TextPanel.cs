namespace Dashboards.Model;

// Shortcuts of the generated TextPanel (Spec/panels/text.json).
public sealed partial record TextPanel
{
    /// <summary>The text shown (<c>options.content</c>).</summary>
    public string Content => Options.Content;

    public TextPanel Markdown() => this with { Options = Options with { Mode = TextMode.Markdown } };
    public TextPanel Html() => this with { Options = Options with { Mode = TextMode.Html } };
    public TextPanel Code(CodeLanguage language, bool lineNumbers = false, bool miniMap = false) =>
        this with { Options = Options with { Mode = TextMode.Code, Language = language, ShowLineNumbers = lineNumbers, ShowMiniMap = miniMap } };
}
