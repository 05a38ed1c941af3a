using System.Text.RegularExpressions;

namespace Dashboards.Model;

/// <summary>
/// A Prometheus legend template, e.g. <c>Legend.Label("provider") + " / " + Legend.Label("model")</c> → <c>{{provider}} / {{model}}</c>.
/// Plain strings convert implicitly.
/// </summary>
public readonly record struct LegendFormat(string Template)
{
    public static implicit operator LegendFormat(string template) => new(template);

    public static LegendFormat operator +(LegendFormat left, LegendFormat right) => new(left.Template + right.Template);

    public override string ToString() => Template ?? "";
}

/// <summary>Builds <see cref="LegendFormat"/> templates.</summary>
public static partial class Legend
{
    /// <summary>Grafana picks a legend from the series labels.</summary>
    public static LegendFormat Auto => new("__auto");

    /// <summary>The value of label <paramref name="name"/>: <c>{{name}}</c>.</summary>
    public static LegendFormat Label(string name)
    {
        // The plain-name check settles the usual case; the regex stays the rule (it also takes a trailing newline).
        if (!IsPlainLabelName(name) && !LabelName().IsMatch(name)) throw new ArgumentException($"'{name}' is not a Prometheus label name.", nameof(name));
        return new(LabelTemplate(name));
    }

    // The templates of recently used label names: dashboards label legends by the same few names (instance, code, le),
    // so most calls find the string made before instead of building it again. A slot holds one template; a miss
    // replaces it. Strings are immutable and a slot is one reference, so threads may race on a slot harmlessly.
    private static readonly string?[] LabelTemplates = new string?[64];

    private static string LabelTemplate(string name)
    {
        var slot = RecentSlot.Of(name, LabelTemplates.Length);
        var cached = LabelTemplates[slot];
        if (cached is not null && cached.Length == name.Length + 4 && cached.AsSpan(2, name.Length).SequenceEqual(name)) return cached;
        var template = "{{" + name + "}}";
        LabelTemplates[slot] = template;
        return template;
    }

    /// <summary>Several label values joined by <paramref name="separator"/>.</summary>
    public static LegendFormat Labels(string separator, params string[] names)
    {
        if (names.Length == 0) throw new ArgumentException("Give at least one label name.", nameof(names));
        var result = Label(names[0]);
        for (var i = 1; i < names.Length; i++) result = result + separator + Label(names[i]);
        return result;
    }

    private static bool IsPlainLabelName(string name)
    {
        if (string.IsNullOrEmpty(name) || char.IsAsciiDigit(name[0])) return false;
        foreach (var c in name)
            if (!char.IsAsciiLetterOrDigit(c) && c != '_') return false;
        return true;
    }

    [GeneratedRegex("^[a-zA-Z_][a-zA-Z0-9_]*$")]
    private static partial Regex LabelName();
}
