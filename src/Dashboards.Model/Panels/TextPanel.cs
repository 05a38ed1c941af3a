namespace Dashboards.Model;

public enum TextMode { Markdown, Html, Code }
public enum CodeLanguage { Json, Yaml, Xml, TypeScript, Sql, Go, Markdown, Html, PlainText }

/// <summary>Static text (<c>text</c>): markdown by default, or HTML, or highlighted code.</summary>
public sealed record TextPanel : Panel<TextPanel>
{
    public TextPanel(string title, string content) : base(title, 24, 4) =>
        Content = content ?? throw new ArgumentNullException(nameof(content));

    public override string PluginId => "text";

    public string Content { get; init; }
    public TextMode Mode { get; init; } = TextMode.Markdown;
    public CodeLanguage Language { get; init; } = CodeLanguage.PlainText;
    public bool ShowLineNumbers { get; init; }
    public bool ShowMiniMap { get; init; }

    public TextPanel Markdown() => this with { Mode = TextMode.Markdown };
    public TextPanel Html() => this with { Mode = TextMode.Html };
    public TextPanel Code(CodeLanguage language, bool lineNumbers = false, bool miniMap = false) =>
        this with { Mode = TextMode.Code, Language = language, ShowLineNumbers = lineNumbers, ShowMiniMap = miniMap };
}
