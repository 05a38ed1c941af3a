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
            if (Problem(variable.Query.Text) is { } problem) yield return $"variable '{variable.Name}': {problem}";
        }
    }

    /// <summary>Why a Prometheus variable query is malformed, or null. (The typed builders only write good ones; text can come from elsewhere.)</summary>
    public static string? Problem(string text)
    {
        var call = Call().Match(text);
        if (!call.Success) return $"query '{text}' is not a call of label_names, label_values, metrics or query_result";
        var function = call.Groups["fn"].Value;
        var args = call.Groups["args"].Value.Trim();
        string? promql;
        switch (function)
        {
            case "label_values":
                promql = SelectorAndLabel().Match(args) is { Success: true } m ? m.Groups["selector"].Value : null;
                if (promql is null && !System.Text.RegularExpressions.Regex.IsMatch(args, "^[a-zA-Z_][a-zA-Z0-9_]*$"))
                    return $"label_values({args}) needs a label name, optionally after a selector";
                break;
            case "label_names":
                promql = args.Length == 0 ? null : args;
                break;
            case "query_result":
                promql = args;
                break;
            case "metrics":
                return null;
            default:
                return $"'{function}' is not a Prometheus variable function (label_names, label_values, metrics, query_result)";
        }
        return promql is not null && !PromQLParser.TryParse(promql, out _, out var error)
            ? $"'{promql}' does not parse at {error!.Line}:{error.Column}: {error.Reason}"
            : null;
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
