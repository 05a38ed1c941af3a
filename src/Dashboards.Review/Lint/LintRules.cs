using Dashboards.PromQL.Checks;
using Dashboards.Review.Lint.Rules;

namespace Dashboards.Review.Lint;

/// <summary>The rule table: every lint rule, once. docs/lint.md is generated from it (<see cref="Markdown"/>).</summary>
public static class LintRules
{
    public static IReadOnlyList<LintRule> All { get; } =
    [
        // Grafana's dashboard-linter, same ids.
        new TemplateDatasourceRule(),
        new TemplateLabelVariableRule("job"),
        new TemplateLabelVariableRule("instance"),
        new TemplateLabelPromQLRule(),
        new TemplateOnTimeChangeReloadRule(),
        new PanelDatasourceRule(),
        new PanelTitleDescriptionRule(),
        new PanelUnitsRule(),
        new PanelNoTargetsRule(),
        new TargetPromQLRule(),
        new TargetUncheckedRule(),
        new TargetRateIntervalRule(),
        new TargetLabelMatcherRule("job"),
        new TargetLabelMatcherRule("instance"),
        new TargetCounterAggRule(),
        new TargetLogQLRule(),
        // Only a typed model can check these.
        new CheckerRule("target-rate-on-gauge-rule",
            "rate(), irate(), increase() and resets() read counters, not gauges (by the metric catalog's types).", PromQLChecker.RateOnGaugeCode),
        new CheckerRule("target-histogram-quantile-rule",
            "histogram_quantile() reads a _bucket series and keeps the 'le' label through every aggregation.", PromQLChecker.HistogramQuantileCode),
        new CheckerRule("target-catalog-rule",
            "Every metric and label a query selects is declared in the folder's metric catalog.", PromQLChecker.UnknownMetricCode, PromQLChecker.UnknownLabelCode),
        new TargetCounterRawRule(),
        new PanelUnitMetricRule(),
    ];

    public static LintRule? Find(string id) => All.FirstOrDefault(r => r.Id == id);

    /// <summary>The rule table as Markdown: docs/lint.md (a test keeps the file equal to this).</summary>
    public static string Markdown()
    {
        var text = new System.Text.StringBuilder();
        text.Append("""
            # Lint rules

            `dotnet run --project dashboards -- lint` checks every dashboard against these rules; `validate` and `emit` run
            them too. Errors fail the command (exit 1), warnings are printed. Rules from Grafana's
            [dashboard-linter](https://github.com/grafana/dashboard-linter) keep its ids; typed rules use the metric catalogs.

            Silence a rule for one dashboard or one panel, with a reason a reviewer reads:

            ```csharp
            dashboard.SilenceLint("template-job-rule", "OpenTelemetry metrics carry service_name, not job");
            panel.SilenceLint("panel-units-rule", "a count of bots has no unit");
            ```

            A dashboard silence covers its panels too. `lint` lists every silence it applied; one that names no rule is an error.
            This file is generated from `LintRules.All` (src/Dashboards.Review/Lint/LintRules.cs); a test keeps them equal.

            | Rule | Severity | Scope | From | What it checks |
            |---|---|---|---|---|

            """);
        foreach (var rule in All)
        {
            var origin = rule.Origin == LintOrigin.DashboardLinter ? "dashboard-linter" : "typed";
            text.Append($"| `{rule.Id}` | {rule.Severity.ToString().ToLowerInvariant()} | {rule.Scope.ToString().ToLowerInvariant()} | {origin} | {rule.Summary.Replace("|", "\\|")} |\n");
        }
        return text.ToString();
    }
}
