using System.Text.RegularExpressions;
using Dashboards.PromQL.Parsing;

namespace Dashboards.PromQL.Tests.Parsing;

/// <summary>
/// <see cref="RegexCheck"/> answers simple patterns (literals, '.', '|', anchors, single quantifiers) without building a
/// Regex. The judge is .NET's own regex parser: over random patterns from that alphabet and from the characters around
/// it, the check must accept exactly what the parser accepts.
/// </summary>
public class RegexCheckTests
{
    [Fact]
    public void Random_patterns_get_the_verdict_of_the_regex_parser()
    {
        const string alphabet = "ab9_-.|^$*+?:/ ,=@%'\"!<>~&;(){}[]\\#";
        var random = new Random(17);
        var accepted = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var chars = new char[random.Next(1, 9)];
            for (var i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            var pattern = new string(chars);
            if (pattern.Contains("\\Q") || pattern.Contains("\\C") || pattern.Contains("\\p") || pattern.Contains("\\P") || pattern.Contains("\\z")
                || pattern.Contains("(?")) continue; // RE2-only syntax and lookaround have their own rules (below the parser)

            bool parses;
            try
            {
                _ = new Regex("^(?:" + pattern + ")$", RegexOptions.CultureInvariant);
                parses = !HasBackreference(pattern);
            }
            catch (ArgumentException)
            {
                parses = false;
            }
            Assert.True(parses == (RegexCheck.Problem(pattern) is null), $"pattern {pattern}: the regex parser says {(parses ? "valid" : "invalid")}");
            if (parses) accepted++;
        }
        Assert.True(accepted > 2_000, $"only {accepted} valid patterns were tried");
    }

    [Theory]
    [InlineData("$provider")]
    [InlineData("anthropic|openai|google")]
    [InlineData("gpt-4.*")]
    [InlineData("5..")]
    [InlineData("^api.example.com$")]
    public void Common_label_patterns_are_accepted(string pattern) => Assert.Null(RegexCheck.Problem(pattern));

    [Theory]
    [InlineData("*a")]
    [InlineData("a**")]
    [InlineData("|+")]
    [InlineData("a|?")]
    public void Quantifiers_without_an_operand_are_rejected(string pattern) => Assert.NotNull(RegexCheck.Problem(pattern));

    private static bool HasBackreference(string pattern)
    {
        for (var i = 0; i + 1 < pattern.Length; i++)
        {
            if (pattern[i] != '\\') continue;
            if (char.IsAsciiDigit(pattern[i + 1]) && pattern[i + 1] != '0') return true;
            i++;
        }
        return false;
    }
}
