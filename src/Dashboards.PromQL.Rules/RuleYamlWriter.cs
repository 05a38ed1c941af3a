using System.Globalization;
using System.Text;

namespace Dashboards.PromQL.Rules;

/// <summary>
/// Writes a rule file's YAML directly, in exactly the bytes YamlDotNet's emitter gives the same node tree
/// (<see cref="RuleFile.ToYaml"/>'s fallback): block mappings, sequences not indented under their key, names plain,
/// expressions and label values double-quoted. It only takes files whose every scalar is in the subset where that output
/// is certain (plain scalars of name and duration characters; quoted ones printable ASCII, where only <c>"</c> and
/// <c>\</c> are escaped); anything else returns false and goes to YamlDotNet. Starting YamlDotNet's emitter (its
/// compiled regexes) was a noticeable part of a short emit's start-up (docs/benchmarks.md, cold start).
/// </summary>
internal static class RuleYamlWriter
{
    public static bool TryWrite(RuleFile file, out string yaml)
    {
        yaml = "";
        if (file.Groups.IsEmpty) return false;
        var sb = new StringBuilder(1024);
        sb.Append("groups:\n");
        foreach (var group in file.Groups)
        {
            if (group.Rules.IsEmpty) return false;
            if (!Plain(sb.Append("- name: "), group.Name)) return false;
            if (group.Interval is { } interval && !Plain(sb.Append("  interval: "), interval.ToString())) return false;
            if (group.Limit is { } limit && !Plain(sb.Append("  limit: "), limit.ToString(CultureInfo.InvariantCulture))) return false;
            sb.Append("  rules:\n");
            foreach (var rule in group.Rules)
            {
                switch (rule)
                {
                    case AlertingRule a:
                        if (!Plain(sb.Append("  - alert: "), a.Alert) || !Quoted(sb.Append("    expr: "), a.Expr.ToString())) return false;
                        if (a.For is { } f && !Plain(sb.Append("    for: "), f.ToString())) return false;
                        if (a.KeepFiringFor is { } k && !Plain(sb.Append("    keep_firing_for: "), k.ToString())) return false;
                        if (!Map(sb, "labels", a.Labels) || !Map(sb, "annotations", a.Annotations)) return false;
                        break;
                    case RecordingRule r:
                        if (!Plain(sb.Append("  - record: "), r.Record) || !Quoted(sb.Append("    expr: "), r.Expr.ToString())) return false;
                        if (!Map(sb, "labels", r.Labels)) return false;
                        break;
                    default:
                        return false;
                }
            }
        }
        yaml = sb.ToString();
        return true;
    }

    private static bool Map(StringBuilder sb, string key, EquatableArray<RuleLabel> labels)
    {
        if (labels.IsEmpty) return true;
        sb.Append("    ").Append(key).Append(":\n");
        foreach (var label in labels)
        {
            if (!Plain(sb.Append("      "), label.Name, newLine: false) || !Quoted(sb.Append(": "), label.Value)) return false;
        }
        return true;
    }

    // Names, durations and numbers: a letter, digit or '_' first, then letters, digits and "_:.-", not ending in ':'.
    // YamlDotNet writes these plain; a value it might quote or treat specially (spaces, '#', leading '-', empty) is not taken.
    private static bool Plain(StringBuilder sb, string value, bool newLine = true)
    {
        if (value.Length == 0 || !(char.IsAsciiLetterOrDigit(value[0]) || value[0] == '_') || value[^1] == ':') return false;
        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or ':' or '.' or '-')) return false;
        }
        sb.Append(value);
        if (newLine) sb.Append('\n');
        return true;
    }

    // Printable ASCII only: YamlDotNet escapes '"' and '\' and writes the rest as is (no line folding at this width).
    private static bool Quoted(StringBuilder sb, string value)
    {
        sb.Append('"');
        foreach (var c in value)
        {
            if (c is < ' ' or > '~') return false;
            if (c is '"' or '\\') sb.Append('\\');
            sb.Append(c);
        }
        sb.Append("\"\n");
        return true;
    }
}
