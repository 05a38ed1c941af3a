using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Dashboards.Testing;

/// <summary>
/// Runs Prometheus's <c>promtool</c> (Debian package at /usr/bin/promtool, or $PROMTOOL). promtool cannot parse a bare
/// expression, so expressions are written as recording rules into a temporary rule file and checked with
/// <c>promtool check rules</c>, many per file. Missing promtool is an error, never a silent skip.
/// </summary>
public static partial class Promtool
{
    /// <summary>Fixed stand-ins for Grafana's variables, so promtool sees plain PromQL.</summary>
    public const string RateIntervalValue = "1m";

    public const string IntervalValue = "15s";

    public const string RangeValue = "1h";

    public const string OtherVariableValue = "5m";

    /// <summary>Number stand-ins, consistent with the durations above ($__range = 1h = 3600 s).</summary>
    public const string RangeSecondsValue = "3600";

    public const string RangeMillisecondsValue = "3600000";

    public const string IntervalMillisecondsValue = "15000";

    public const string RateIntervalMillisecondsValue = "60000";

    /// <summary>$__from / $__to: epoch milliseconds.</summary>
    public const string TimeValue = "1700000000000";

    /// <summary>A dashboard variable where a number is expected (topk($k, x), x * $factor).</summary>
    public const string OtherNumberValue = "5";

