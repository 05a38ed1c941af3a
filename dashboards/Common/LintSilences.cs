using Dashboards.Model;

namespace Dashboards.Suites.Common;

/// <summary>
/// Lint rules (docs/lint.md) the suites turn off on purpose, each with its reason. Every suite's dashboard helper calls
/// <see cref="WithSuiteSilences"/>; panels that break a rule for their own reason silence it themselves.
/// </summary>
public static class LintSilences
{
    private const string NoJobInstance =
        "the services push OpenTelemetry metrics through one collector; the seed documents filter by service labels " +
        "(provider, model, service, ...), and job/instance name the collector, not the service";

    /// <summary>The silences every suite dashboard carries.</summary>
    public static Dashboard WithSuiteSilences(this Dashboard dashboard) => dashboard
        .SilenceLint("template-job-rule", NoJobInstance)
        .SilenceLint("template-instance-rule", NoJobInstance)
        .SilenceLint("target-job-rule", NoJobInstance)
        .SilenceLint("target-instance-rule", NoJobInstance)
        .SilenceLint("template-datasource-rule",
            "the seed documents name the datasource variables ('datasource', 'loki', TTA's exported 'DS_PROMETHEUS') and label them " +
            "'Prometheus'/'Loki'; renaming would break links and saved URLs that use var-datasource")
        .SilenceLint("panel-title-description-rule",
            "the seed documents describe only the panels whose title does not say it all (thresholds, targets, formulas); " +
            "those carry descriptions")
        .SilenceLint("panel-units-rule",
            "plain counts (users, errors, connections, queries) use Grafana's default number format, as in the seed documents")
        .SilenceLint("template-on-time-change-reload-rule",
            "the label values (providers, models, tools) change with deployments, not with the time range; loading them once " +
            "per dashboard load spares Prometheus a series lookup on every zoom");
}
