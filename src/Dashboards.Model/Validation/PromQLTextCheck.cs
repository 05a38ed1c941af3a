using Dashboards.PromQL;
using Dashboards.PromQL.Parsing;

namespace Dashboards.Model;

/// <summary>Parses and type-checks PromQL written as text (raw targets and annotations) with Dashboards.PromQL.</summary>
internal static class PromQLTextCheck
{
    /// <summary>Problems with <paramref name="query"/>, each prefixed with its line:column in the query.</summary>
    public static void Check(string query, Action<string> report)
    {
        if (!PromQLParser.TryParse(query, out var expr, out var error))
        {
            report($"PromQL does not parse at {error!.Line}:{error.Column}: {error.Reason}{(error.Expected is null ? "" : "; expected " + error.Expected)} (query: {query})");
            return;
        }
        var type = expr!.Type;
        if (type is not (PromType.InstantVector or PromType.Scalar))
            report($"a panel query must be an instant vector or a scalar, but this is a {type.DisplayName()} (query: {query})");
    }
}
