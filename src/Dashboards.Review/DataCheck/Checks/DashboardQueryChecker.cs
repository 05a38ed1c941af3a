using System.Globalization;
using Dashboards.Review.DataCheck.Grafana;
using Dashboards.Review.DataCheck.Prometheus;

namespace Dashboards.Review.DataCheck.Checks;

/// <summary>
/// Runs every Prometheus query of an emitted dashboard the way Grafana would: variables resolved from Prometheus and
/// set to "All" and then to their first value, built-in intervals per panel, instant targets as instant queries at
/// "now", others as range queries over the panel's time range. Loki/Tempo targets are counted as not checked.
/// </summary>
/// <param name="client">The Prometheus to ask.</param>
/// <param name="now">Grafana's "now"; the end of the loaded data.</param>
/// <param name="measure">
/// Returns what a query measures (the query without threshold filters, see <see cref="ThresholdFilters"/>), or null when
/// it has no filter; tells "empty because healthy" from "wrong metric or label".
/// </param>
public sealed class DashboardQueryChecker(PrometheusQueryClient client, DateTimeOffset now, Func<string, MeasuredQuery?>? measure = null)
{
    private static readonly VariableSelection[] Selections = [VariableSelection.All, VariableSelection.First];

    public async Task<IReadOnlyList<QueryCheck>> CheckAsync(DashboardQueries dashboard, CancellationToken cancellationToken = default)
    {
        var source = $"{dashboard.Title} ({dashboard.Uid})";
        var checks = new List<QueryCheck>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        GrafanaTimeRange dashboardRange;
        try
        {
            dashboardRange = GrafanaTimeRange.Resolve(dashboard.TimeFrom, dashboard.TimeTo, now);
        }
        catch (FormatException error)
        {
            checks.Add(new QueryCheck(CheckKind.Panel, source, "time", "-", dashboard.TimeFrom + " .. " + dashboard.TimeTo, "", "", CheckOutcome.Error, error.Message));
            return checks;
        }

        foreach (var target in dashboard.Targets.Where(t => t.DatasourceType != "prometheus"))
        {
            checks.Add(new QueryCheck(CheckKind.Panel, source, $"{target.PanelPath} [{target.RefId}]", "-", target.Expr, target.Expr,
                $"{target.DatasourceType} target", CheckOutcome.NotChecked, $"{target.DatasourceType} queries are not run against Prometheus"));
        }

        foreach (var selection in Selections)
        {
            var scenario = selection.ToString();
            var resolved = await new VariableResolver(client).ResolveAsync(dashboard, dashboardRange, selection, cancellationToken);
            foreach (var variable in resolved.Checks)
            {
                if (!seen.Add($"variable|{variable.Variable}|{variable.Request}")) continue;
                var outcome = !variable.Success ? CheckOutcome.Error : variable.Options.Count == 0 ? CheckOutcome.NoData : CheckOutcome.Data;
                var detail = variable.Success ? $"{variable.Options.Count} options" : variable.Error;
                if (outcome == CheckOutcome.NoData && await ExplainEmptyVariableAsync(variable, resolved, dashboardRange, cancellationToken) is { } why)
                    detail += ": " + why;
                checks.Add(new QueryCheck(CheckKind.Variable, source, "$" + variable.Variable, scenario, variable.Definition, variable.Definition,
                    variable.Request, outcome, detail));
            }

            foreach (var target in dashboard.Targets.Where(t => t.DatasourceType == "prometheus"))
            {
                var check = await CheckTargetAsync(source, target, dashboard, resolved, scenario, cancellationToken);
                if (seen.Add($"panel|{target.PanelPath}|{target.RefId}|{target.Mode}|{check.Query}")) checks.Add(check);
            }

            foreach (var annotation in dashboard.Annotations.Where(a => a.DatasourceType == "prometheus" && a.Enabled))
            {
                var check = await CheckAnnotationAsync(source, annotation, dashboardRange, resolved, scenario, cancellationToken);
                if (seen.Add($"annotation|{annotation.Name}|{check.Query}")) checks.Add(check);
            }
        }

        return checks;
    }

