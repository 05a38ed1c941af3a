using Dashboards.Model.Json;

namespace Dashboards.Model;

/// <summary>
/// A panel query. The model has <see cref="TempoTarget"/>; query languages attach theirs from their own packages
/// (<c>PrometheusTarget</c> in Dashboards.Prometheus, <c>LokiTarget</c> in Dashboards.Loki): a target writes its own
/// query fields and brings its own checks, so the emitter and the compiler know no query language.
/// </summary>
public abstract record Target
{
    protected Target() { }

    /// <summary>Explicit refId; null means the next free letter (A, B, C...) is assigned when the dashboard is emitted.</summary>
    public string? RefId { get => _settings.RefId; init => _settings = _settings with { RefId = value }; }

    /// <summary>Target datasource; null means the panel's datasource.</summary>
    public DataSourceRef? Datasource { get => _settings.Datasource; init => _settings = _settings with { Datasource = value }; }

    /// <summary>Hidden queries are not shown; Grafana only runs them when an expression refers to them.</summary>
    public bool Hide { get => _settings.Hide; init => _settings = _settings with { Hide = value }; }

    // Every fluent call copies the target, and most targets never set these: they live in one immutable object that
    // copies share, so a copy carries one field instead of three. It takes part in equality by value.
    private readonly TargetSettings _settings = TargetSettings.None;

    private sealed record TargetSettings
    {
        public static TargetSettings None { get; } = new();

        public string? RefId { get; init; }
        public DataSourceRef? Datasource { get; init; }
        public bool Hide { get; init; }
    }

    /// <summary>The datasource plugin this target needs.</summary>
    public abstract string DatasourceType { get; }

    /// <summary>Writes the datasource's own query fields, after <c>refId</c> and <c>datasource</c>, before <c>hide</c>.</summary>
    protected abstract void WriteQuery(QueryJsonWriter json);

    /// <summary>
    /// The target's own checks when the catalog compiles (its query parses, the variables it names exist, lints), after
    /// the compiler checked its refId and datasource.
    /// </summary>
    protected virtual void Check(QueryCheckContext context) { }

    /// <summary>
    /// The name Grafana's datasource gives this query's value column when it answers as a table (see
    /// <see cref="ValueColumns"/>), given the panel's queries; null when it answers time series.
    /// </summary>
    protected virtual string? ValueColumn(string refId, ImmutableArray<Target> panelTargets) => null;

    internal void WriteQueryTo(GrafanaJsonWriter writer) => WriteQuery(new QueryJsonWriter(writer));

    internal void RunChecks(QueryCheckContext context) => Check(context);

    internal string? ValueColumnOf(string refId, ImmutableArray<Target> panelTargets) => ValueColumn(refId, panelTargets);
}

/// <summary>Fluent members shared by every target type; each returns a changed copy of the concrete target.</summary>
public abstract record Target<TSelf> : Target where TSelf : Target<TSelf>
{
    protected Target() { }

    public TSelf WithRefId(string refId)
    {
        if (string.IsNullOrWhiteSpace(refId)) throw new ArgumentException("A refId cannot be empty.", nameof(refId));
        return (TSelf)(this with { RefId = refId });
    }

    public TSelf WithDatasource(DataSourceRef datasource) => (TSelf)(this with { Datasource = datasource });
    public TSelf Hidden(bool hide = true) => (TSelf)(this with { Hide = hide });
}
