using Dashboards.PromQL.Rules;

namespace Dashboards.PromQL.Tests.Rules;

/// <summary>
/// Rule files are written without YamlDotNet when every scalar is in the subset <see cref="RuleYamlWriter"/> takes. The
/// judge is YamlDotNet's own emitter over the same node tree (<see cref="RuleFile.ToYamlWithYamlDotNet"/>): on random
/// files with awkward names, durations and values (quotes, backslashes, '#', ': ', leading '-', non-ASCII, newlines),
/// whatever the writer takes must be byte-identical, and the rest must be left to YamlDotNet.
/// </summary>
public class RuleYamlWriterTests
{
    // Mostly values the writer takes (so many files are compared), sometimes ones it must leave to YamlDotNet.
    private static readonly string[] Names = ["bots", "bots:cost_rate:5m", "HighErrorRate", "a.b-c_d", "_x", "9lives", "team", "true", "123", "null", "x-"];
    private static readonly string[] AwkwardNames = ["-lead", "a b", "a: b", "#x", "x:", "", "ünï", "...", "a#b"];
    private static readonly string[] Values = ["critical", "say \"hi\"", "C:\\path", "{{ $value }}s", "#hash", "- dash", "", "  spaced  ", "a: b", "'single'", "~", "%{x}", "\\\"\\"];
    private static readonly string[] AwkwardValues = ["tab\there", "line\nbreak", "ünïcode", "é\u0085\u00a0", "\u0007"];

    [Fact]
    public void Random_rule_files_are_written_exactly_as_YamlDotNet_writes_them()
    {
        var random = new Random(17);
        var taken = 0;
        for (var n = 0; n < 400; n++)
        {
            var groups = new List<RuleGroup>();
            for (var g = random.Next(1, 4); g > 0; g--)
            {
                var rules = new List<Rule>();
                for (var r = random.Next(20) == 0 ? 0 : random.Next(1, 4); r > 0; r--)
                {
                    var expr = Prom.Metric("up").Where("job", Value(random)).GreaterThan(random.Next(10));
                    if (random.Next(2) == 0)
                    {
                        var alert = new AlertingRule(Name(random), expr);
                        if (random.Next(2) == 0) alert = alert.WithFor(PromDuration.FromMinutes(random.Next(1, 90)));
                        if (random.Next(3) == 0) alert = alert.WithKeepFiringFor(PromDuration.FromSeconds(random.Next(1, 7200)));
                        for (var l = random.Next(0, 3); l > 0; l--) alert = alert.WithLabel(Pick(random, ["severity", "team", "x_1"]), Value(random));
                        for (var a = random.Next(0, 3); a > 0; a--) alert = alert.WithAnnotation(Pick(random, ["summary", "description", "dashboard_url"]), Value(random));
                        rules.Add(alert);
                    }
                    else
                    {
                        var record = new RecordingRule(Name(random), expr);
                        if (random.Next(2) == 0) record = record.WithLabel("team", Value(random));
                        rules.Add(record);
                    }
                }
                var group = new RuleGroup(Name(random), [.. rules]);
                if (random.Next(2) == 0) group = group.WithInterval(PromDuration.FromSeconds(random.Next(1, 600)));
                if (random.Next(3) == 0) group = group.WithLimit(random.Next(0, 100));
                groups.Add(group);
            }
            var file = new RuleFile([.. groups]);
            if (!RuleYamlWriter.TryWrite(file, out var yaml)) continue;
            taken++;
            Assert.Equal(file.ToYamlWithYamlDotNet(), yaml);
        }
        Assert.True(taken > 100, $"the writer took only {taken} of 400 files");
        Assert.True(taken < 400, "no file was left to YamlDotNet");
    }

    [Fact]
    public void Files_outside_the_subset_go_to_YamlDotNet()
    {
        var expr = Prom.Metric("up").GreaterThan(0);
        Assert.False(RuleYamlWriter.TryWrite(new RuleFile(new RuleGroup("g", new AlertingRule("A", expr).WithLabel("team", "ünï"))), out _));
        Assert.False(RuleYamlWriter.TryWrite(new RuleFile(new RuleGroup("a b", new AlertingRule("A", expr))), out _));
        Assert.False(RuleYamlWriter.TryWrite(new RuleFile(new RuleGroup("g")), out _));
        Assert.True(RuleYamlWriter.TryWrite(new RuleFile(new RuleGroup("g", new AlertingRule("A", expr).WithLabel("team", "say \"hi\" \\o/"))), out _));
    }

    private static string Name(Random random) => random.Next(25) == 0 ? Pick(random, AwkwardNames) : Pick(random, Names);

    private static string Value(Random random) => random.Next(25) == 0 ? Pick(random, AwkwardValues) : Pick(random, Values);

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];
}
