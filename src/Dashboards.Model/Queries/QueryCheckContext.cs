namespace Dashboards.Model;

/// <summary>
/// What a query type's own checks (<see cref="Target"/>, <see cref="Annotation"/>, <see cref="VariableQuery"/>) report to
/// when the catalog compiles.
/// Fields are the query's JSON properties (<c>expr</c>, <c>legendFormat</c>); errors name the dashboard, the panel and
/// the full JSON path.
/// </summary>
public sealed class QueryCheckContext
{
    private readonly object? _lints;
    private readonly Action<string, string> _error;
    private readonly Action<string, string?> _references;
    private readonly Action<string, DataSourceRef?, string> _datasource;

    internal QueryCheckContext(DataSourceRef? defaultDatasource, object? lints, Action<string, string> error,
        Action<string, string?> references, Action<string, DataSourceRef?, string> datasource)
    {
        DefaultDatasource = defaultDatasource;
        _lints = lints;
        _error = error;
        _references = references;
        _datasource = datasource;
    }

    /// <summary>The dashboard's default datasource, which a query that names none runs on.</summary>
    public DataSourceRef? DefaultDatasource { get; }

    /// <summary>
    /// What the query's folder is linted against (e.g. a PromQL metric catalog), when it is a <typeparamref name="T"/>;
    /// null otherwise.
    /// </summary>
    public T? Lints<T>() where T : class => _lints as T;

    /// <summary>Reports an error at <paramref name="field"/> of this query.</summary>
    public void Error(string field, string message) => _error(field, message);

    /// <summary>Checks the template variables <paramref name="text"/> refers to (<c>$var</c>, <c>${var}</c>, <c>[[var]]</c>) exist.</summary>
    public void CheckVariableReferences(string field, string? text) => _references(field, text);

    /// <summary>
    /// Checks a required datasource reference: present, of <paramref name="expectedType"/>, and, for a datasource
    /// variable, one the dashboard defines with that plugin type.
    /// </summary>
    public void CheckDatasource(string field, DataSourceRef? datasource, string expectedType) => _datasource(field, datasource, expectedType);
}
