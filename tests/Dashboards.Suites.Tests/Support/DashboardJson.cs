using System.Text.Json.Nodes;

namespace Dashboards.Suites.Tests.Support;

/// <summary>A panel read back from emitted dashboard JSON.</summary>
public sealed record EmittedPanel(string Title, string Type, string? Row, JsonObject Json);

/// <summary>A query read back from emitted dashboard JSON, with where it came from.</summary>
public sealed record EmittedQuery(string Dashboard, string Place, string DatasourceType, string Expr);

/// <summary>Reads what Grafana would read from an emitted dashboard: rows, panels, targets, annotation queries.</summary>
public static class DashboardJson
{
    public static JsonObject Parse(byte[] json) =>
        JsonNode.Parse(json)?.AsObject() ?? throw new InvalidOperationException("Dashboard JSON is not an object.");

    /// <summary>Rows in order (open rows and collapsed rows alike).</summary>
    public static IReadOnlyList<string> Rows(JsonObject dashboard) =>
        Panels(dashboard, includeRows: true).Where(p => p.Type == "row").Select(p => p.Title).ToList();

    /// <summary>Every panel, each with the row it sits in (after an open row, or inside a collapsed row's "panels").</summary>
    public static IReadOnlyList<EmittedPanel> Panels(JsonObject dashboard, bool includeRows = false)
    {
        var result = new List<EmittedPanel>();
        string? row = null;
        foreach (var node in dashboard["panels"]?.AsArray() ?? [])
        {
            var panel = node!.AsObject();
            var type = (string?)panel["type"] ?? "";
            var title = (string?)panel["title"] ?? "";
            if (type == "row")
            {
                row = title;
                if (includeRows) result.Add(new EmittedPanel(title, type, null, panel));
                foreach (var inner in panel["panels"]?.AsArray() ?? [])
                {
                    var innerPanel = inner!.AsObject();
                    result.Add(new EmittedPanel((string?)innerPanel["title"] ?? "", (string?)innerPanel["type"] ?? "", row, innerPanel));
                }
                continue;
            }
            result.Add(new EmittedPanel(title, type, row, panel));
        }
        return result;
    }

    /// <summary>Every PromQL/LogQL query: panel targets and annotation queries, with the datasource type they go to.</summary>
    public static IReadOnlyList<EmittedQuery> Queries(string dashboardUid, JsonObject dashboard)
    {
        var defaultType = "prometheus";
        var queries = new List<EmittedQuery>();
        foreach (var panel in Panels(dashboard))
        {
            var panelType = DatasourceType(panel.Json["datasource"]) ?? defaultType;
            foreach (var target in panel.Json["targets"]?.AsArray() ?? [])
            {
                var expr = (string?)target!["expr"];
                if (expr is null) continue;
                var type = DatasourceType(target["datasource"]) ?? panelType;
                queries.Add(new EmittedQuery(dashboardUid, $"panel '{panel.Title}' target {(string?)target["refId"]}", type, expr));
            }
        }
        foreach (var annotation in dashboard["annotations"]?["list"]?.AsArray() ?? [])
        {
            var expr = (string?)annotation!["expr"];
            if (expr is null) continue;
            var type = DatasourceType(annotation["datasource"]) ?? defaultType;
            queries.Add(new EmittedQuery(dashboardUid, $"annotation '{(string?)annotation["name"]}'", type, expr));
        }
        return queries;
    }

    private static string? DatasourceType(JsonNode? datasource) =>
        datasource is JsonObject o ? (string?)o["type"] : null;
}
