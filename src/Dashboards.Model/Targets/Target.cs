namespace Dashboards.Model;

/// <summary>A panel query. Closed hierarchy: <see cref="PrometheusTarget"/>, <see cref="LokiTarget"/>, <see cref="TempoTarget"/>.</summary>
public abstract record Target
{
    private protected Target() { }

    /// <summary>Explicit refId; null means the next free letter (A, B, C...) is assigned when the dashboard is emitted.</summary>
    public string? RefId { get; init; }

    /// <summary>Target datasource; null means the panel's datasource.</summary>
    public DataSourceRef? Datasource { get; init; }

    /// <summary>Hidden queries are not shown; Grafana only runs them when an expression refers to them.</summary>
    public bool Hide { get; init; }

    /// <summary>The datasource plugin this target needs.</summary>
    public abstract string DatasourceType { get; }
}

/// <summary>Fluent members shared by every target type; each returns a changed copy of the concrete target.</summary>
public abstract record Target<TSelf> : Target where TSelf : Target<TSelf>
{
    private protected Target() { }

    public TSelf WithRefId(string refId)
    {
        if (string.IsNullOrWhiteSpace(refId)) throw new ArgumentException("A refId cannot be empty.", nameof(refId));
        return (TSelf)(this with { RefId = refId });
    }

    public TSelf WithDatasource(DataSourceRef datasource) => (TSelf)(this with { Datasource = datasource });
    public TSelf Hidden(bool hide = true) => (TSelf)(this with { Hide = hide });
}
