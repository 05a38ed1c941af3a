using Dashboards.Model;
using Dashboards.PromQL.Rules;

namespace Dashboards.Suites;

/// <summary>
/// One seed document turned into code: its Grafana folder, its metric catalog, its dashboards and (when the
/// document defines alerts or recording rules) its Prometheus rule file, written to <c>rules/&lt;Name&gt;.yml</c>.
/// </summary>
public sealed record Suite(string Name, Folder Folder, MetricCatalog Metrics, IReadOnlyList<Dashboard> Dashboards, RuleFile? Rules);
