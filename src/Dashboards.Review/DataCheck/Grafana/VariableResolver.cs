using System.Globalization;
using System.Text.RegularExpressions;
using Dashboards.Review.DataCheck.Prometheus;

namespace Dashboards.Review.DataCheck.Grafana;

/// <summary>Which value each variable gets while the dashboard's queries are checked.</summary>
public enum VariableSelection
{
    /// <summary>"All" where the variable has it; every option for multi-value variables; else the current (or first) option.</summary>
    All,

    /// <summary>The first option of every variable, as one value.</summary>
    First,
}

/// <summary>The run of one query variable's query: what was asked and which options came back.</summary>
public sealed record VariableCheck(string Variable, string Definition, string Request, bool Success, string? Error, IReadOnlyList<string> Options);

/// <summary>Variable values for one selection, plus the variable queries that were run to get the options.</summary>
public sealed record ResolvedVariables(IReadOnlyDictionary<string, VariableValue> Values, IReadOnlyList<VariableCheck> Checks);

/// <summary>
/// Gives every template variable its options the way Grafana does (query variables ask Prometheus, chained variables
/// see the values of the variables they reference, <c>regex</c> filters and captures, <c>sort</c> orders) and then a value.
/// </summary>
public sealed class VariableResolver(PrometheusQueryClient client)
{
    public async Task<ResolvedVariables> ResolveAsync(DashboardQueries dashboard, GrafanaTimeRange range, VariableSelection selection,
        CancellationToken cancellationToken = default)
    {
        var definitions = dashboard.Variables.Where(v => v.Name.Length > 0).ToDictionary(v => v.Name, StringComparer.Ordinal);
        var values = new Dictionary<string, VariableValue>(StringComparer.Ordinal);
        foreach (var (name, value) in QueryInterval.Calculate(range.Length, 1000).BuiltInVariables()) values[name] = new RawValue(value);
        var checks = new List<VariableCheck>();
        var resolving = new HashSet<string>(StringComparer.Ordinal);

        async Task ResolveOneAsync(VariableDefinition variable)
        {
            if (values.ContainsKey(variable.Name) || !resolving.Add(variable.Name)) return; // done, or a cycle (left unresolved)
            // Chained variables: resolve what the query refers to first, whatever its position in the list.
            foreach (var reference in TemplateInterpolator.References(variable.Query ?? "") .Concat(TemplateInterpolator.References(variable.AllValue ?? "")))
            {
                if (definitions.TryGetValue(reference, out var dependency)) await ResolveOneAsync(dependency);
            }

            var options = await OptionsAsync(variable, values, range, checks, cancellationToken);
            var value = Select(variable, options, selection);
            if (value is not null) values[variable.Name] = value;
        }

        foreach (var variable in definitions.Values) await ResolveOneAsync(variable);
        return new ResolvedVariables(values, checks);
    }

    /// <summary>The value a variable takes under <paramref name="selection"/>; null for variables that do not substitute (adhoc).</summary>
    public static VariableValue? Select(VariableDefinition variable, IReadOnlyList<string> options, VariableSelection selection)
    {
        switch (variable.Type)
        {
            case "constant":
                return new RawValue(variable.Query ?? "");
            case "adhoc":
            case "groupby":
            case "system":
            case "snapshot":
                return null;
        }

        if (selection == VariableSelection.First || (!variable.IncludeAll && !variable.Multi))
        {
            var current = variable.CurrentValues.FirstOrDefault(options.Contains);
            var chosen = selection == VariableSelection.All && current is not null ? current : options.FirstOrDefault();
            return new TemplateValue(chosen is null ? [] : [chosen], IsAll: false, variable.Multi, variable.IncludeAll);
        }

        return new TemplateValue(options, IsAll: variable.IncludeAll, variable.Multi, variable.IncludeAll, variable.AllValue);
    }

    private async Task<IReadOnlyList<string>> OptionsAsync(VariableDefinition variable, IReadOnlyDictionary<string, VariableValue> values,
        GrafanaTimeRange range, List<VariableCheck> checks, CancellationToken cancellationToken)
    {
        switch (variable.Type)
        {
            case "custom":
                return CustomOptions(variable.Query ?? "");
            case "interval":
                return CustomOptions(variable.Query ?? "");
            case "textbox":
                return [variable.CurrentValues.FirstOrDefault() ?? variable.Query ?? ""];
            case "datasource":
                return [variable.CurrentValues.FirstOrDefault() ?? variable.Query ?? ""];
            case "constant":
                return [variable.Query ?? ""];
            case "query" when variable.DatasourceType is null or "prometheus" || (variable.DatasourceType?.StartsWith('$') ?? false):
                break;
            case "query":
                // A Loki/Tempo variable: not checked here; keep its saved options so queries can still be interpolated.
                return variable.StaticOptions.Count > 0 ? variable.StaticOptions : variable.CurrentValues;
            default:
                return variable.StaticOptions;
        }

        var definition = variable.Query ?? "";
        var interpolated = TemplateInterpolator.Interpolate(definition, values).Text;
        var (request, result) = await RunAsync(VariableQuery.Parse(interpolated), range, cancellationToken);
        var options = result.Success ? Sort(ApplyRegex(result.Values, variable.Regex), variable.Sort) : [];
        checks.Add(new VariableCheck(variable.Name, definition, request, result.Success, result.Error, options));
        return options;
    }

