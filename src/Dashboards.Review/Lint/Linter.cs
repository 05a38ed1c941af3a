using Dashboards.Model;

namespace Dashboards.Review.Lint;

/// <summary>One finding: which rule, where (dashboard, panel, JSON path), what.</summary>
public sealed record LintFinding(string RuleId, LintSeverity Severity, string Dashboard, string? Panel, string Path, string Message)
{
    public override string ToString() =>
        $"{Severity.ToString().ToLowerInvariant()} {RuleId}: {Dashboard}{(Panel is null ? "" : $" / panel \"{Panel}\"")} ({Path}): {Message}";
}

/// <summary>A silence that took effect: the findings it hid and its reason.</summary>
public sealed record AppliedSilence(string RuleId, string Dashboard, string? Panel, string Reason, int Hidden);

/// <summary>Everything a lint run found, and the silences it applied.</summary>
public sealed record LintReport(IReadOnlyList<LintFinding> Findings, IReadOnlyList<AppliedSilence> Silences, int Dashboards)
{
    public IEnumerable<LintFinding> Errors => Findings.Where(f => f.Severity == LintSeverity.Error);

    public IEnumerable<LintFinding> Warnings => Findings.Where(f => f.Severity == LintSeverity.Warning);

    public bool HasErrors => Errors.Any();

    public string Summary =>
        $"Lint: {Dashboards} dashboard(s), {Errors.Count()} error(s), {Warnings.Count()} warning(s), " +
        $"{Silences.Sum(s => s.Hidden)} finding(s) silenced by {Silences.Count} silence(s).";
}

/// <summary>Runs <see cref="LintRules.All"/> over a catalog's dashboards, honouring dashboard and panel silences.</summary>
public static class Linter
{
    public const string UnknownSilenceId = "lint-silence";

    public static LintReport Lint(Catalog catalog, IReadOnlyList<LintRule>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        rules ??= LintRules.All;
        var findings = new List<LintFinding>();
        var silences = new List<AppliedSilence>();
        var count = 0;
        foreach (var folder in catalog.Folders)
        {
            foreach (var dashboard in folder.Dashboards)
            {
                count++;
                LintDashboard(new DashboardSubject(folder.Folder, dashboard, folder.Metrics), rules, findings, silences);
            }
        }
        return new LintReport(findings, silences, count);
    }

    private static void LintDashboard(DashboardSubject subject, IReadOnlyList<LintRule> rules, List<LintFinding> findings, List<AppliedSilence> applied)
    {
        var dashboard = subject.Dashboard;
        var title = dashboard.Title;
        var hidden = new Dictionary<LintSilence, int>(ReferenceEqualityComparer.Instance);
        var panels = subject.Panels().ToList();

        foreach (var silence in dashboard.LintSilences) CheckSilence(silence, title, null, "lintSilences", findings);
        foreach (var panel in panels)
            foreach (var silence in panel.Panel.LintSilences) CheckSilence(silence, title, panel.Panel.Title, panel.Path, findings);

        void Report(LintRule rule, PanelSubject? panel, string path, string message)
        {
            var silence = panel?.Panel.LintSilences.FirstOrDefault(s => s.RuleId == rule.Id)
                          ?? dashboard.LintSilences.FirstOrDefault(s => s.RuleId == rule.Id);
            if (silence is not null)
            {
                hidden[silence] = hidden.GetValueOrDefault(silence) + 1;
                return;
            }
            findings.Add(new LintFinding(rule.Id, rule.Severity, title, panel?.Panel.Title, path, message));
        }

        foreach (var rule in rules)
        {
            switch (rule.Scope)
            {
                case LintScope.Dashboard:
                    foreach (var message in rule.Check(subject)) Report(rule, null, "dashboard", message);
                    break;
                case LintScope.Panel:
                    foreach (var panel in panels)
                        foreach (var message in rule.Check(panel)) Report(rule, panel, panel.Path, message);
                    break;
                case LintScope.Target:
                    foreach (var panel in panels)
                        foreach (var target in panel.Targets())
                            foreach (var message in rule.Check(target)) Report(rule, panel, target.Path, message);
                    break;
            }
        }

        foreach (var silence in dashboard.LintSilences)
            applied.Add(new AppliedSilence(silence.RuleId, title, null, silence.Reason, hidden.GetValueOrDefault(silence)));
        foreach (var panel in panels)
            foreach (var silence in panel.Panel.LintSilences)
                applied.Add(new AppliedSilence(silence.RuleId, title, panel.Panel.Title, silence.Reason, hidden.GetValueOrDefault(silence)));
    }

    private static void CheckSilence(LintSilence silence, string dashboard, string? panel, string path, List<LintFinding> findings)
    {
        if (LintRules.Find(silence.RuleId) is null)
            findings.Add(new LintFinding(UnknownSilenceId, LintSeverity.Error, dashboard, panel, path,
                $"silences '{silence.RuleId}', which is not a lint rule (see docs/lint.md)"));
    }
}
