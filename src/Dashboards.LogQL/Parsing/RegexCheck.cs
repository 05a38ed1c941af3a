using System.Text.RegularExpressions;

namespace Dashboards.LogQL.Parsing;

/// <summary>
/// Checks a LogQL regular expression (Go RE2 syntax) with .NET's engine, which reads the same common syntax once Go's
/// <c>(?P&lt;name&gt;</c> groups are spelled <c>(?&lt;name&gt;</c>. Patterns holding a Grafana variable are not checked:
/// Grafana replaces the variable before Loki sees the text.
/// </summary>
internal static class RegexCheck
{
    public static string? Problem(string pattern)
    {
        if (pattern.Contains('$')) return null;
        try
        {
            _ = new Regex(pattern.Replace("(?P<", "(?<", StringComparison.Ordinal), RegexOptions.None, TimeSpan.FromMilliseconds(100));
            return null;
        }
        catch (ArgumentException e)
        {
            return e.Message;
        }
    }

    /// <summary>True when the regex (anchored, as Loki anchors matchers) matches the empty string.</summary>
    public static bool MatchesEmpty(string pattern)
    {
        if (Problem(pattern) is not null) return false;
        try
        {
            return Regex.IsMatch("", "^(?:" + pattern.Replace("(?P<", "(?<", StringComparison.Ordinal) + ")$", RegexOptions.None, TimeSpan.FromMilliseconds(100));
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
