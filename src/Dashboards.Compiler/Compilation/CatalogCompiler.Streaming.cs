using Dashboards.PromQL.Metrics;

namespace Dashboards.Model;

/// <summary>One dashboard compiled by <see cref="CatalogCompiler.CompileEach"/>: its JSON, or the errors that stopped it.</summary>
public sealed record DashboardCompilation(Folder Folder, Dashboard Source, CompiledDashboard? Output, IReadOnlyList<CompileError> Errors)
{
    public bool Success => Errors.Count == 0;
}

public static partial class CatalogCompiler
{
    /// <summary>
    /// Compiles dashboards one at a time as <paramref name="dashboards"/> is enumerated, for catalogs too large to
    /// hold in memory at once (generated dashboards in CI): each result is yielded as soon as it is done and can be
    /// written and dropped. The same checks as <see cref="Compile"/> apply, including folder checks and uids unique
    /// across everything compiled so far; only the uids and folder titles are kept between dashboards.
    /// Unlike <see cref="Compile"/> this is not all-or-nothing: the caller decides what to do with a failed dashboard.
    /// </summary>
    public static IEnumerable<DashboardCompilation> CompileEach(
        IEnumerable<(Folder Folder, Dashboard Dashboard)> dashboards, MetricCatalog? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(dashboards);
        return Iterate(dashboards, metrics);

        static IEnumerable<DashboardCompilation> Iterate(IEnumerable<(Folder Folder, Dashboard Dashboard)> dashboards, MetricCatalog? metrics)
        {
            var uids = new Dictionary<string, string>(StringComparer.Ordinal);
            var folderTitles = new Dictionary<string, string>(StringComparer.Ordinal);
            var index = 0;
            foreach (var (folder, dashboard) in dashboards)
            {
                ArgumentNullException.ThrowIfNull(folder);
                ArgumentNullException.ThrowIfNull(dashboard);
                var errors = new List<CompileError>();
                CheckFolder(folder, $"dashboards[{index++}].folder", folderTitles, errors);
                CheckUidUnique(dashboard, uids, errors);
                var compiled = CompileDashboard(folder, dashboard, metrics, errors);
                yield return new DashboardCompilation(folder, dashboard, errors.Count == 0 ? compiled : null, errors);
            }
        }
    }
}
