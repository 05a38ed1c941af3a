using System.Text;
using Dashboards.Model;
using Dashboards.PromQL.Metrics;

namespace Dashboards.TestKit;

/// <summary>Assertions over a whole <see cref="Catalog"/>: it compiles, and its queries stay inside a metric catalog.</summary>
public static class CatalogAssert
{
    /// <summary>
    /// Compiles <paramref name="catalog"/> and returns the result; fails listing every error, one per line, each naming
    /// the dashboard, the panel and the JSON path.
    /// </summary>
    public static CatalogCompilation Compiles(Catalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var compilation = CatalogCompiler.Compile(catalog);
        if (compilation.Success) return compilation;

        var message = new StringBuilder();
        message.Append("The catalog does not compile: ").Append(compilation.Errors.Count)
            .Append(compilation.Errors.Count == 1 ? " error" : " errors").Append('\n');
        foreach (var error in compilation.Errors)
            message.Append("  - ").Append(error).Append('\n');
        throw new DashboardAssertionException(message.ToString().TrimEnd());
    }

    /// <summary>
    /// Fails when any Prometheus query of <paramref name="catalog"/> (panel targets, annotations, rule files) reads a
    /// metric <paramref name="metrics"/> does not export, matches or groups by a label the metric does not declare, or
    /// filters on a fixed label value that none of the declared values match. Each problem names the dashboard, panel
    /// or rule and quotes the query.
    /// </summary>
    public static void QueriesUseOnly(Catalog catalog, MetricCatalog metrics)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(metrics);
        var problems = MetricUsage.Problems(catalog, metrics);
        if (problems.Count == 0) return;
        throw new DashboardAssertionException(
            $"{problems.Count} {(problems.Count == 1 ? "query steps" : "queries step")} outside the metric catalog:\n  - " + string.Join("\n  - ", problems));
    }
}
