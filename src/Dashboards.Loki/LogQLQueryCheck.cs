using Dashboards.LogQL;
using Dashboards.LogQL.Parsing;

namespace Dashboards.Model;

/// <summary>
/// Checks Loki queries written as text with Dashboards.LogQL: they must parse, with Loki's own rules (a selector matcher
/// that cannot match the empty value, unwrap where an <c>_over_time</c> needs it, grouping only where allowed); errors
/// carry line:column. Typed queries were checked when they were built.
/// </summary>
internal static class LogQLQueryCheck
{
    public static void Check(string query, LogQLQuery? typed, Action<string> report)
    {
        if (typed is not null) return;
        if (!LogQLParser.TryParse(query, out _, out var error))
        {
            var expected = error!.Expected is null ? "" : "; expected " + error.Expected;
            report($"LogQL does not parse at {error.Line}:{error.Column}: {error.Reason}{expected} (query: {query})");
        }
    }
}
