namespace Dashboards.LogQL;

/// <summary>One stage of a log pipeline. The hierarchy is closed (the records in this file).</summary>
public abstract record PipelineStage
{
    private protected PipelineStage()
    {
    }
}

/// <summary>
/// <c>|= "text"</c>, <c>|~ "regex"</c>, <c>!= "a" or "b"</c>: keeps or drops lines by their content. With <see cref="Ip"/>,
/// <c>|= ip("10.0.0.0/8")</c>: lines holding an address in that range (only <c>|=</c> and <c>!=</c>, without <c>or</c>).
/// </summary>
public sealed record LineFilter(LineFilterOp Op, string Value, EquatableArray<string> Or, bool Ip = false) : PipelineStage
{
    public LineFilter(LineFilterOp op, string value) : this(op, value, EquatableArray<string>.Empty)
    {
    }
}

/// <summary><c>label</c> or <c>label="expression"</c> of the json and logfmt parsers.</summary>
public sealed record LabelExtraction(string Label, string? Expression = null)
{
    public static implicit operator LabelExtraction(string label) => new(label);
}

/// <summary><c>| json</c> or <c>| json a="x.y", b</c>.</summary>
public sealed record JsonParser(EquatableArray<LabelExtraction> Extractions) : PipelineStage;

/// <summary><c>| logfmt --strict --keep-empty a, b="c"</c>.</summary>
public sealed record LogfmtParser(bool Strict, bool KeepEmpty, EquatableArray<LabelExtraction> Extractions) : PipelineStage;

/// <summary><c>| regexp "(?P&lt;name&gt;...)"</c>: named groups become labels.</summary>
public sealed record RegexpParser(string Pattern) : PipelineStage;

/// <summary><c>| pattern "&lt;ip&gt; - &lt;_&gt;"</c>.</summary>
public sealed record PatternParser(string Pattern) : PipelineStage;

/// <summary><c>| unpack</c>: unpacks JSON written by Promtail's pack stage.</summary>
public sealed record UnpackParser : PipelineStage;

/// <summary><c>| status &gt;= 400 and level="error"</c>.</summary>
public sealed record LabelFilterStage(LabelFilter Filter) : PipelineStage;

/// <summary><c>| line_format "{{.msg}}"</c>.</summary>
public sealed record LineFormat(string Template) : PipelineStage;

/// <summary><c>dst=src</c> (rename) or <c>dst="{{.template}}"</c>.</summary>
public sealed record LabelFormatOp(string Target, string Source, bool IsTemplate)
{
    public static LabelFormatOp Rename(string target, string source) => new(target, source, false);
    public static LabelFormatOp Template(string target, string template) => new(target, template, true);
}

/// <summary><c>| label_format dst=src, x="{{.y}}"</c>.</summary>
public sealed record LabelFormat(EquatableArray<LabelFormatOp> Operations) : PipelineStage;

/// <summary>A label named in drop/keep: the name alone, or a matcher on its value (<c>level="debug"</c>).</summary>
public sealed record LabelSelection(string Name, LabelMatcher? Matcher = null)
{
    public static implicit operator LabelSelection(string name) => new(name);
}

/// <summary><c>| drop a, b="c"</c>.</summary>
public sealed record DropLabels(EquatableArray<LabelSelection> Labels) : PipelineStage;

/// <summary><c>| keep a, b</c>.</summary>
public sealed record KeepLabels(EquatableArray<LabelSelection> Labels) : PipelineStage;

/// <summary><c>| decolorize</c>: strips ANSI colour codes.</summary>
public sealed record Decolorize : PipelineStage;
