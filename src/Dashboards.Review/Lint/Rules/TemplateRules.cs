using System.Text.RegularExpressions;
using Dashboards.Model;
using Dashboards.PromQL.Parsing;

namespace Dashboards.Review.Lint.Rules;

/// <summary>dashboard-linter's template-datasource-rule.</summary>
public sealed class TemplateDatasourceRule : LintRule
{
    public override string Id => "template-datasource-rule";
    public override LintSeverity Severity => LintSeverity.Warning;
    public override LintScope Scope => LintScope.Dashboard;
    public override LintOrigin Origin => LintOrigin.DashboardLinter;
    public override string Summary => "A dashboard that queries Prometheus has a datasource variable, named 'datasource' (or '<type>_datasource') and labelled 'Data source'.";

    public override IEnumerable<string> Check(DashboardSubject dashboard)
    {
        var variables = dashboard.DatasourceVariables.ToList();
        if (variables.Count == 0)
        {
            if (dashboard.QueriesPrometheus)
                yield return "has no templated data source: add new DatasourceVariable(\"datasource\") and use its Ref as the default datasource";
            yield break;
        }
        foreach (var variable in variables)
        {
            var specific = variable.PluginType.ToLowerInvariant() + "_datasource";
            var specificLabel = char.ToUpperInvariant(variable.PluginType[0]) + variable.PluginType[1..] + " data source";
            var one = variables.Count == 1;
            if (variable.Name != specific && !(one && variable.Name == "datasource"))
                yield return $"datasource variable is named '{variable.Name}', should be '{specific}'{(one ? " or 'datasource'" : "")}";
            if (variable.Label != specificLabel && !(one && variable.Label == "Data source"))
                yield return $"datasource variable '{variable.Name}' is labelled '{variable.Label}', should be '{specificLabel}'{(one ? " or 'Data source'" : "")}";
        }
    }
}

/// <summary>dashboard-linter's template-job-rule and template-instance-rule: one class, two ids.</summary>
public sealed class TemplateLabelVariableRule(string label) : LintRule
{
    public override string Id => $"template-{label}-rule";
    public override LintSeverity Severity => LintSeverity.Warning;
    public override LintScope Scope => LintScope.Dashboard;
    public override LintOrigin Origin => LintOrigin.DashboardLinter;
    public override string Summary => $"A Prometheus dashboard has a '{label}' query variable on the datasource variable, labelled '{Title}', multi-select, with allValue '.+'.";

    private string Title => char.ToUpperInvariant(label[0]) + label[1..];

    public override IEnumerable<string> Check(DashboardSubject dashboard)
    {
        if (!dashboard.DatasourceVariables.Any(v => v.PluginType == DataSourceType.Prometheus)) yield break;
        var variable = dashboard.Dashboard.Variables.FirstOrDefault(v => v.Name == label);
        if (variable is null)
        {
            yield return $"has no '{label}' variable";
            yield break;
        }
        if (variable is not QueryVariable query)
        {
            yield return $"'{label}' variable should be a Prometheus query variable, is a {variable.GetType().Name}";
            yield break;
        }
        var datasource = query.Datasource ?? dashboard.Dashboard.DefaultDatasource;
        if (datasource?.VariableName is not ("datasource" or "prometheus_datasource"))
            yield return $"'{label}' variable should use datasource '$datasource', uses '{datasource?.Uid ?? "none"}'";
        if (query.Label != Title) yield return $"'{label}' variable should be labelled '{Title}', is '{query.Label}'";
        if (!query.Multi) yield return $"'{label}' variable should be a multi-select";
        if (query.AllValue != ".+") yield return $"'{label}' variable allValue should be '.+', is '{query.AllValue}'";
    }
}

/// <summary>dashboard-linter's template-label-promql-rule.</summary>
public sealed partial class TemplateLabelPromQLRule : LintRule
{
    public override string Id => "template-label-promql-rule";
    public override LintSeverity Severity => LintSeverity.Error;
    public override LintScope Scope => LintScope.Dashboard;
    public override LintOrigin Origin => LintOrigin.DashboardLinter;
    public override string Summary => "Query variables use label_names, label_values, metrics or query_result, and the PromQL inside parses.";

    [GeneratedRegex(@"^\s*(?<fn>[a-z_]+)\((?<args>.*)\)\s*$", RegexOptions.Singleline)]
    private static partial Regex Call();

    [GeneratedRegex(@"^(?<selector>.+),\s*(?<label>[a-zA-Z_][a-zA-Z0-9_]*)\s*$", RegexOptions.Singleline)]
    private static partial Regex SelectorAndLabel();

    public override IEnumerable<string> Check(DashboardSubject dashboard)
    {
        foreach (var variable in dashboard.Dashboard.Variables.OfType<QueryVariable>())
        {
            var text = variable.Query.Text;
            var call = Call().Match(text);
            if (!call.Success)
            {
                yield return $"variable '{variable.Name}': query '{text}' is not a call of label_names, label_values, metrics or query_result";
                continue;
            }
            var args = call.Groups["args"].Value.Trim();
            string? promql = call.Groups["fn"].Value switch
            {
                "label_values" => SelectorAndLabel().Match(args) is { Success: true } m ? m.Groups["selector"].Value : null,
                "label_names" => args.Length == 0 ? null : args,
                "query_result" => args,
                "metrics" => null,
                _ => null,
            };
            if (call.Groups["fn"].Value is not ("label_values" or "label_names" or "query_result" or "metrics"))
                yield return $"variable '{variable.Name}': '{call.Groups["fn"].Value}' is not a Prometheus variable function";
            else if (promql is not null && !PromQLParser.TryParse(promql, out _, out var error))
                yield return $"variable '{variable.Name}': '{promql}' does not parse at {error!.Line}:{error.Column}: {error.Reason}";
        }
    }
}

/// <summary>dashboard-linter's template-on-time-change-reload-rule.</summary>
public sealed class TemplateOnTimeChangeReloadRule : LintRule
{
    public override string Id => "template-on-time-change-reload-rule";
    public override LintSeverity Severity => LintSeverity.Warning;
    public override LintScope Scope => LintScope.Dashboard;
    public override LintOrigin Origin => LintOrigin.DashboardLinter;
    public override string Summary => "Query variables refresh on time range change, so their options match the series of the range shown.";

    public override IEnumerable<string> Check(DashboardSubject dashboard) =>
        dashboard.Dashboard.Variables.OfType<QueryVariable>()
            .Where(v => v.Refresh != VariableRefresh.OnTimeRangeChange)
            .Select(v => $"variable '{v.Name}' refreshes {v.Refresh}; use .RefreshOn(VariableRefresh.OnTimeRangeChange)");
}
