using System.Text.Json;
using Dashboards.PromQL;
using Dashboards.PromQL.Parsing;

namespace Dashboards.Benchmarks.Workloads;

/// <summary>
/// The PromQL the parse and print benchmarks run over. Two sets, both in sync with the code they come from:
/// <list type="bullet">
/// <item><c>seed-table</c>: every valid query of the PromQL tests' seed table (<c>seed-queries.json</c>, embedded at build time).</item>
/// <item><c>suites</c>: every Prometheus <c>expr</c> in the compiled JSON of the five seed suites.</item>
/// </list>
/// </summary>
public static class QuerySets
{
    public const string SeedTable = "seed-table";
    public const string Suites = "suites";

    private static readonly Lazy<IReadOnlyList<string>> SeedTableQueries = new(LoadSeedTable);
    private static readonly Lazy<IReadOnlyList<string>> SuiteQueries = new(() => CollectPrometheusExprs(SuiteCatalog.CompiledJson));

    public static IReadOnlyList<string> Get(string name) => name switch
    {
        SeedTable => SeedTableQueries.Value,
        Suites => SuiteQueries.Value,
        _ => throw new ArgumentException($"Unknown query set '{name}'; use '{SeedTable}' or '{Suites}'.", nameof(name)),
    };

    /// <summary>The valid queries (<c>in</c> of entries that have an <c>out</c>) of the seed table.</summary>
    private static IReadOnlyList<string> LoadSeedTable()
    {
        const string resource = "Dashboards.Benchmarks.seed-queries.json";
        using var stream = typeof(QuerySets).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource '{resource}' is missing.");
        using var document = JsonDocument.Parse(stream);
        var queries = new List<string>();
        foreach (var entry in document.RootElement.GetProperty("queries").EnumerateArray())
        {
            if (entry.TryGetProperty("out", out _)) queries.Add(entry.GetProperty("in").GetString()!);
        }
        return Checked(queries, "the seed table");
    }

    /// <summary>
    /// Every <c>expr</c> of a Prometheus target (the target's, else its panel's, else its row's datasource type is
    /// <c>prometheus</c>, or none is named) in the given dashboard JSON documents.
    /// </summary>
    public static IReadOnlyList<string> CollectPrometheusExprs(IEnumerable<byte[]> dashboards)
    {
        var queries = new List<string>();
        foreach (var json in dashboards)
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.TryGetProperty("panels", out var panels)) CollectPanels(panels, null, queries);
        }
        return Checked(queries, "the compiled suites");
    }

    private static void CollectPanels(JsonElement panels, string? inherited, List<string> queries)
    {
        foreach (var panel in panels.EnumerateArray())
        {
            var panelType = DatasourceType(panel, "datasource") ?? inherited;
            if (panel.TryGetProperty("targets", out var targets))
            {
                foreach (var target in targets.EnumerateArray())
                {
                    var type = DatasourceType(target, "datasource") ?? panelType;
                    if (type is null or "prometheus" && target.TryGetProperty("expr", out var expr) && expr.ValueKind == JsonValueKind.String)
                        queries.Add(expr.GetString()!);
                }
            }
            if (panel.TryGetProperty("panels", out var children)) CollectPanels(children, panelType, queries);
        }
    }

    private static string? DatasourceType(JsonElement element, string property) =>
        element.TryGetProperty(property, out var ds) && ds.ValueKind == JsonValueKind.Object && ds.TryGetProperty("type", out var type)
            ? type.GetString()
            : null;

    /// <summary>Fails loudly if a query in the set does not parse: a benchmark over failing parses would measure exceptions.</summary>
    private static IReadOnlyList<string> Checked(List<string> queries, string source)
    {
        if (queries.Count == 0) throw new InvalidOperationException($"No PromQL queries found in {source}.");
        foreach (var q in queries)
        {
            if (!PromQLParser.TryParse(q, out _, out var error))
                throw new InvalidOperationException($"Query from {source} does not parse ({error!.Message}): {q}");
        }
        return queries;
    }
}
