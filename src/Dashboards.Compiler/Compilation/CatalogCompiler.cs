using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Dashboards.Model.Json;
using Dashboards.Model.Schema;
using Dashboards.PromQL.Metrics;

namespace Dashboards.Model;

/// <summary>
/// Compiles a <see cref="Catalog"/>: validates every dashboard (model rules, then Grafana JSON against our schema),
/// emits deterministic JSON and renders rule files. All or nothing: any error and only errors come back.
/// </summary>
public static partial class CatalogCompiler
{
    private const string CatalogName = "(catalog)";

    /// <summary>Catalogs with fewer dashboards than this compile on the calling thread.</summary>
    private const int SequentialBelow = 32;

    public static CatalogCompilation Compile(Catalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var errors = new List<CompileError>();
        var uids = new Dictionary<string, string>(StringComparer.Ordinal);
        var folderTitles = new Dictionary<string, string>(StringComparer.Ordinal);
        var work = new List<(Folder Folder, Dashboard Dashboard, MetricCatalog? Metrics)>();

        for (var f = 0; f < catalog.Folders.Length; f++)
        {
            var (folder, members, metrics) = catalog.Folders[f];
            CheckFolder(folder, $"catalog.folders[{f}]", folderTitles, errors);
            foreach (var dashboard in members)
            {
                CheckUidUnique(dashboard, uids, errors);
                work.Add((folder, dashboard, metrics));
            }
        }

        // Dashboards are independent: compile them in parallel, then merge in catalog order so output stays deterministic.
        var compiled = new CompiledDashboard?[work.Count];
        var dashboardErrors = new List<CompileError>[work.Count];
        void CompileAt(int i)
        {
            var local = new List<CompileError>();
            compiled[i] = CompileDashboard(work[i].Folder, work[i].Dashboard, work[i].Metrics, local);
            dashboardErrors[i] = local;
        }
        // One contiguous range per core: handing out one short dashboard at a time made the thread pool grow and
        // spin on 2-core runners (12-91 ms instead of 8 ms for the suites; see docs/benchmarks.md). A small catalog
        // compiles on this thread: starting pool threads costs more CPU than its few milliseconds (cold start).
        var workers = work.Count < SequentialBelow ? 1 : Math.Min(Environment.ProcessorCount, work.Count);
        if (workers <= 1)
        {
            for (var i = 0; i < work.Count; i++) CompileAt(i);
        }
        else
        {
            var ranges = Partitioner.Create(0, work.Count, (work.Count + workers - 1) / workers);
            Parallel.ForEach(ranges, new ParallelOptions { MaxDegreeOfParallelism = workers }, range =>
            {
                for (var i = range.Item1; i < range.Item2; i++) CompileAt(i);
            });
        }

        var dashboards = new List<CompiledDashboard>(work.Count);
        for (var i = 0; i < work.Count; i++)
        {
            errors.AddRange(dashboardErrors[i]);
            if (compiled[i] is { } done) dashboards.Add(done);
        }

        var ruleFiles = CompileRuleFiles(catalog.RuleFiles, errors);

        return errors.Count == 0
            ? new CatalogCompilation(dashboards, ruleFiles, [])
            : new CatalogCompilation([], [], errors);
    }

    /// <summary>Validates and emits one dashboard; null (and errors added) when it is invalid.</summary>
    internal static CompiledDashboard? CompileDashboard(Folder folder, Dashboard dashboard, MetricCatalog? metrics, List<CompileError> errors)
    {
        var before = errors.Count;
        var layout = LayoutEngine.Arrange(dashboard);
        DashboardValidator.Validate(dashboard, layout, metrics, errors);
        if (errors.Count > before) return null;

        // The schema is checked while the JSON is written (no second parse); a document that check does not accept goes
        // through the full validators, which decide and word the errors.
        var cursor = SchemaValidator.StartCursor();
        var json = DashboardJson.Serialize(dashboard, layout, cursor);
        if (!cursor.Accepted)
        {
            foreach (var schemaError in SchemaValidator.Validate(dashboard.Title, json))
                errors.Add(new CompileError(dashboard.Title, null, schemaError.Path, "schema: " + schemaError.Message));
        }
        if (errors.Count > before) return null;

        var queries = 0;
        foreach (var panel in dashboard.Panels) queries += panel.Targets.Length;
        foreach (var row in dashboard.Rows)
            foreach (var panel in row.Panels) queries += panel.Targets.Length;
        return new CompiledDashboard(folder, dashboard.Uid, dashboard.Title, dashboard.PanelCount, queries, json, dashboard);
    }

    [GeneratedRegex("^[A-Za-z0-9_.-]+$")]
    private static partial Regex RuleFileNamePattern();

    private static List<CompiledRuleFile> CompileRuleFiles(ImmutableArray<NamedRuleFile> files, List<CompileError> errors)
    {
        var compiled = new List<CompiledRuleFile>(files.Length);
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < files.Length; i++)
        {
            var (name, file) = files[i];
            var path = $"catalog.ruleFiles[{i}]";
            var label = $"(rule file '{name}')";
            if (string.IsNullOrEmpty(name) || !RuleFileNamePattern().IsMatch(name))
                errors.Add(new CompileError(label, null, path + ".name", "a rule file name may only contain A-Z, a-z, 0-9, '_', '-' and '.'"));
            else if (!names.Add(name))
                errors.Add(new CompileError(label, null, path + ".name", $"rule file name '{name}' is used twice"));
            var problems = file.Validate();
            if (problems.Count > 0)
            {
                foreach (var problem in problems) errors.Add(new CompileError(label, null, path, problem));
                continue;
            }
            compiled.Add(new CompiledRuleFile(name, file.ToYaml()));
        }
        return compiled;
    }

    private static void CheckUidUnique(Dashboard dashboard, Dictionary<string, string> uids, List<CompileError> errors)
    {
        if (uids.TryGetValue(dashboard.Uid, out var otherTitle))
            errors.Add(new CompileError(dashboard.Title, null, "uid", $"uid '{dashboard.Uid}' is also used by dashboard \"{otherTitle}\""));
        else
            uids.Add(dashboard.Uid, dashboard.Title);
    }

    private static void CheckFolder(Folder folder, string path, Dictionary<string, string> titles, List<CompileError> errors)
    {
        if (DashboardValidator.UidProblem(folder.Uid) is { } problem)
            errors.Add(new CompileError(CatalogName, null, path + ".uid", "folder " + problem));
        if (string.IsNullOrWhiteSpace(folder.Title))
            errors.Add(new CompileError(CatalogName, null, path + ".title", $"folder '{folder.Uid}' has no title"));
        if (titles.TryGetValue(folder.Uid, out var title) && title != folder.Title)
            errors.Add(new CompileError(CatalogName, null, path + ".uid", $"folder uid '{folder.Uid}' is used for two titles: \"{title}\" and \"{folder.Title}\""));
        else titles.TryAdd(folder.Uid, folder.Title);
    }
}
