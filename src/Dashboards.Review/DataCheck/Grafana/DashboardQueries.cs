using System.Globalization;
using System.Text.Json.Nodes;

namespace Dashboards.Review.DataCheck.Grafana;

/// <summary>A dashboard as Grafana reads it from the emitted JSON: time range, variables, panel targets, annotations.</summary>
public sealed record DashboardQueries(
    string Uid,
    string Title,
    string TimeFrom,
    string TimeTo,
    IReadOnlyList<VariableDefinition> Variables,
    IReadOnlyList<PanelTarget> Targets,
    IReadOnlyList<AnnotationTarget> Annotations)
{
    /// <summary>Panel width in pixels per grid column, assuming a 1920 px wide dashboard (Grafana uses the panel width as maxDataPoints).</summary>
    public const int PixelsPerGridColumn = 80;

    /// <summary>Reads the emitted JSON. Panels nested in rows (<c>panels</c> of a <c>row</c>) are included.</summary>
    public static DashboardQueries Read(JsonNode dashboard)
    {
        var root = dashboard.AsObject();
        var uid = root["uid"]?.GetValue<string>() ?? "";
        var title = root["title"]?.GetValue<string>() ?? uid;
        var time = root["time"]?.AsObject();
        var variables = (root["templating"]?["list"]?.AsArray() ?? []).OfType<JsonObject>().Select(VariableDefinition.Read).ToList();
        var datasourceVariables = variables.Where(v => v.Type == "datasource")
            .ToDictionary(v => v.Name, v => v.Query ?? "", StringComparer.Ordinal);

        var targets = new List<PanelTarget>();
        foreach (var panel in (root["panels"]?.AsArray() ?? []).OfType<JsonObject>())
        {
            ReadPanel(panel, parentPath: null, datasourceVariables, targets);
        }

        var annotations = new List<AnnotationTarget>();
        foreach (var annotation in (root["annotations"]?["list"]?.AsArray() ?? []).OfType<JsonObject>())
        {
            if (annotation["builtIn"]?.GetValueKind() == System.Text.Json.JsonValueKind.Number && annotation["builtIn"]!.GetValue<int>() == 1) continue;
            var expr = annotation["expr"]?.GetValue<string>() ?? annotation["target"]?["expr"]?.GetValue<string>();
            if (expr is null) continue;
            annotations.Add(new AnnotationTarget(
                annotation["name"]?.GetValue<string>() ?? "",
                expr,
                DatasourceType(annotation["datasource"], datasourceVariables) ?? "prometheus",
                annotation["step"]?.GetValue<string>(),
                annotation["enable"]?.GetValue<bool>() ?? true));
        }

        return new DashboardQueries(uid, title,
            time?["from"]?.GetValue<string>() ?? "now-6h",
            time?["to"]?.GetValue<string>() ?? "now",
            variables, targets, annotations);
    }

    private static void ReadPanel(JsonObject panel, string? parentPath, IReadOnlyDictionary<string, string> datasourceVariables, List<PanelTarget> output)
    {
        var type = panel["type"]?.GetValue<string>() ?? "";
        var title = panel["title"]?.GetValue<string>() ?? "";
        var id = panel["id"]?.GetValue<int>();
        var name = title.Length > 0 ? title : $"panel {id}";
        var path = parentPath is null ? name : parentPath + " / " + name;
        if (type == "row")
        {
            foreach (var child in (panel["panels"]?.AsArray() ?? []).OfType<JsonObject>()) ReadPanel(child, path, datasourceVariables, output);
            return;
        }

        var panelDatasource = DatasourceType(panel["datasource"], datasourceVariables);
        var width = panel["gridPos"]?["w"]?.GetValue<int>() ?? 12;
        var panelMaxDataPoints = IntValue(panel["maxDataPoints"]);
        var panelInterval = panel["interval"]?.GetValue<string>();
        foreach (var target in (panel["targets"]?.AsArray() ?? []).OfType<JsonObject>())
        {
            var refId = target["refId"]?.GetValue<string>() ?? "";
            var datasource = DatasourceType(target["datasource"], datasourceVariables) ?? panelDatasource ?? "prometheus";
            if (datasource == "datasource") datasource = panelDatasource ?? "prometheus"; // "-- Mixed --" children name their own
            var expr = target["expr"]?.GetValue<string>() ?? target["query"]?.ToString() ?? "";
            var instant = target["instant"]?.GetValue<bool>() ?? false;
            var range = target["range"]?.GetValue<bool>() ?? false;
            // Grafana runs a target as range unless it is instant-only; both flags set means both queries run.
            var modes = (instant, range) switch
            {
                (true, true) => new[] { QueryMode.Instant, QueryMode.Range },
                (true, false) => [QueryMode.Instant],
                _ => [QueryMode.Range],
            };
            foreach (var mode in modes)
            {
                output.Add(new PanelTarget(
                    path, type, id, refId, expr, mode, datasource,
                    target["interval"]?.GetValue<string>() is { Length: > 0 } targetInterval ? targetInterval : panelInterval,
                    panelMaxDataPoints ?? width * PixelsPerGridColumn,
                    panel["timeFrom"]?.GetValue<string>(),
                    panel["timeShift"]?.GetValue<string>(),
                    panel["repeat"]?.GetValue<string>(),
                    target["hide"]?.GetValue<bool>() ?? false));
            }
        }
    }

    /// <summary>
    /// The datasource plugin type of a panel/target/annotation <c>datasource</c>: <c>{type, uid}</c>, or a legacy string;
    /// a uid naming a datasource variable (<c>${ds}</c>) resolves to that variable's plugin type.
    /// </summary>
    private static string? DatasourceType(JsonNode? datasource, IReadOnlyDictionary<string, string> datasourceVariables)
    {
        if (datasource is null) return null;
        string? uid;
        if (datasource is JsonObject ds)
        {
            if (ds["type"]?.GetValue<string>() is { Length: > 0 } type) return type;
            uid = ds["uid"]?.GetValue<string>();
        }
        else
        {
            uid = datasource.GetValue<string>();
        }

        if (uid is null) return null;
        if (uid == "-- Mixed --") return "datasource";
        var references = TemplateInterpolator.References(uid);
        foreach (var reference in references)
        {
            if (datasourceVariables.TryGetValue(reference, out var plugin)) return plugin;
        }

        var lower = uid.ToLowerInvariant();
        return lower.Contains("loki", StringComparison.Ordinal) ? "loki"
            : lower.Contains("tempo", StringComparison.Ordinal) ? "tempo"
            : lower.Contains("prom", StringComparison.Ordinal) ? "prometheus"
            : null;
    }

    private static int? IntValue(JsonNode? node) => node?.GetValueKind() switch
    {
        System.Text.Json.JsonValueKind.Number => (int)node.GetValue<double>(),
        System.Text.Json.JsonValueKind.String when int.TryParse(node.GetValue<string>(), CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };
}

public enum QueryMode
{
    Instant,
    Range,
}

/// <summary>One query Grafana runs for a panel (a target with both instant and range set gives two).</summary>
/// <param name="PanelPath">Panel title, prefixed with its row ("Row / Panel").</param>
/// <param name="PanelType">The panel plugin id (<c>timeseries</c>, <c>stat</c>, ...).</param>
/// <param name="PanelId">The panel id, if any.</param>
/// <param name="RefId">The target's refId.</param>
/// <param name="Expr">The query as emitted, variables unsubstituted.</param>
/// <param name="Mode">Instant or range.</param>
/// <param name="DatasourceType">Plugin type of the target's datasource (<c>prometheus</c>, <c>loki</c>, <c>tempo</c>).</param>
/// <param name="MinInterval">The target's or else the panel's <c>interval</c> (min step), unparsed.</param>
/// <param name="MaxDataPoints">Panel maxDataPoints, else its width in pixels.</param>
/// <param name="TimeFrom">Panel relative time override.</param>
/// <param name="TimeShift">Panel time shift.</param>
/// <param name="RepeatVariable">The variable the panel repeats over.</param>
/// <param name="Hidden">The target is hidden (Grafana still runs it for expressions).</param>
public sealed record PanelTarget(
    string PanelPath,
    string PanelType,
    int? PanelId,
    string RefId,
    string Expr,
    QueryMode Mode,
    string DatasourceType,
    string? MinInterval,
    int MaxDataPoints,
    string? TimeFrom,
    string? TimeShift,
    string? RepeatVariable,
    bool Hidden);

/// <summary>A Prometheus annotation query (run as a range query over the dashboard range).</summary>
public sealed record AnnotationTarget(string Name, string Expr, string DatasourceType, string? Step, bool Enabled);
