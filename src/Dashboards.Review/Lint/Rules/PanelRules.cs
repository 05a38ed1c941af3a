using System.Reflection;
using Dashboards.Model;

namespace Dashboards.Review.Lint.Rules;

/// <summary>Panel types that draw query results (the ones dashboard-linter's panel rules look at, in Grafana 12 names).</summary>
internal static class PanelKinds
{
    private static readonly HashSet<string> Data = new(StringComparer.Ordinal)
    {
        "timeseries", "stat", "gauge", "bargauge", "table", "barchart", "piechart", "heatmap", "state-timeline",
        "status-history", "histogram", "trend", "xychart", "candlestick", "geomap",
    };

    private static readonly HashSet<string> Numeric = new(StringComparer.Ordinal) { "timeseries", "stat", "gauge", "bargauge", "table" };

    public static bool ShowsData(Panel panel) => Data.Contains(panel.PluginId);

    public static bool ShowsNumbers(Panel panel) => Numeric.Contains(panel.PluginId);
}

/// <summary>dashboard-linter's panel-datasource-rule.</summary>
public sealed class PanelDatasourceRule : LintRule
{
    public override string Id => "panel-datasource-rule";
    public override LintSeverity Severity => LintSeverity.Warning;
    public override LintScope Scope => LintScope.Panel;
    public override LintOrigin Origin => LintOrigin.DashboardLinter;
    public override string Summary => "Panels query through a datasource variable ($datasource), not a fixed datasource uid.";

    public override IEnumerable<string> Check(PanelSubject panel)
    {
        if (!PanelKinds.ShowsData(panel.Panel) || panel.Panel.Targets.IsEmpty) yield break;
        var datasource = panel.Datasource;
        if (datasource is null) yield return "has no datasource (set one on the panel or a default on the dashboard)";
        else if (datasource.VariableName is null) yield return $"uses the fixed datasource '{datasource.Uid}', not a templated one";
    }
}

/// <summary>dashboard-linter's panel-title-description-rule.</summary>
public sealed class PanelTitleDescriptionRule : LintRule
{
    public override string Id => "panel-title-description-rule";
    public override LintSeverity Severity => LintSeverity.Warning;
    public override LintScope Scope => LintScope.Panel;
    public override LintOrigin Origin => LintOrigin.DashboardLinter;
    public override string Summary => "Panels that show data have a title and a description (the (i) tooltip says what the panel measures).";

    public override IEnumerable<string> Check(PanelSubject panel)
    {
        if (!PanelKinds.ShowsData(panel.Panel)) yield break;
        if (string.IsNullOrWhiteSpace(panel.Panel.Title) || string.IsNullOrWhiteSpace(panel.Panel.Description))
            yield return $"has title '{panel.Panel.Title}' and description '{panel.Panel.Description}': both are needed";
    }
}

/// <summary>dashboard-linter's panel-units-rule.</summary>
public sealed class PanelUnitsRule : LintRule
{
    private static readonly HashSet<string> KnownIds = typeof(Unit)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(Unit))
        .Select(f => ((Unit)f.GetValue(null)!).Id)
        .ToHashSet(StringComparer.Ordinal);

    private static readonly string[] CustomPrefixes = ["suffix:", "prefix:", "currency:", "si:", "count:", "time:", "bool:"];

    public override string Id => "panel-units-rule";
    public override LintSeverity Severity => LintSeverity.Warning;
    public override LintScope Scope => LintScope.Panel;
    public override LintOrigin Origin => LintOrigin.DashboardLinter;
    public override string Summary => "Time series, stat, gauge, bar gauge and table panels set a unit Grafana knows (value mappings excuse it).";

    public override IEnumerable<string> Check(PanelSubject panel)
    {
        if (!PanelKinds.ShowsNumbers(panel.Panel) || !panel.Panel.Defaults.Mappings.IsEmpty) yield break;
        var unit = panel.Panel.Defaults.Unit;
        if (unit is null) yield return "has no unit: set .Unit(...) (Unit.Short or Unit.NoUnit for plain numbers)";
        else if (!IsKnown(unit.Id)) yield return $"unit '{unit.Id}' is not one of Grafana's units";
    }

    /// <summary>A unit id from Grafana's value formats, or a custom one (suffix:, prefix:, currency:, si:, count:, time:, bool:).</summary>
    public static bool IsKnown(string id) => KnownIds.Contains(id) || CustomPrefixes.Any(p => id.StartsWith(p, StringComparison.Ordinal));
}

/// <summary>dashboard-linter's panel-no-targets-rule.</summary>
public sealed class PanelNoTargetsRule : LintRule
{
    public override string Id => "panel-no-targets-rule";
    public override LintSeverity Severity => LintSeverity.Error;
    public override LintScope Scope => LintScope.Panel;
    public override LintOrigin Origin => LintOrigin.DashboardLinter;
    public override string Summary => "Panels that show data have at least one query (otherwise they always say \"No data\").";

    public override IEnumerable<string> Check(PanelSubject panel)
    {
        if ((PanelKinds.ShowsData(panel.Panel) || panel.Panel.PluginId is "logs" or "nodeGraph") && panel.Panel.Targets.IsEmpty
            && !HasRawQueries(panel.Panel))
            yield return "has no queries";
    }

    // Queries of a datasource the model has no target type for come through the escape hatch (the importer keeps
    // them so): the panel does query, the lint just cannot read them.
    private static bool HasRawQueries(Panel panel) =>
        panel.RawFields.Any(f => f.Path is "targets" && f.GetValue() is System.Text.Json.Nodes.JsonArray { Count: > 0 });
}
