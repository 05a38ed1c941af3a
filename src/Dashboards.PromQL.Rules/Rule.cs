using Dashboards.PromQL.Metrics;

namespace Dashboards.PromQL.Rules;

/// <summary>A label or annotation of a rule (values may use Prometheus templates such as <c>{{ $labels.job }}</c>).</summary>
public sealed record RuleLabel(string Name, string Value);

/// <summary>A rule in a <see cref="RuleGroup"/>: <see cref="AlertingRule"/> or <see cref="RecordingRule"/>.</summary>
public abstract record Rule
{
    private protected Rule(PromQLExpr expr)
    {
        ArgumentNullException.ThrowIfNull(expr);
        if (expr.Type is not (PromType.InstantVector or PromType.Scalar))
            throw new ArgumentException($"A rule expression must be an instant vector or a scalar, got {expr.Type.DisplayName()}: {expr}", nameof(expr));
        Expr = expr;
    }

    public PromQLExpr Expr { get; init; }

    public EquatableArray<RuleLabel> Labels { get; init; } = EquatableArray<RuleLabel>.Empty;

    /// <summary>The rule's name: the alert name or the recorded metric name.</summary>
    public abstract string Name { get; }

    internal IEnumerable<string> Validate(string where, PromTarget target)
    {
        foreach (var e in ValidateSpecific(where)) yield return e;
        foreach (var e in ValidateExpression(where, target).Distinct()) yield return e;
        foreach (var e in ValidateLabels(Labels, where, "label")) yield return e;
    }

    private protected abstract IEnumerable<string> ValidateSpecific(string where);

    private IEnumerable<string> ValidateExpression(string where, PromTarget target)
    {
        foreach (var node in ExprWalker.DescendantsAndSelf(Expr.Syntax))
        {
            foreach (var d in Durations(node))
            {
                if (d.IsVariable)
                    yield return $"{where}: expr uses Grafana variable {d.Variable}; Prometheus evaluates rules without Grafana, so use a fixed duration";
            }
            if (node is NumberVariable v)
                yield return $"{where}: expr uses Grafana variable {v.Variable}; Prometheus evaluates rules without Grafana, so use a number";
        }
        foreach (var d in Checks.PromQLChecker.Check(Expr.Syntax, null, target))
        {
            if (d.Severity == Checks.DiagnosticSeverity.Error || d.Code == Checks.PromQLChecker.VersionCode) yield return $"{where}: expr: {d.Message}";
        }
    }

    private static IEnumerable<PromDuration> Durations(Expr node)
    {
        switch (node)
        {
            case VectorSelector { Offset: { } o }:
                yield return o;
                break;
            case MatrixSelector m:
                yield return m.Range;
                break;
            case Subquery s:
                yield return s.Range;
                if (s.Step is { } step) yield return step;
                if (s.Offset is { } so) yield return so;
                break;
        }
    }

    private protected static IEnumerable<string> ValidateLabels(EquatableArray<RuleLabel> labels, string where, string kind)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var l in labels)
        {
            if (!PromNames.IsValidLabelName(l.Name)) yield return $"{where}: invalid {kind} name '{l.Name}' ([a-zA-Z_][a-zA-Z0-9_]*)";
            if (!seen.Add(l.Name)) yield return $"{where}: {kind} '{l.Name}' is set twice";
        }
    }

    private protected static IEnumerable<string> ValidateDuration(PromDuration? d, string where, string field)
    {
        if (d is not { } value) yield break;
        if (value.IsVariable) yield return $"{where}: {field} cannot be a Grafana variable ({value.Variable})";
        else if (value.IsExpression) yield return $"{where}: {field} must be a fixed duration, not an expression ({value})";
        else if (value.Milliseconds < 0) yield return $"{where}: {field} must not be negative ({value})";
    }

    private protected static EquatableArray<RuleLabel> Set(EquatableArray<RuleLabel> labels, string name, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i].Name == name) return labels.SetItem(i, new RuleLabel(name, value));
        }
        return labels.Add(new RuleLabel(name, value));
    }
}

/// <summary><c>- alert: Name / expr / for / keep_firing_for / labels / annotations</c></summary>
public sealed record AlertingRule : Rule
{
    public AlertingRule(string alert, InstantVector expr) : base(expr)
    {
        Alert = alert;
    }

    public string Alert { get; init; }

    public override string Name => Alert;

    /// <summary>How long the condition must hold before the alert fires.</summary>
    public PromDuration? For { get; init; }

    /// <summary>How long the alert keeps firing after the condition clears (Prometheus 2.42+).</summary>
    public PromDuration? KeepFiringFor { get; init; }

    public EquatableArray<RuleLabel> Annotations { get; init; } = EquatableArray<RuleLabel>.Empty;

    public AlertingRule WithFor(PromDuration duration) => this with { For = duration };

    public AlertingRule WithKeepFiringFor(PromDuration duration) => this with { KeepFiringFor = duration };

    public AlertingRule WithLabel(string name, string value) => this with { Labels = Set(Labels, name, value) };

    public AlertingRule WithAnnotation(string name, string value) => this with { Annotations = Set(Annotations, name, value) };

    /// <summary>Sets the <c>summary</c> annotation.</summary>
    public AlertingRule WithSummary(string summary) => WithAnnotation("summary", summary);

    /// <summary>Sets the <c>description</c> annotation.</summary>
    public AlertingRule WithDescription(string description) => WithAnnotation("description", description);

    private protected override IEnumerable<string> ValidateSpecific(string where)
    {
        if (string.IsNullOrWhiteSpace(Alert)) yield return $"{where}: alert name must not be empty";
        else if (Alert.Contains('\n')) yield return $"{where}: alert name must be one line";
        foreach (var e in ValidateDuration(For, where, "for")) yield return e;
        foreach (var e in ValidateDuration(KeepFiringFor, where, "keep_firing_for")) yield return e;
        foreach (var e in ValidateLabels(Annotations, where, "annotation")) yield return e;
    }
}

/// <summary><c>- record: level:metric:operation / expr / labels</c></summary>
public sealed record RecordingRule : Rule
{
    public RecordingRule(string record, InstantVector expr) : base(expr)
    {
        Record = record;
    }

    public RecordingRule(string record, Scalar expr) : base(expr)
    {
        Record = record;
    }

    /// <summary>The metric name the result is stored under (e.g. <c>job:http_requests:rate5m</c>).</summary>
    public string Record { get; init; }

    public override string Name => Record;

    public RecordingRule WithLabel(string name, string value) => this with { Labels = Set(Labels, name, value) };

    private protected override IEnumerable<string> ValidateSpecific(string where)
    {
        if (!PromNames.IsValidMetricName(Record)) yield return $"{where}: invalid recording rule name '{Record}' (must be a metric name, [a-zA-Z_:][a-zA-Z0-9_:]*)";
    }
}
