using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Dashboards.Review.DataCheck.Rules;

/// <summary>One rule of an emitted Prometheus rule file.</summary>
public sealed record PrometheusRule(string File, string Group, string Name, bool IsRecording, string Expr, IReadOnlyDictionary<string, string> Labels)
{
    public string Location => $"{Group} / {(IsRecording ? "record" : "alert")} {Name}";
}

/// <summary>Reads emitted rule files (YAML, as Prometheus loads them) and orders recording rules for backfilling.</summary>
public static class PrometheusRules
{
    public static IReadOnlyList<PrometheusRule> Read(string file, string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var rules = new List<PrometheusRule>();
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root) return rules;
        if (!root.Children.TryGetValue(new YamlScalarNode("groups"), out var groups) || groups is not YamlSequenceNode groupList) return rules;
        foreach (var group in groupList.OfType<YamlMappingNode>())
        {
            var groupName = Scalar(group, "name") ?? "";
            if (!group.Children.TryGetValue(new YamlScalarNode("rules"), out var ruleNodes) || ruleNodes is not YamlSequenceNode ruleList) continue;
            foreach (var rule in ruleList.OfType<YamlMappingNode>())
            {
                var record = Scalar(rule, "record");
                var labels = rule.Children.TryGetValue(new YamlScalarNode("labels"), out var labelNode) && labelNode is YamlMappingNode labelMap
                    ? labelMap.Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value ?? "", p => (p.Value as YamlScalarNode)?.Value ?? "", StringComparer.Ordinal)
                    : new Dictionary<string, string>(StringComparer.Ordinal);
                rules.Add(new PrometheusRule(file, groupName, record ?? Scalar(rule, "alert") ?? "", record is not null, Scalar(rule, "expr") ?? "", labels));
            }
        }

        return rules;
    }

    /// <summary>
    /// Recording rules in backfill stages: stage 1 reads only raw metrics, stage n reads outputs of stages before it.
    /// promtool backfills each stage from the server's data, so a stage must be loaded before the next one runs.
    /// Each stage is returned as the text of a rule file. Rules in a dependency cycle go to the last stage.
    /// </summary>
    public static IReadOnlyList<string> RecordingStages(IEnumerable<PrometheusRule> rules)
    {
        var recording = rules.Where(r => r.IsRecording).ToList();
        var names = recording.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        var levels = new Dictionary<PrometheusRule, int>();
        var remaining = recording.ToList();
        for (var level = 0; remaining.Count > 0 && level <= recording.Count; level++)
        {
            var ready = remaining
                .Where(rule => names.Where(n => n != rule.Name && Reads(rule.Expr, n))
                    .All(dependency => recording.Where(r => r.Name == dependency).All(levels.ContainsKey)))
                .ToList();
            if (ready.Count == 0) ready = remaining.ToList(); // a cycle: nothing better to do than evaluate the rest together
            foreach (var rule in ready) levels[rule] = level;
            remaining.RemoveAll(ready.Contains);
        }

        return levels.GroupBy(p => p.Value).OrderBy(g => g.Key).Select(g => StageYaml(g.Key, g.Select(p => p.Key))).ToList();
    }

    /// <summary>Whether <paramref name="expr"/> selects the series named <paramref name="name"/> (a whole metric-name token).</summary>
    public static bool Reads(string expr, string name) =>
        Regex.IsMatch(expr, @"(?<![\w:""])" + Regex.Escape(name) + @"(?![\w:""])");

    private static string StageYaml(int level, IEnumerable<PrometheusRule> rules)
    {
        // JSON strings are valid YAML double-quoted scalars: no escaping rules of our own.
        var yaml = new StringBuilder();
        yaml.Append("groups:\n  - name: backfill-stage-").Append(level + 1).Append("\n    rules:\n");
        foreach (var rule in rules)
        {
            yaml.Append("      - record: ").Append(Quote(rule.Name)).Append('\n');
            yaml.Append("        expr: ").Append(Quote(rule.Expr)).Append('\n');
            if (rule.Labels.Count == 0) continue;
            yaml.Append("        labels:\n");
            foreach (var (key, value) in rule.Labels) yaml.Append("          ").Append(key).Append(": ").Append(Quote(value)).Append('\n');
        }

        return yaml.ToString();
    }

    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Quote(string text) => JsonSerializer.Serialize(text, Readable);

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value : null;
}