    /// <summary>Where promtool is: $PROMTOOL, /usr/bin/promtool, or the first promtool on PATH.</summary>
    public static string? FindExecutable()
    {
        var env = Environment.GetEnvironmentVariable("PROMTOOL");
        if (!string.IsNullOrEmpty(env) && File.Exists(env)) return env;
        if (File.Exists("/usr/bin/promtool")) return "/usr/bin/promtool";
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(dir, "promtool");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>The promtool path; throws with instructions when it is missing.</summary>
    public static string RequireExecutable() =>
        FindExecutable() ?? throw new InvalidOperationException(
            "promtool was not found (looked at $PROMTOOL, /usr/bin/promtool and PATH). Install Debian's 'prometheus' package " +
            "(apt-get install prometheus) or set PROMTOOL; these tests must not pass without it.");

    /// <summary>The version line promtool prints, e.g. "promtool, version 2.42.0+ds ...".</summary>
    public static Version Version()
    {
        var result = Run(["--version"]);
        var match = VersionPattern().Match(result.StandardOutput + result.StandardError);
        if (!match.Success) throw new InvalidOperationException("Could not read promtool's version from: " + result.StandardOutput + result.StandardError);
        return new Version(int.Parse(match.Groups[1].Value), int.Parse(match.Groups[2].Value), int.Parse(match.Groups[3].Value));
    }

    /// <summary>Runs <c>promtool check rules</c> on YAML text.</summary>
    public static PromtoolResult CheckRules(string yaml)
    {
        var file = Path.Combine(Path.GetTempPath(), $"promtool-{Guid.NewGuid():N}.rules.yml");
        File.WriteAllText(file, yaml, new UTF8Encoding(false));
        try
        {
            return Run(["check", "rules", file]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>
    /// Checks many expressions in one promtool run. Grafana variables are replaced by fixed durations first.
    /// Returns, for each expression that promtool rejects, its index and promtool's message.
    /// </summary>
    public static IReadOnlyDictionary<int, string> CheckExpressions(IReadOnlyList<string> expressions)
    {
        var sb = new StringBuilder("groups:\n- name: expressions\n  rules:\n");
        for (var i = 0; i < expressions.Count; i++)
        {
            sb.Append("  - record: r").Append(i).Append('\n');
            sb.Append("    expr: |-\n");
            foreach (var line in SubstituteGrafanaVariables(expressions[i]).Split('\n'))
                sb.Append("      ").Append(line).Append('\n');
        }
        var result = CheckRules(sb.ToString());
        var failures = new Dictionary<int, string>();
        foreach (Match m in RuleErrorPattern().Matches(result.StandardOutput + "\n" + result.StandardError))
            failures[int.Parse(m.Groups[1].Value)] = m.Groups[2].Value.Trim();
        if (result.ExitCode != 0 && failures.Count == 0)
            throw new InvalidOperationException($"promtool check rules failed without naming a rule (exit {result.ExitCode}):\n{result.StandardOutput}\n{result.StandardError}");
        if (result.ExitCode == 0 && failures.Count > 0)
            throw new InvalidOperationException("promtool reported rule errors but exited 0:\n" + result.StandardError);
        return failures;
    }

    /// <summary>
    /// Replaces Grafana variables outside string literals the way Grafana would: $__rate_interval, $__interval,
    /// $__range by fixed durations; $__range_s, $__range_ms, $__interval_ms, $__rate_interval_ms, $__from, $__to by
    /// numbers; any other $x, ${x}, [[x]] by a duration inside [range], [range:step] and after offset, by a number
    /// elsewhere. Variables inside strings stay, since they are plain text to Prometheus.
    /// </summary>
    public static string SubstituteGrafanaVariables(string query)
    {
        var sb = new StringBuilder(query.Length);
        var i = 0;
        while (i < query.Length)
        {
            var c = query[i];
            if (c is '"' or '\'' or '`')
            {
                var end = i + 1;
                while (end < query.Length && query[end] != c)
                {
                    if (query[end] == '\\' && c != '`') end++;
                    end++;
                }
                end = Math.Min(end + 1, query.Length);
                sb.Append(query, i, end - i);
                i = end;
                continue;
            }
            if (c == '#')
            {
                var end = query.IndexOf('\n', i);
                if (end < 0) end = query.Length;
                sb.Append(query, i, end - i);
                i = end;
                continue;
            }
            var variable = VariableAt(query, i);
            if (variable > 0)
            {
                sb.Append(VariableName(query.AsSpan(i, variable)) switch
                {
                    "__rate_interval" => RateIntervalValue,
                    "__interval" => IntervalValue,
                    "__range" => RangeValue,
                    "__range_s" => RangeSecondsValue,
                    "__range_ms" => RangeMillisecondsValue,
                    "__interval_ms" => IntervalMillisecondsValue,
                    "__rate_interval_ms" => RateIntervalMillisecondsValue,
                    "__from" or "__to" => TimeValue,
                    _ => IsDurationPosition(sb) ? OtherVariableValue : OtherNumberValue,
                });
                i += variable;
                continue;
            }
            sb.Append(c);
            i++;
        }
        return sb.ToString();
    }

    /// <summary>k for $k, ${k}, ${k:format} and [[k]].</summary>
    private static ReadOnlySpan<char> VariableName(ReadOnlySpan<char> variable)
    {
        if (variable[0] == '[') return variable[2..^2];
        if (variable.Length < 2 || variable[1] != '{') return variable[1..];
        var inner = variable[2..^1];
        var colon = inner.IndexOf(':');
        return colon >= 0 ? inner[..colon] : inner;
    }

    /// <summary>True when what was written so far ends where PromQL wants a duration: "[", "[5m:" or the keyword "offset".</summary>
    private static bool IsDurationPosition(StringBuilder written)
    {
        var end = written.Length;
        while (end > 0 && char.IsWhiteSpace(written[end - 1])) end--;
        if (end == 0) return false;
        if (written[end - 1] is '[' or ':') return true;
        const string offset = "offset";
        if (end < offset.Length) return false;
        for (var k = 0; k < offset.Length; k++)
        {
            if (char.ToLowerInvariant(written[end - offset.Length + k]) != offset[k]) return false;
        }
        var before = end - offset.Length - 1;
        return before < 0 || !(char.IsAsciiLetterOrDigit(written[before]) || written[before] is '_' or ':');
    }

    private static int VariableAt(string s, int i)
    {
        if (s[i] == '$')
        {
            if (i + 1 < s.Length && s[i + 1] == '{')
            {
                var close = s.IndexOf('}', i);
                return close < 0 ? 0 : close - i + 1;
            }
            var end = i + 1;
            while (end < s.Length && (char.IsAsciiLetterOrDigit(s[end]) || s[end] == '_')) end++;
            return end > i + 1 ? end - i : 0;
        }
        if (s[i] == '[' && i + 1 < s.Length && s[i + 1] == '[')
        {
            var end = i + 2;
            while (end < s.Length && (char.IsAsciiLetterOrDigit(s[end]) || s[end] == '_')) end++;
            if (end > i + 2 && end + 1 < s.Length && s[end] == ']' && s[end + 1] == ']') return end + 2 - i;
        }
        return 0;
    }

    private static PromtoolResult Run(string[] args)
    {
        var exe = RequireExecutable();
        var psi = new ProcessStartInfo(exe)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("Could not start " + exe);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"promtool {string.Join(' ', args)} did not finish within 2 minutes.");
        }
        return new PromtoolResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    [GeneratedRegex(@"rule \d+, ""r(\d+)"": (.*)")]
    private static partial Regex RuleErrorPattern();

    [GeneratedRegex(@"version (\d+)\.(\d+)\.(\d+)")]
    private static partial Regex VersionPattern();
}

/// <summary>Exit code and output of one promtool run.</summary>
public sealed record PromtoolResult(int ExitCode, string StandardOutput, string StandardError)
{
    public bool Success => ExitCode == 0;

    public override string ToString() => $"exit {ExitCode}\n{StandardOutput}\n{StandardError}";
}