    private async Task<QueryCheck> CheckTargetAsync(string source, PanelTarget target, DashboardQueries dashboard, ResolvedVariables resolved,
        string scenario, CancellationToken cancellationToken)
    {
        var location = $"{target.PanelPath} [{target.RefId}]{(target.Mode == QueryMode.Instant ? " instant" : "")}";
        var prepared = Prepare(target, dashboard, resolved, now);
        if (prepared.Error is { } error)
            return new QueryCheck(CheckKind.Panel, source, location, scenario, target.Expr, "", "", CheckOutcome.Error, error);

        // Grafana leaves references it cannot resolve in the text ("$1" in label_replace is one); so does the check,
        // and names them next to the outcome.
        var check = await RunAsync(CheckKind.Panel, source, location, scenario, target.Expr, prepared.Query, target.Mode, prepared.Range, prepared.Step,
            cancellationToken);
        return WithUnknownVariables(check, prepared.UnknownVariables);
    }

    /// <summary>
    /// A panel target as Grafana would send it: variables substituted (a repeated panel's first copy), the panel's own
    /// time range and shift applied, <c>$__interval</c> and friends from the panel width and min interval.
    /// </summary>
    public static PreparedTarget Prepare(PanelTarget target, DashboardQueries dashboard, ResolvedVariables resolved, DateTimeOffset now)
    {
        PreparedTarget Fail(string detail) => new("", new GrafanaTimeRange(now, now), TimeSpan.Zero, [], detail);

        if (string.IsNullOrWhiteSpace(target.Expr)) return Fail("the target has no expr");
        var variables = new Dictionary<string, VariableValue>(resolved.Values, StringComparer.Ordinal);
        if (target.RepeatVariable is { } repeat && variables.TryGetValue(repeat, out var repeated) && repeated is TemplateValue { Values.Count: > 0 } many)
        {
            // A repeated panel gets one copy per value, each with the variable set to that single value: check the first copy.
            variables[repeat] = TemplateValue.Single(many.Values[0]);
        }

        GrafanaTimeRange range;
        QueryInterval interval;
        try
        {
            range = GrafanaTimeRange.Resolve(dashboard.TimeFrom, dashboard.TimeTo, now,
                Interpolate(target.TimeFrom, variables), Interpolate(target.TimeShift, variables));
            TimeSpan? minInterval = target.MinInterval is { Length: > 0 } text ? GrafanaDuration.Parse(Interpolate(text, variables)!) : null;
            interval = QueryInterval.Calculate(range.Length, target.MaxDataPoints, minInterval);
        }
        catch (FormatException error)
        {
            return Fail(error.Message);
        }

        foreach (var (name, value) in interval.BuiltInVariables()) variables[name] = new RawValue(value);
        try
        {
            var interpolated = TemplateInterpolator.Interpolate(target.Expr, variables);
            return new PreparedTarget(interpolated.Text, range, interval.Interval, interpolated.UnknownVariables, null);
        }
        catch (FormatException error)
        {
            return Fail(error.Message);
        }
    }

    /// <summary>Why a label_values/query_result variable has no options: the selector it reads, diagnosed like a panel query.</summary>
    private async Task<string?> ExplainEmptyVariableAsync(VariableCheck variable, ResolvedVariables resolved, GrafanaTimeRange range,
        CancellationToken cancellationToken)
    {
        var query = VariableQuery.Parse(TemplateInterpolator.Interpolate(variable.Definition, resolved.Values).Text);
        var selector = query switch
        {
            LabelValuesQuery { Selector: { } s } => s,
            QueryResultQuery q => q.Expr,
            SeriesQuery q => q.Selector,
            _ => null,
        };
        if (selector is null) return null;
        var why = await NoDataDiagnosis.ExplainAsync(client, selector, range.From, range.To, cancellationToken);
        return query is LabelValuesQuery labelValues && why == NoDataDiagnosis.SelectorsHaveSeries
            ? $"'{selector}' has series, but none has the label '{labelValues.Label}'"
            : why;
    }

    private async Task<QueryCheck> CheckAnnotationAsync(string source, AnnotationTarget annotation, GrafanaTimeRange range, ResolvedVariables resolved,
        string scenario, CancellationToken cancellationToken)
    {
        var step = GrafanaDuration.TryParse(annotation.Step, out var parsed) ? parsed : TimeSpan.FromSeconds(60);
        var interval = QueryInterval.Calculate(range.Length, (int)Math.Max(1, range.Length / step), step);
        var variables = new Dictionary<string, VariableValue>(resolved.Values, StringComparer.Ordinal);
        foreach (var (name, value) in interval.BuiltInVariables()) variables[name] = new RawValue(value);
        var interpolated = TemplateInterpolator.Interpolate(annotation.Expr, variables);
        var location = "annotation " + annotation.Name;
        var check = await RunAsync(CheckKind.Annotation, source, location, scenario, annotation.Expr, interpolated.Text, QueryMode.Range, range, step,
            cancellationToken);
        return WithUnknownVariables(check, interpolated.UnknownVariables);
    }

