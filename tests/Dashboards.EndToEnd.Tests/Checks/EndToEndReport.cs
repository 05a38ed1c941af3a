using System.Text;

namespace Dashboards.EndToEnd.Tests.Checks;

/// <summary>The short report of an end-to-end run: totals, per-source counts, and every failure with where it came from.</summary>
public sealed class EndToEndReport(IReadOnlyList<QueryCheck> checks, IReadOnlyList<string> preamble)
{
    public IReadOnlyList<QueryCheck> Checks { get; } = checks;

    public IReadOnlyList<QueryCheck> Failures => Checks.Where(c => c.IsFailure).ToList();

    public int QueriesRun => Checks.Count(c => c.Outcome != CheckOutcome.NotChecked);

    /// <summary>Queries that returned data, including those empty only because of a threshold filter.</summary>
    public int QueriesWithData => Checks.Count(c => c.Outcome is CheckOutcome.Data or CheckOutcome.FilteredOut);

    public string Text
    {
        get
        {
            var text = new StringBuilder();
            foreach (var line in preamble) text.AppendLine(line);
            var byKind = Checks.Where(c => c.Outcome != CheckOutcome.NotChecked).GroupBy(c => c.Kind)
                .Select(g => $"{g.Key} {g.Count()}");
            text.AppendLine($"Queries run: {QueriesRun} ({string.Join(", ", byKind)})");
            text.AppendLine($"With data: {QueriesWithData} (of which judged on what they measure, see below: " +
                            $"{Checks.Count(c => c.Outcome == CheckOutcome.FilteredOut)}); failures: {Failures.Count}; " +
                            $"not checked (Loki/Tempo): {Checks.Count(c => c.Outcome == CheckOutcome.NotChecked)}");
            text.AppendLine();
            text.AppendLine("Per source: run / with data / failed / not checked");
            foreach (var source in Checks.GroupBy(c => c.Source))
            {
                text.AppendLine($"  {source.Key}: {source.Count(c => c.Outcome != CheckOutcome.NotChecked)} / " +
                                $"{source.Count(c => c.Outcome is CheckOutcome.Data or CheckOutcome.FilteredOut)} / " +
                                $"{source.Count(c => c.IsFailure)} / {source.Count(c => c.Outcome == CheckOutcome.NotChecked)}");
            }

            AppendSection(text, "FAILURES", Failures);
            AppendSection(text, "Judged on what they measure (threshold filters that keep nothing with healthy data, absence checks, constant fallbacks)",
                Checks.Where(c => c.Outcome == CheckOutcome.FilteredOut).ToList());
            AppendSection(text, "Not checked", Checks.Where(c => c.Outcome == CheckOutcome.NotChecked).ToList());
            return text.ToString();
        }
    }

    /// <summary>All failures, for the assertion message.</summary>
    public string FailureText =>
        $"{Failures.Count} of {QueriesRun} queries failed. The data follows the metric catalogs (names, kinds, labels, declared label values): " +
        "fix the query, or the catalog if the service really exports that series.\n" +
        string.Join("\n", Failures.Select(f => "  " + f));

    private static void AppendSection(StringBuilder text, string title, IReadOnlyList<QueryCheck> checks)
    {
        if (checks.Count == 0) return;
        text.AppendLine();
        text.AppendLine($"{title} ({checks.Count}):");
        foreach (var check in checks) text.AppendLine("  " + check);
    }
}
