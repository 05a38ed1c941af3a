using Dashboards.PromQL;
using Dashboards.PromQL.Checks;
using Dashboards.PromQL.Metrics;
using Dashboards.PromQL.Parsing;

namespace Dashboards.Model;

/// <summary>
/// Checks panel and annotation PromQL with Dashboards.PromQL: text is parsed (errors carry line:column), the result
/// must be an instant vector or scalar, and <see cref="PromQLChecker"/> runs on every query. Without a metric catalog
/// only Error diagnostics count; with one, Warnings (rate on a gauge, unknown metric...) count too.
/// </summary>
internal static class PromQLQueryCheck
{
    public static void Check(string query, PromQLExpr? typed, MetricCatalog? metrics, Action<string> report)
    {
        Expr expr;
        if (typed is not null)
        {
            expr = typed.Syntax;
        }
        else
        {
            if (!PromQLParser.TryParse(query, out var parsed, out var error))
            {
                var expected = error!.Expected is null ? "" : "; expected " + error.Expected;
                report($"PromQL does not parse at {error.Line}:{error.Column}: {error.Reason}{expected} (query: {query})");
                return;
            }
            expr = parsed!;
            if (expr.Type is not (PromType.InstantVector or PromType.Scalar))
            {
                report($"a panel query must be an instant vector or a scalar, but this is a {expr.Type.DisplayName()} (query: {query})");
                return;
            }
        }

        foreach (var diagnostic in PromQLChecker.Check(expr, metrics))
        {
            var counts = diagnostic.Severity == DiagnosticSeverity.Error
                || (metrics is not null && diagnostic.Severity == DiagnosticSeverity.Warning);
            if (counts) report($"PromQL {diagnostic.Describe(typed is null ? query : null)} (query: {query})");
        }
    }
}
