using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Dashboards.PromQL.Rules;

/// <summary>A named group of rules evaluated together at one interval.</summary>
public sealed record RuleGroup
{
    public RuleGroup(string name, params Rule[] rules)
    {
        Name = name;
        Rules = EquatableArray.Create(rules);
    }

    public string Name { get; init; }

    /// <summary>Evaluation interval; Prometheus's global one when null.</summary>
    public PromDuration? Interval { get; init; }

    /// <summary>Upper bound on series an alerting rule may produce / a recording rule may record (0 = none).</summary>
    public int? Limit { get; init; }

    public EquatableArray<Rule> Rules { get; init; }

    public RuleGroup AddRule(Rule rule) => this with { Rules = Rules.Add(rule) };

    public RuleGroup WithInterval(PromDuration interval) => this with { Interval = interval };

    public RuleGroup WithLimit(int limit) => this with { Limit = limit };

    internal IEnumerable<string> Validate(string where, PromTarget target)
    {
        if (string.IsNullOrWhiteSpace(Name)) yield return $"{where}: group name must not be empty";
        if (Interval is { } i && (!i.IsFixed || i.Milliseconds <= 0)) yield return $"{where}: interval must be a positive fixed duration, got {i}";
        if (Limit is < 0) yield return $"{where}: limit must not be negative";
        if (Rules.IsEmpty) yield return $"{where}: group has no rules";
        for (var r = 0; r < Rules.Count; r++)
        {
            var rule = Rules[r];
            var kind = rule is AlertingRule ? "alert" : "record";
            foreach (var e in rule.Validate($"{where}, rule {r + 1} ({kind} '{rule.Name}')", target)) yield return e;
        }
    }
}

/// <summary>
/// A Prometheus rule file. <see cref="ToYaml"/> writes what <c>promtool check rules</c> accepts, after
/// <see cref="Validate"/> found nothing.
/// <code>
/// var file = new RuleFile(new RuleGroup("bots",
///     new AlertingRule("HighErrorRate", errors.GreaterThan(0.05)).WithFor(PromDuration.FromMinutes(5)).WithLabel("severity", "warning")));
/// File.WriteAllText("bots.rules.yml", file.ToYaml());
/// </code>
/// </summary>
public sealed record RuleFile
{
    public RuleFile(params RuleGroup[] groups)
    {
        Groups = EquatableArray.Create(groups);
    }

    public EquatableArray<RuleGroup> Groups { get; init; }

    /// <summary>
    /// The Prometheus that loads the file (default: the current stable release without flags). An expression it does
    /// not accept is a validation error naming the release or flag it needs.
    /// </summary>
    public PromTarget Target { get; init; } = PromTarget.Default;

    public RuleFile WithTarget(PromTarget target) => this with { Target = target ?? throw new ArgumentNullException(nameof(target)) };

    public RuleFile AddGroup(RuleGroup group) => this with { Groups = Groups.Add(group) };

    /// <summary>Every problem, each naming the group and rule: empty when the file is valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var g = 0; g < Groups.Count; g++)
        {
            var group = Groups[g];
            var where = $"group {g + 1} ('{group.Name}')";
            if (!names.Add(group.Name)) errors.Add($"{where}: group name '{group.Name}' is used twice in the file");
            errors.AddRange(group.Validate(where, Target));
        }
        return errors;
    }

    /// <summary>The file as YAML; throws <see cref="RuleValidationException"/> listing every problem when invalid.</summary>
    public string ToYaml()
    {
        var errors = Validate();
        if (errors.Count > 0) throw new RuleValidationException(errors);
        return RuleYamlWriter.TryWrite(this, out var yaml) ? yaml : ToYamlWithYamlDotNet();
    }

    /// <summary>The same YAML through YamlDotNet's emitter: for files <see cref="RuleYamlWriter"/> does not take, and for tests.</summary>
    internal string ToYamlWithYamlDotNet()
    {
        var groups = new YamlSequenceNode();
        foreach (var group in Groups)
        {
            var g = new YamlMappingNode { { "name", Plain(group.Name) } };
            if (group.Interval is { } interval) g.Add("interval", interval.ToString());
            if (group.Limit is { } limit) g.Add("limit", limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var rules = new YamlSequenceNode();
            foreach (var rule in group.Rules) rules.Add(RuleNode(rule));
            g.Add("rules", rules);
            groups.Add(g);
        }
        var root = new YamlMappingNode { { "groups", groups } };
        var stream = new YamlStream(new YamlDocument(root));
        using var writer = new StringWriter { NewLine = "\n" };
        stream.Save(writer, assignAnchors: false);
        var text = writer.ToString();
        // YamlStream ends documents with "...": drop it, a rule file is a single document.
        if (text.EndsWith("...\n", StringComparison.Ordinal)) text = text[..^4];
        return text;
    }

    private static YamlMappingNode RuleNode(Rule rule)
    {
        var node = new YamlMappingNode();
        switch (rule)
        {
            case AlertingRule a:
                node.Add("alert", Plain(a.Alert));
                node.Add("expr", Expression(a.Expr));
                if (a.For is { } f) node.Add("for", f.ToString());
                if (a.KeepFiringFor is { } k) node.Add("keep_firing_for", k.ToString());
                if (!a.Labels.IsEmpty) node.Add("labels", Map(a.Labels));
                if (!a.Annotations.IsEmpty) node.Add("annotations", Map(a.Annotations));
                break;
            case RecordingRule r:
                node.Add("record", Plain(r.Record));
                node.Add("expr", Expression(r.Expr));
                if (!r.Labels.IsEmpty) node.Add("labels", Map(r.Labels));
                break;
        }
        return node;
    }

    private static YamlScalarNode Expression(PromQLExpr expr)
    {
        var text = expr.ToString();
        return new YamlScalarNode(text) { Style = ScalarStyle.DoubleQuoted };
    }

    private static YamlScalarNode Plain(string value) => new(value);

    private static YamlMappingNode Map(EquatableArray<RuleLabel> labels)
    {
        var map = new YamlMappingNode();
        foreach (var l in labels) map.Add(l.Name, new YamlScalarNode(l.Value) { Style = ScalarStyle.DoubleQuoted });
        return map;
    }
}

/// <summary>A rule file that Prometheus would reject; <see cref="Errors"/> names every place.</summary>
public sealed class RuleValidationException(IReadOnlyList<string> errors)
    : ArgumentException("Invalid rule file:\n  " + string.Join("\n  ", errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
