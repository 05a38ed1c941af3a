namespace Dashboards.Model;

/// <summary>
/// Options loaded from a datasource query, e.g. <c>new QueryVariable("provider", PrometheusVariableQuery.LabelValues("bot_api_calls_total", "provider"))</c>
/// (the query types come with their language's package, e.g. Dashboards.Prometheus).
/// </summary>
public sealed record QueryVariable : SelectVariable<QueryVariable>
{
    public QueryVariable(string name, VariableQuery query) : base(name)
    {
        ArgumentNullException.ThrowIfNull(query);
        Query = query;
    }

    public VariableQuery Query { get; }

    /// <summary>Datasource queried; null means the dashboard's default datasource.</summary>
    public DataSourceRef? Datasource { get => _options.Datasource; init => _options = _options with { Datasource = value }; }
    public VariableRefresh Refresh { get => _options.Refresh; init => _options = _options with { Refresh = value }; }
    public VariableSort Sort { get => _options.Sort; init => _options = _options with { Sort = value }; }
    /// <summary>Regex applied to the results; a capture group extracts the value.</summary>
    public string? Regex { get => _options.Regex; init => _options = _options with { Regex = value }; }

    // Set once if at all, while the label, multi-select and "All" are set by fluent calls that each copy the variable:
    // these live in one immutable object that copies share. It takes part in equality by value.
    private readonly QueryOptions _options = QueryOptions.None;

    private sealed record QueryOptions
    {
        public static QueryOptions None { get; } = new();

        public DataSourceRef? Datasource { get; init; }
        public VariableRefresh Refresh { get; init; } = VariableRefresh.OnDashboardLoad;
        public VariableSort Sort { get; init; } = VariableSort.AlphabeticalAscending;
        public string? Regex { get; init; }
    }

    public QueryVariable WithDatasource(DataSourceRef datasource) => this with { Datasource = datasource };
    public QueryVariable RefreshOn(VariableRefresh refresh) => this with { Refresh = refresh };
    public QueryVariable SortBy(VariableSort sort) => this with { Sort = sort };
    public QueryVariable WithRegex(string regex)
    {
        try { _ = new System.Text.RegularExpressions.Regex(regex); }
        catch (ArgumentException e) { throw new ArgumentException($"Variable regex '{regex}' is invalid: {e.Message}", nameof(regex)); }
        return this with { Regex = regex };
    }
}
