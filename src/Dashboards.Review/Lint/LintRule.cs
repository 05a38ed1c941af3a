using Dashboards.Model;
using Dashboards.PromQL;
using Dashboards.PromQL.Metrics;

namespace Dashboards.Review.Lint;

/// <summary>Errors fail <c>lint</c>, <c>validate</c> and <c>emit</c>; warnings are printed.</summary>
public enum LintSeverity { Error, Warning }

/// <summary>What a rule looks at: the dashboard as a whole, each panel, or each query of each panel.</summary>
public enum LintScope { Dashboard, Panel, Target }

/// <summary>Where a rule comes from: Grafana's dashboard-linter (same id), or a rule only a typed model can check.</summary>
public enum LintOrigin { DashboardLinter, Typed }

/// <summary>
/// One lint rule: a stable id, a severity, one line of documentation, and the check. Rules are listed once in
/// <see cref="LintRules.All"/>; docs/lint.md is that table (a test keeps them equal).
/// </summary>
public abstract class LintRule
{
    public abstract string Id { get; }

    public abstract LintSeverity Severity { get; }

    public abstract LintScope Scope { get; }

    public abstract LintOrigin Origin { get; }

    /// <summary>One line for docs/lint.md and <c>lint --rules</c>.</summary>
    public abstract string Summary { get; }

    public virtual IEnumerable<string> Check(DashboardSubject dashboard) => [];

    public virtual IEnumerable<string> Check(PanelSubject panel) => [];

    public virtual IEnumerable<string> Check(TargetSubject target) => [];

    public override string ToString() => Id;
}

/// <summary>A dashboard being linted, with the metric catalog of its folder (null when the folder has none).</summary>
public sealed record DashboardSubject(Folder Folder, Dashboard Dashboard, MetricCatalog? Metrics)
{
    /// <summary>The dashboard's datasource variables (type datasource).</summary>
    public IEnumerable<DatasourceVariable> DatasourceVariables => Dashboard.Variables.OfType<DatasourceVariable>();

    /// <summary>Whether any panel or annotation queries Prometheus.</summary>
    public bool QueriesPrometheus => Panels().Any(p => p.Panel.Targets.Any(t => t is PrometheusTarget));

    /// <summary>Every panel, rows' panels included, with its path in the emitted JSON (collapsed rows nest theirs).</summary>
    public IEnumerable<PanelSubject> Panels()
    {
        var top = 0;
        foreach (var panel in Dashboard.Panels) yield return new PanelSubject(this, panel, null, $"panels[{top++}]");
        foreach (var row in Dashboard.Rows)
        {
            var rowPath = $"panels[{top++}]";
            for (var i = 0; i < row.Panels.Length; i++)
                yield return new PanelSubject(this, row.Panels[i], row, row.IsCollapsed ? $"{rowPath}.panels[{i}]" : $"panels[{top++}]");
        }
    }
}

/// <summary>A panel being linted; <see cref="Datasource"/> is the one Grafana uses (panel, else row, else dashboard default).</summary>
public sealed record PanelSubject(DashboardSubject Dashboard, Panel Panel, RowPanel? Row, string Path)
{
    public DataSourceRef? Datasource => Panel.Datasource ?? Row?.Datasource ?? Dashboard.Dashboard.DefaultDatasource;

    public IEnumerable<TargetSubject> Targets()
    {
        for (var i = 0; i < Panel.Targets.Length; i++)
            yield return new TargetSubject(this, Panel.Targets[i], i, $"{Path}.targets[{i}]");
    }
}

/// <summary>One query of a panel; <see cref="Syntax"/> is its PromQL tree (typed, or parsed from text), null when it is not PromQL or does not parse.</summary>
public sealed record TargetSubject(PanelSubject Panel, Target Target, int Index, string Path)
{
    private readonly Lazy<(Expr? Tree, string? Error)> _parsed = new(() => Parse(Target));

    public PrometheusTarget? Prometheus => Target as PrometheusTarget;

    public Expr? Syntax => _parsed.Value.Tree;

    /// <summary>Why a Prometheus query does not parse, with line:column.</summary>
    public string? ParseError => _parsed.Value.Error;

    public MetricCatalog? Metrics => Panel.Dashboard.Metrics;

    private static (Expr?, string?) Parse(Target target)
    {
        if (target is not PrometheusTarget prometheus) return (null, null);
        if (prometheus.Expression is { } typed) return (typed.Syntax, null);
        return PromQL.Parsing.PromQLParser.TryParse(prometheus.Expr, out var tree, out var error)
            ? (tree, null)
            : (null, $"{error!.Line}:{error.Column}: {error.Reason}");
    }
}