    /// <summary>Runs a query and classifies the answer; an empty answer is retried without threshold filters.</summary>
    public async Task<QueryCheck> RunAsync(CheckKind kind, string source, string location, string scenario, string expression, string query,
        QueryMode mode, GrafanaTimeRange range, TimeSpan step, CancellationToken cancellationToken)
    {
        // Grafana aligns range queries to the step.
        var stepMs = (long)step.TotalMilliseconds;
        var start = DateTimeOffset.FromUnixTimeMilliseconds(range.From.ToUnixTimeMilliseconds() / stepMs * stepMs);
        var end = DateTimeOffset.FromUnixTimeMilliseconds(range.To.ToUnixTimeMilliseconds() / stepMs * stepMs);
        var request = mode == QueryMode.Instant
            ? $"POST /api/v1/query time={range.To.ToUnixTimeSeconds()}"
            : $"POST /api/v1/query_range start={start.ToUnixTimeSeconds()} end={end.ToUnixTimeSeconds()} step={step.TotalSeconds.ToString(CultureInfo.InvariantCulture)}s";

        Task<PrometheusQueryResult> Query(string text) => mode == QueryMode.Instant
            ? client.QueryAsync(text, range.To, cancellationToken)
            : client.QueryRangeAsync(text, start, end, step, cancellationToken);

        var result = await Query(query);
        if (!result.Success) return new QueryCheck(kind, source, location, scenario, expression, query, request, CheckOutcome.Error, result.Error);
        var measured = measure?.Invoke(query);
        if (measured is { AlwaysCheck: true })
        {
            // The answer proves nothing (absent(x), x or vector(0)): x itself must have data.
            var present = await Query(measured.Query);
            return present.Success && !present.IsEmpty
                ? new QueryCheck(kind, source, location, scenario, expression, query, request, CheckOutcome.FilteredOut,
                    $"{measured.Reason}; what it measures ({measured.Query}) has {present.Series.Count} series")
                : new QueryCheck(kind, source, location, scenario, expression, query, request, CheckOutcome.NoData,
                    $"{measured.Reason}; what it measures ({measured.Query}) has no data");
        }

        if (!result.IsEmpty)
        {
            return new QueryCheck(kind, source, location, scenario, expression, query, request, CheckOutcome.Data,
                result.ScalarValue is null ? $"{result.Series.Count} series" : "scalar");
        }

        if (measured is not null)
        {
            var unfiltered = await Query(measured.Query);
            if (unfiltered.Success && !unfiltered.IsEmpty)
            {
                return new QueryCheck(kind, source, location, scenario, expression, query, request, CheckOutcome.FilteredOut,
                    $"without the threshold filter ({measured.Query}) it has {unfiltered.Series.Count} series");
            }
        }

        var why = await NoDataDiagnosis.ExplainAsync(client, query, range.From, range.To, cancellationToken);
        return new QueryCheck(kind, source, location, scenario, expression, query, request, CheckOutcome.NoData,
            "empty result (Grafana shows \"No data\")" + (why is null ? "" : ": " + why));
    }

    private static QueryCheck WithUnknownVariables(QueryCheck check, IReadOnlyCollection<string> unknownVariables) =>
        unknownVariables.Count == 0
            ? check
            : check with
            {
                Detail = check.Detail + " (left as written, as Grafana does: no variable " +
                         string.Join(", ", unknownVariables.Select(v => "$" + v)) + ")",
            };

    private static string? Interpolate(string? text, IReadOnlyDictionary<string, VariableValue> variables) =>
        text is null ? null : TemplateInterpolator.Interpolate(text, variables).Text;
}

/// <summary>A target ready to send: the query text, its time range and step, variables left as written; or why not.</summary>
public sealed record PreparedTarget(string Query, GrafanaTimeRange Range, TimeSpan Step, IReadOnlyCollection<string> UnknownVariables, string? Error);
