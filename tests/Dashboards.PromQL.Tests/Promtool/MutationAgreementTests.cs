using Dashboards.PromQL.Parsing;
using Dashboards.PromQL.Tests.Properties;

namespace Dashboards.PromQL.Tests.Promtool;

/// <summary>
/// Differential fuzzing: valid queries are damaged at random (characters dropped, swapped, tokens inserted) and our
/// parser must accept exactly the mutants promtool accepts. Fixed seed, so a failure is reproducible.
/// </summary>
public class MutationAgreementTests
{
    private static readonly string[] Insertions =
    [
        ",", "(", ")", " by (a) ", "[5m]", " offset 1m", " bool ", " on (a) ", "-", "{a=\"b\"}", ":", " @ 1", " group_left ", "[1m:]", " and ", "^", " 1 ", "'", "\"",
        "0", "0x", "[0s]", "{", "}", "=~", "!~", "!=", "==", "@", " offset ", "5m", "e", ".", " without ", " sum ", "[", "]", " or ", "*", "\\", "Inf", " start()",
    ];

    [Fact]
    public void Parser_and_promtool_agree_on_damaged_queries()
    {
        var random = new Random(int.TryParse(Environment.GetEnvironmentVariable("PROMQL_MUTATION_SEED"), out var seed) ? seed : 424242);
        var trees = new RandomTrees(random, promtoolCompatible: true);
        var mutants = new List<string>();
        while (mutants.Count < 1500)
        {
            var text = trees.Instant(random.Next(1, 4)).ToString();
            if (text.Contains('$') || text.Contains("[[", StringComparison.Ordinal) || text.Contains('#')) continue;
            var i = random.Next(text.Length);
            var mutant = random.Next(3) switch
            {
                0 => text.Remove(i, 1),
                1 when i + 1 < text.Length => text[..i] + text[i + 1] + text[i] + text[(i + 2)..],
                _ => text.Insert(i, Insertions[random.Next(Insertions.Length)]),
            };
            if (mutant.Contains('#') || mutant.Contains('$')) continue;
            mutants.Add(mutant);
        }
        var promtool = Dashboards.Testing.Promtool.CheckExpressions(mutants);
        // The installed promtool's release is the target: newer syntax (x[5], 1_000, ...) must be rejected as it rejects it.
        var target = new PromTarget(Dashboards.Testing.Promtool.Version());
        var disagreements = new List<string>();
        for (var i = 0; i < mutants.Count; i++)
        {
            var promtoolAccepts = !promtool.ContainsKey(i);
            var weAccept = PromQLParser.TryParse(mutants[i], target, out _, out var error);
            if (promtoolAccepts != weAccept)
                disagreements.Add($"{mutants[i]}\n    promtool: {(promtoolAccepts ? "accepts" : promtool[i])}\n    ours: {(weAccept ? "accepts" : error!.Message)}");
        }
        Assert.True(promtool.Count > 300 && promtool.Count < mutants.Count - 100, $"{promtool.Count} of {mutants.Count} rejected");
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} disagreements:\n" + string.Join("\n", disagreements.Take(30)));
    }
}
