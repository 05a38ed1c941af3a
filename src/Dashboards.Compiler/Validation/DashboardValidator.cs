using System.Text.RegularExpressions;
using Dashboards.PromQL.Metrics;

namespace Dashboards.Model;

/// <summary>
/// Checks a JSON schema cannot express: uid syntax, variable references, datasource references, threshold order,
/// refIds, layout; each target and annotation adds its own (queries written as text, lints). Every error names the
/// dashboard, the panel (if any) and the JSON path.
/// </summary>
internal static partial class DashboardValidator
{
    public const int MaxUidLength = 40;

    /// <summary>Null when <paramref name="uid"/> is a legal Grafana uid, else why not.</summary>
    public static string? UidProblem(string uid)
    {
        if (string.IsNullOrEmpty(uid)) return "uid is empty";
        if (uid.Length > MaxUidLength) return $"uid '{uid}' is {uid.Length} characters long; Grafana allows at most {MaxUidLength}";
        if (!IsUidText(uid)) return $"uid '{uid}' may only contain A-Z, a-z, 0-9, '_' and '-'";
        return null;
    }

    // [A-Za-z0-9_-]+ by a loop: uids are short, and a generated regex costs its start-up (search tables) in every process.
    private static bool IsUidText(string uid)
    {
        foreach (var c in uid)
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '-')) return false;
        return true;
    }

    /// <param name="dashboard">The dashboard to check.</param>
    /// <param name="layout">Its resolved layout (layout problems become errors).</param>
    /// <param name="metrics">Metric catalog for PromQL lints, or null.</param>
    /// <param name="errors">Receives the errors.</param>
    public static void Validate(Dashboard dashboard, DashboardLayout layout, MetricCatalog? metrics, List<CompileError> errors)
    {
        var context = new Context(dashboard, metrics, errors);
        if (UidProblem(dashboard.Uid) is { } uidProblem) context.Error(null, "uid", uidProblem);
        context.CheckVariables();
        context.CheckAnnotations();
        var sites = PanelSite.Enumerate(dashboard);
        foreach (var site in sites)
        {
            if (site.Row is { } row) context.CheckRow(row, site.JsonPath);
            else context.CheckPanel(site.Panel!, site.ParentRow, site.JsonPath);
        }
        foreach (var issue in layout.Issues)
        {
            var site = sites[issue.Site];
            context.Error(site.Title, $"{site.JsonPath}.{issue.Field}", issue.Message);
        }
    }

    private sealed class Context(Dashboard dashboard, MetricCatalog? metrics, List<CompileError> errors)
    {
        private readonly Dictionary<string, Variable> _variables = BuildVariableIndex(dashboard, errors);
        private readonly DatasourceVariable? _datasourceVariable = dashboard.Variables.OfType<DatasourceVariable>().FirstOrDefault();

        public void Error(string? panel, string path, string message) =>
            errors.Add(new CompileError(dashboard.Title, panel, path, message));

        private static Dictionary<string, Variable> BuildVariableIndex(Dashboard dashboard, List<CompileError> errors)
        {
            var index = new Dictionary<string, Variable>(StringComparer.Ordinal);
            for (var i = 0; i < dashboard.Variables.Length; i++)
            {
                var v = dashboard.Variables[i];
                if (!index.TryAdd(v.Name, v))
                    errors.Add(new CompileError(dashboard.Title, null, $"templating.list[{i}].name", $"variable '{v.Name}' is defined twice"));
            }
            return index;
        }

        // ---- variables ----

        public void CheckVariables()
        {
            for (var i = 0; i < dashboard.Variables.Length; i++)
            {
                var path = $"templating.list[{i}]";
                switch (dashboard.Variables[i])
                {
                    case QueryVariable q:
                        CheckReferences(null, $"{path}.query", q.Query.Text, self: q.Name);
                        CheckDatasource(null, $"{path}.datasource", q.Datasource ?? dashboard.DefaultDatasource, q.Query.DatasourceType, required: true);
                        q.Query.RunChecks(QueryContext(null, path));
                        break;
                    case AdhocVariable a:
                        CheckDatasource(null, $"{path}.datasource", a.Datasource, null, required: true);
                        break;
                }
            }
        }

        public void CheckAnnotations()
        {
            for (var i = 0; i < dashboard.Annotations.Length; i++)
            {
                var path = $"annotations.list[{i + 1}]"; // [0] is Grafana's built-in annotation
                dashboard.Annotations[i].RunChecks(QueryContext(null, path));
            }
        }

        /// <summary>What the query at <paramref name="path"/> (of <paramref name="panel"/>, if any) reports its own checks to.</summary>
        private QueryCheckContext QueryContext(string? panel, string path) => new(
            dashboard.DefaultDatasource,
            metrics,
            (field, message) => Error(panel, $"{path}.{field}", message),
            (field, text) => CheckReferences(panel, $"{path}.{field}", text),
            (field, ds, expectedType) => CheckDatasource(panel, $"{path}.{field}", ds, expectedType, required: true));

        // ---- rows and panels ----

        public void CheckRow(RowPanel row, string path)
        {
            CheckReferences(row.Title, $"{path}.title", row.Title);
            if (row.RepeatVariable is { } repeat) CheckVariableExists(row.Title, $"{path}.repeat", repeat);
            CheckDatasource(row.Title, $"{path}.datasource", row.Datasource, null, required: false);
        }

        public void CheckPanel(Panel panel, RowPanel? parentRow, string path)
        {
            var title = panel.Title;
            CheckReferences(title, $"{path}.title", title);
            CheckReferences(title, $"{path}.description", panel.Description);
            if (panel.RepeatVariable is { } repeat) CheckVariableExists(title, $"{path}.repeat", repeat);
            CheckDatasource(title, $"{path}.datasource", panel.Datasource, null, required: false);
            CheckTargets(panel, parentRow, path);
            CheckThresholds(title, $"{path}.fieldConfig.defaults.thresholds", panel.Defaults.Thresholds);
            CheckOverrides(panel, path);
            FieldNameChecks.Check(panel, path, (at, message) => Error(title, at, message));
        }

        private void CheckTargets(Panel panel, RowPanel? parentRow, string path)
        {
            if (panel.Targets.IsDefaultOrEmpty) return;
            var inherited = Json.DashboardJsonEmitter.TargetDefault(panel, parentRow?.Datasource ?? dashboard.DefaultDatasource);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var refIds = Json.DashboardJsonEmitter.AssignRefIds(panel.Targets);
            // An inherited reference is resolved once per panel: at the panel if it names one, else at its first target.
            var resolveInherited = panel.Datasource is null;
            for (var i = 0; i < panel.Targets.Length; i++)
            {
                var target = panel.Targets[i];
                var targetPath = $"{path}.targets[{i}]";
                if (target.RefId is { } refId && !seen.Add(refId))
                    Error(panel.Title, $"{targetPath}.refId", $"refId '{refId}' is used by two queries of this panel");
                if (target.Datasource is null && inherited is null && _datasourceVariable is { } picker)
                    Error(panel.Title, $"{targetPath}.datasource",
                        $"query '{refIds[i]}' names no datasource, so Grafana runs it on the instance's default datasource "
                        + $"and the dashboard's datasource picker '${picker.Name}' does nothing for it; give the dashboard WithDefaultDatasource(<the {picker.Name} variable>.Ref), "
                        + "or the panel's or the query's datasource");
                var resolve = target.Datasource is not null || resolveInherited;
                if (target.Datasource is null) resolveInherited = false;
                CheckDatasource(panel.Title, $"{targetPath}.datasource", target.Datasource ?? inherited, target.DatasourceType, required: false, resolve);
                target.RunChecks(QueryContext(panel.Title, targetPath));
            }
        }

        private void CheckOverrides(Panel panel, string path)
        {
            for (var i = 0; i < panel.Overrides.Length; i++)
            {
                var o = panel.Overrides[i];
                var overridePath = $"{path}.fieldConfig.overrides[{i}]";
                if (o.Matcher is { Id: "byFrameRefID", Options: FieldMatcherText { Text: var refId } })
                {
                    var refIds = Json.DashboardJsonEmitter.AssignRefIds(panel.Targets.IsDefault ? [] : panel.Targets);
                    if (Array.IndexOf(refIds, refId) < 0)
                        Error(panel.Title, $"{overridePath}.matcher.options", $"override matches query '{refId}', but the panel's queries are [{string.Join(", ", refIds)}]");
                }
                for (var j = 0; j < o.Properties.Length; j++)
                    if (o.Properties[j].Value is Thresholds t)
                        CheckThresholds(panel.Title, $"{overridePath}.properties[{j}].value", t);
            }
        }

        private void CheckThresholds(string panel, string path, Thresholds? thresholds)
        {
            if (thresholds is null) return;
            double? previous = null;
            for (var i = 1; i < thresholds.Steps.Length; i++)
            {
                var value = thresholds.Steps[i].Value!.Value;
                if (previous is { } p && value <= p)
                    Error(panel, $"{path}.steps[{i}].value", $"threshold steps must ascend, but {Fmt(value)} follows {Fmt(p)}");
                if (thresholds.Mode == ThresholdsMode.Percentage && value is < 0 or > 100)
                    Error(panel, $"{path}.steps[{i}].value", $"percentage threshold {Fmt(value)} is outside 0–100");
                previous = value;
            }
        }

        private static string Fmt(double value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

        // ---- references ----

        private void CheckReferences(string? panel, string path, string? text, string? self = null)
        {
            VariableReferences.Scan(text, (name, offset) =>
            {
                if (name == self)
                    Error(panel, path, $"variable '{name}' refers to itself (at offset {offset})");
                else if (!_variables.ContainsKey(name))
                    Error(panel, path, $"unknown variable '${name}' at offset {offset}; defined: {Defined()}");
            });
        }

        private void CheckVariableExists(string panel, string path, string name)
        {
            if (!_variables.ContainsKey(name)) Error(panel, path, $"repeats over unknown variable '{name}'; defined: {Defined()}");
        }

        private string Defined() => _variables.Count == 0 ? "none" : string.Join(", ", dashboard.Variables.Select(v => v.Name));

        // expectedType: plugin type the reference must have, or null for any.
        private void CheckDatasource(string? panel, string path, DataSourceRef? ds, string? expectedType, bool required, bool resolveVariable = true)
        {
            if (ds is null)
            {
                if (required) Error(panel, path, $"no datasource: set one here or with Dashboard.WithDefaultDatasource");
                return;
            }
            if (resolveVariable && ds.VariableName is { } name)
            {
                if (!_variables.TryGetValue(name, out var variable))
                {
                    Error(panel, $"{path}.uid", $"datasource uid '{ds.Uid}' refers to unknown variable '{name}'; defined: {Defined()}");
                    return;
                }
                if (variable is not DatasourceVariable dsVariable)
                {
                    Error(panel, $"{path}.uid", $"datasource uid '{ds.Uid}' refers to variable '{name}', which is a {variable.GetType().Name}, not a datasource variable");
                    return;
                }
                if (dsVariable.PluginType != ds.Type)
                    Error(panel, $"{path}.type", $"datasource type '{ds.Type}' does not match variable '{name}', which offers '{dsVariable.PluginType}' datasources");
            }
            if (expectedType is not null && ds.Type != expectedType)
                Error(panel, $"{path}.type", $"a {expectedType} query cannot use the {ds.Type} datasource '{ds.Uid}'");
        }
    }
}
