namespace Dashboards.Review.DataCheck.Checks;

/// <summary>What ran a query: a panel target, a variable, an annotation, or a rule.</summary>
public enum CheckKind
{
    Panel,
    Variable,
    Annotation,
    AlertingRule,
    RecordingRule,
}

public enum CheckOutcome
{
    /// <summary>Prometheus answered with at least one series (or a scalar).</summary>
    Data,

    /// <summary>
    /// Judged on what it measures (<see cref="ThresholdFilters"/>), which has data: empty only because a threshold filter
    /// (<c>x &gt; 0.9</c>, an alert condition) keeps nothing with healthy data, or an answer that proves nothing
    /// (<c>absent(x)</c>, <c>x or vector(0)</c>). Metric names and labels are right.
    /// </summary>
    FilteredOut,

    /// <summary>Prometheus answered, but nothing: Grafana shows "No data". A failure.</summary>
    NoData,

    /// <summary>The query could not run: Prometheus error, bad time or interval, unknown variable format. A failure.</summary>
    Error,

    /// <summary>Not a Prometheus query (Loki, Tempo): counted, not run.</summary>
    NotChecked,
}

/// <summary>One query that was (or was not) run, with where it came from.</summary>
/// <param name="Kind">What ran the query.</param>
/// <param name="Source">The dashboard ("Title (uid)") or rule file name.</param>
/// <param name="Location">Panel path and refId, variable name, annotation name, or rule group/name.</param>
/// <param name="Scenario">Which variable selection was in effect ("All", "First"), or "-".</param>
/// <param name="Expression">The expression as written in the emitted JSON/YAML.</param>
/// <param name="Query">What was sent to Prometheus after variable substitution.</param>
/// <param name="Request">Endpoint and time parameters.</param>
/// <param name="Outcome">Data, filtered out, no data, error, or not checked.</param>
/// <param name="Detail">Series count, Prometheus error, or why it is not checked.</param>
public sealed record QueryCheck(
    CheckKind Kind,
    string Source,
    string Location,
    string Scenario,
    string Expression,
    string Query,
    string Request,
    CheckOutcome Outcome,
    string? Detail = null)
{
    public bool IsFailure => Outcome is CheckOutcome.NoData or CheckOutcome.Error;

    public override string ToString() =>
        $"[{Kind}] {Source} :: {Location} ({Scenario}) -> {Outcome}{(Detail is null ? "" : ": " + Detail)}\n" +
        $"      expr:  {Expression}\n" +
        (Query != Expression ? $"      query: {Query}\n" : "") +
        $"      {Request}";
}
