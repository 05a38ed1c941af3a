namespace Dashboards.Model;

/// <summary>
/// Turns one lint rule off for one dashboard or panel, with the reason a reviewer reads
/// (<c>.SilenceLint("panel-units-rule", "a count of bots has no unit")</c>). The linter (Dashboards.Review) reports a
/// silence that names no known rule, and lists every silence it applied.
/// </summary>
public sealed record LintSilence
{
    public LintSilence(string ruleId, string reason)
    {
        if (string.IsNullOrWhiteSpace(ruleId)) throw new ArgumentException("Name the lint rule to silence, e.g. \"panel-units-rule\".", nameof(ruleId));
        if (string.IsNullOrWhiteSpace(reason)) throw new ArgumentException($"Silencing '{ruleId}' needs a reason a reviewer can read.", nameof(reason));
        RuleId = ruleId;
        Reason = reason;
    }

    public string RuleId { get; }

    public string Reason { get; }
}
