using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dashboards.Review.DataCheck.Checks;

/// <summary>
/// The report of a data check (check-data, or the end-to-end tests): totals, per-source counts, every failure with where it
/// came from; <see cref="Lines"/> lists every query, <see cref="ToJson"/> is the machine-readable form.
/// </summary>
public sealed class DataCheckReport(IReadOnlyList<QueryCheck> checks, IReadOnlyList<string> preamble)
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

    /// <summary>One line per query: outcome, dashboard or rule file, panel and refId (or variable, annotation, rule), detail.</summary>
    public IEnumerable<string> Lines => Checks.Select(c =>
        $"{Label(c.Outcome),-9} {c.Source} :: {c.Location}{(c.Scenario is "-" or "" ? "" : $" ({c.Scenario})")}{(c.Detail is null ? "" : ": " + c.Detail)}");

    public static string Label(CheckOutcome outcome) => outcome switch
    {
        CheckOutcome.Data => "data",
        CheckOutcome.FilteredOut => "data*",
        CheckOutcome.NoData => "NO DATA",
        CheckOutcome.Error => "ERROR",
        _ => "skipped",
    };

    /// <summary>Everything as JSON: totals, then one object per query.</summary>
    public string ToJson()
    {
        var checks = new JsonArray();
        foreach (var c in Checks)
        {
            checks.Add(new JsonObject
            {
                ["kind"] = c.Kind.ToString(),
                ["source"] = c.Source,
                ["location"] = c.Location,
                ["scenario"] = c.Scenario,
                ["outcome"] = c.Outcome switch
                {
                    CheckOutcome.Data => "data",
                    CheckOutcome.FilteredOut => "data-measured",
                    CheckOutcome.NoData => "no-data",
                    CheckOutcome.Error => "error",
                    _ => "not-checked",
                },
                ["detail"] = c.Detail,
                ["expression"] = c.Expression,
                ["query"] = c.Query,
                ["request"] = c.Request,
            });
        }
        var root = new JsonObject
        {
            ["queriesRun"] = QueriesRun,
            ["withData"] = QueriesWithData,
            ["noData"] = Checks.Count(c => c.Outcome == CheckOutcome.NoData),
            ["errors"] = Checks.Count(c => c.Outcome == CheckOutcome.Error),
            ["notChecked"] = Checks.Count(c => c.Outcome == CheckOutcome.NotChecked),
            ["checks"] = checks,
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>All failures, for the assertion message.</summary>
    public string FailureText =>
        $"{Failures.Count} of {QueriesRun} queries failed. The data follows the metric catalogs (names, kinds, labels, declared label values): " +
        "fix the query (or the catalog, if the service really exports that series); the detail names the missing metric or label value.\n" +
        string.Join("\n", Failures.Select(f => "  " + f));

    private static void AppendSection(StringBuilder text, string title, IReadOnlyList<QueryCheck> checks)
    {
        if (checks.Count == 0) return;
        text.AppendLine();
        text.AppendLine($"{title} ({checks.Count}):");
        foreach (var check in checks) text.AppendLine("  " + check);
    }
}
