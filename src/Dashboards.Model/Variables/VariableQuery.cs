namespace Dashboards.Model;

/// <summary>
/// The query of a <see cref="QueryVariable"/>, in its datasource's language, e.g. <c>PrometheusVariableQuery</c>
/// (Dashboards.Prometheus). Query languages attach their own query types from outside the model.
/// </summary>
public abstract record VariableQuery
{
    protected VariableQuery() { }

    /// <summary>The query text Grafana stores (as <c>definition</c> and <c>query</c>).</summary>
    public abstract string Text { get; }

    /// <summary>The datasource plugin that answers the query.</summary>
    public abstract string DatasourceType { get; }

    /// <summary>
    /// The query's own checks when the catalog compiles, after the compiler checked the variables its text names and its
    /// datasource; fields are the variable's JSON properties (<c>query</c>).
    /// </summary>
    protected virtual void Check(QueryCheckContext context) { }

    internal void RunChecks(QueryCheckContext context) => Check(context);
}
