using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Dashboards.PromQL.Parsing;

/// <summary>
/// Checks label-matcher regexes the way Prometheus does at parse time. Prometheus uses RE2; .NET's engine is used as a
/// stand-in, with RE2's differences handled: RE2-only syntax is accepted, .NET-only syntax (lookaround, backreferences,
/// atomic groups) is rejected.
/// </summary>
public static class RegexCheck
{
    private static readonly ConcurrentDictionary<string, string?> Cache = new(StringComparer.Ordinal);
    private static int s_added;

    /// <summary>Null when Prometheus would accept the pattern, else the reason.</summary>
    public static string? Problem(string pattern)
    {
        if (pattern.Length == 0 || IsLiteralAlternation(pattern)) return null;
        if (Cache.TryGetValue(pattern, out var cached)) return cached;
        var problem = Compute(pattern);
        // Counted here: ConcurrentDictionary.Count takes every lock and, the first time, starts its EventSource (milliseconds).
        if (Interlocked.Increment(ref s_added) > 10_000)
        {
            Cache.Clear();
            s_added = 0;
        }
        Cache[pattern] = problem;
        return problem;
    }

    // Letters, digits, anchors, '.', '|', punctuation without meaning in either syntax, and one '*', '+' or '?' after a
    // character or '.': no group, class, escape, brace or stacked quantifier, so nothing RE2 or .NET could reject
    // ("$provider", "a|b|c", "gpt-4.*"). The common case is answered without building a Regex (its parser's warm-up is a
    // noticeable part of a short process's start: docs/benchmarks.md, cold start).
    private static bool IsLiteralAlternation(string pattern)
    {
        var atomBefore = false; // the previous character can take a quantifier
        foreach (var c in pattern)
        {
            if (c is '*' or '+' or '?')
            {
                if (!atomBefore) return false;
                atomBefore = false;
            }
            else if (c is '|' or '^' or '$') atomBefore = false;
            else if (char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or ':' or '/' or ' ' or ',' or '=' or '@' or '%' or '\'' or '"'
                     or '!' or '<' or '>' or '~' or '&' or ';')
                atomBefore = true;
            else return false;
        }
        return true;
    }

    private static string? Compute(string pattern)
    {
        if (pattern.Contains("(?=", StringComparison.Ordinal) || pattern.Contains("(?!", StringComparison.Ordinal)
            || pattern.Contains("(?<=", StringComparison.Ordinal) || pattern.Contains("(?<!", StringComparison.Ordinal))
            return "lookaround (?=, (?!, (?<=, (?<! is not supported by Prometheus (RE2)";
        if (pattern.Contains("(?>", StringComparison.Ordinal)) return "atomic groups (?> are not supported by Prometheus (RE2)";
        for (var i = 0; i + 1 < pattern.Length; i++)
        {
            if (pattern[i] == '\\')
            {
                if (char.IsAsciiDigit(pattern[i + 1]) && pattern[i + 1] != '0') return $"backreference \\{pattern[i + 1]} is not supported by Prometheus (RE2)";
                i++;
            }
        }
        try
        {
            _ = new Regex("^(?:" + pattern + ")$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            return null;
        }
        catch (ArgumentException e)
        {
            // Syntax RE2 has and .NET lacks: do not reject what Prometheus accepts.
            if (pattern.Contains("\\Q", StringComparison.Ordinal) || pattern.Contains("\\C", StringComparison.Ordinal)
                || pattern.Contains("(?P<", StringComparison.Ordinal) || pattern.Contains("(?U", StringComparison.Ordinal)
                || pattern.Contains("\\p", StringComparison.Ordinal) || pattern.Contains("\\P", StringComparison.Ordinal)
                || pattern.Contains("\\z", StringComparison.Ordinal))
                return null;
            var reason = e is RegexParseException rpe ? rpe.Error.ToString() : e.Message;
            return $"error parsing regexp: {Describe(reason)}";
        }
    }

    private static string Describe(string error) => error switch
    {
        nameof(RegexParseError.InsufficientClosingParentheses) => "missing closing )",
        nameof(RegexParseError.InsufficientOpeningParentheses) => "unexpected )",
        nameof(RegexParseError.UnrecognizedEscape) => "invalid escape sequence",
        nameof(RegexParseError.UnterminatedBracket) => "missing closing ]",
        nameof(RegexParseError.QuantifierAfterNothing) => "missing argument to repetition operator",
        nameof(RegexParseError.NestedQuantifiersNotParenthesized) => "invalid nested repetition operator",
        _ => error,
    };
}
