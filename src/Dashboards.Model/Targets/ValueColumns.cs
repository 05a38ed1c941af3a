namespace Dashboards.Model;

/// <summary>
/// The name Grafana's datasources give the value column of a query answered as a table, so renames, sorts and overrides
/// can name it safely: a Prometheus table-format query's column is <c>Value</c> while it is the panel's only one and
/// <c>Value #&lt;refId&gt;</c> when several table queries answer (grafana-prometheus <c>transformDFToTable</c>); a Loki
/// instant metric query's column is always <c>Value #&lt;refId&gt;</c> (loki <c>makeTableFrames</c>). Time series carry
/// their legend as the field's display name instead, so they have no value column here. Each target type names its own
/// (<see cref="Target"/>'s <c>ValueColumn</c>).
/// </summary>
public static class ValueColumns
{
    /// <summary>Grafana's value column of a single Prometheus table query.</summary>
    public const string Single = "Value";

    /// <summary><c>Value #&lt;refId&gt;</c>.</summary>
    public static string OfRefId(string refId) =>
        string.IsNullOrEmpty(refId) ? throw new ArgumentException("A refId cannot be empty.", nameof(refId)) : "Value #" + refId;

    /// <summary>
    /// The value column of query <paramref name="refId"/> of <paramref name="panel"/>, as its datasource names it given
    /// the panel's other queries, e.g. <c>panel.ValueColumn("A")</c> in an Organize built after <c>WithTargets</c>.
    /// </summary>
    public static string ValueColumn(this Panel panel, string refId)
    {
        ArgumentNullException.ThrowIfNull(panel);
        var columns = Of(panel);
        if (columns.TryGetValue(refId, out var name)) return name;
        var refIds = Json.DashboardJsonEmitter.AssignRefIds(panel.Targets.IsDefault ? [] : panel.Targets);
        throw new ArgumentException(Array.IndexOf(refIds, refId) < 0
            ? $"Panel '{panel.Title}' has no query '{refId}'; its queries are [{string.Join(", ", refIds)}]."
            : $"Query '{refId}' of panel '{panel.Title}' is not answered as a table (Prometheus format table, or a Loki instant metric query), so it has no value column.", nameof(refId));
    }

    /// <summary>The value column of each table-answered query of <paramref name="panel"/>, by refId.</summary>
    public static IReadOnlyDictionary<string, string> Of(Panel panel)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (panel.Targets.IsDefaultOrEmpty) return result;
        var refIds = Json.DashboardJsonEmitter.AssignRefIds(panel.Targets);
        for (var i = 0; i < panel.Targets.Length; i++)
        {
            var target = panel.Targets[i];
            // Hidden queries are not sent, so they answer nothing; each query type knows its datasource's column name.
            if (!target.Hide && target.ValueColumnOf(refIds[i], panel.Targets) is { } name) result[refIds[i]] = name;
        }
        return result;
    }

    /// <summary>True for names shaped like a value column (<c>Value</c>, <c>Value #X</c>).</summary>
    internal static bool LooksLikeValueColumn(string name) =>
        name == Single || (name.StartsWith("Value #", StringComparison.Ordinal) && name.Length > 7);
}