    private async Task<(string Request, PrometheusListResult Result)> RunAsync(VariableQuery query, GrafanaTimeRange range, CancellationToken cancellationToken)
    {
        switch (query)
        {
            case LabelValuesQuery labelValues:
                var match = labelValues.Selector is null ? null : new[] { labelValues.Selector };
                return ($"GET /api/v1/label/{labelValues.Label}/values" + (match is null ? "" : "?match[]=" + labelValues.Selector),
                    await client.LabelValuesAsync(labelValues.Label, match, range.From, range.To, cancellationToken));
            case LabelNamesQuery labelNames:
                return ("GET /api/v1/labels" + (labelNames.Match is null ? "" : "?match[]=" + labelNames.Match),
                    await client.LabelNamesAsync(labelNames.Match is null ? null : [labelNames.Match], range.From, range.To, cancellationToken));
            case MetricNamesQuery metrics:
                var names = await client.LabelValuesAsync("__name__", null, range.From, range.To, cancellationToken);
                var pattern = new Regex(metrics.Regex);
                return ($"GET /api/v1/label/__name__/values (matching /{metrics.Regex}/)",
                    names with { Values = names.Values.Where(n => pattern.IsMatch(n)).ToList() });
            case QueryResultQuery queryResult:
                var instant = await client.QueryAsync(queryResult.Expr, range.To, cancellationToken);
                var stamp = range.To.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
                return ("POST /api/v1/query " + queryResult.Expr, new PrometheusListResult(instant.Success, instant.Error,
                    instant.ScalarValue is { } scalar ? [$"scalar {scalar} {stamp}"] : instant.Series.Select(s => $"{SeriesText(s.Labels)} {s.LastValue} {stamp}").ToList()));
            case SeriesQuery series:
                var found = await client.SeriesAsync([series.Selector], range.From, range.To, cancellationToken);
                return ("POST /api/v1/series?match[]=" + series.Selector,
                    new PrometheusListResult(found.Success, found.Error, found.Series.Select(s => SeriesText(s.Labels)).ToList()));
            default:
                throw new InvalidOperationException($"Unknown variable query {query}.");
        }
    }

    /// <summary>Grafana's custom variable syntax: comma-separated, <c>\,</c> escapes a comma, <c>text : value</c> pairs.</summary>
    public static IReadOnlyList<string> CustomOptions(string query) =>
        Regex.Matches(query, @"(?:\\,|[^,])+")
            .Select(m => m.Value.Replace("\\,", ",").Trim())
            .Where(v => v.Length > 0)
            .Select(v => v.Contains(" : ", StringComparison.Ordinal) ? v[(v.IndexOf(" : ", StringComparison.Ordinal) + 3)..].Trim() : v)
            .ToList();

    /// <summary>
    /// A variable's <c>regex</c> (<c>/pattern/flags</c>): keeps matching options; a capture group (or the named group
    /// <c>value</c>, else <c>text</c>) becomes the option.
    /// </summary>
    public static IReadOnlyList<string> ApplyRegex(IReadOnlyList<string> options, string? regex)
    {
        if (string.IsNullOrEmpty(regex)) return options.Distinct().ToList();
        var pattern = regex;
        var regexOptions = RegexOptions.None;
        if (pattern.Length > 1 && pattern[0] == '/' && pattern.LastIndexOf('/') > 0)
        {
            var end = pattern.LastIndexOf('/');
            if (pattern[(end + 1)..].Contains('i')) regexOptions |= RegexOptions.IgnoreCase;
            pattern = pattern[1..end];
        }

        var compiled = new Regex(pattern, regexOptions);
        var result = new List<string>();
        foreach (var option in options)
        {
            var match = compiled.Match(option);
            if (!match.Success) continue;
            var value = match.Groups["value"].Success ? match.Groups["value"].Value
                : match.Groups["text"].Success ? match.Groups["text"].Value
                : match.Groups.Count > 1 && match.Groups[1].Success ? match.Groups[1].Value
                : option;
            if (!result.Contains(value)) result.Add(value);
        }

        return result;
    }

    /// <summary>Grafana's variable sort: 0 none, 1/2 alphabetical, 3/4 numerical, 5/6 alphabetical case-insensitive, 7/8 natural.</summary>
    public static IReadOnlyList<string> Sort(IReadOnlyList<string> options, int sort)
    {
        static double Number(string text) =>
            Regex.Match(text, @"-?\d+(\.\d+)?") is { Success: true } m ? double.Parse(m.Value, CultureInfo.InvariantCulture) : double.NaN;

        return sort switch
        {
            1 or 7 => options.Order(StringComparer.Ordinal).ToList(),
            2 or 8 => options.OrderDescending(StringComparer.Ordinal).ToList(),
            3 => options.OrderBy(Number).ToList(),
            4 => options.OrderByDescending(Number).ToList(),
            5 => options.Order(StringComparer.OrdinalIgnoreCase).ToList(),
            6 => options.OrderDescending(StringComparer.OrdinalIgnoreCase).ToList(),
            _ => options,
        };
    }

    private static string SeriesText(IReadOnlyDictionary<string, string> labels)
    {
        var name = labels.TryGetValue("__name__", out var n) ? n : "";
        var rest = labels.Where(l => l.Key != "__name__").Select(l => $"{l.Key}=\"{l.Value}\"");
        return name + "{" + string.Join(",", rest) + "}";
    }
}
