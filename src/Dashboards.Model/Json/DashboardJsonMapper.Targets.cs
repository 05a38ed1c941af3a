namespace Dashboards.Model.Json;

internal static partial class DashboardJsonMapper
{
    private static TargetDto[] MapTargets(ImmutableArray<Target> targets, DataSourceRef? panelDs)
    {
        var result = new TargetDto[targets.Length];
        var refIds = AssignRefIds(targets);
        for (var i = 0; i < result.Length; i++)
        {
            var target = targets[i];
            var ds = Map(target.Datasource ?? panelDs);
            var hide = target.Hide ? true : (bool?)null;
            result[i] = target switch
            {
                PrometheusTarget p => new PrometheusTargetDto
                {
                    RefId = refIds[i],
                    Datasource = ds,
                    EditorMode = "code",
                    Expr = p.Expr,
                    LegendFormat = p.LegendValue?.Template,
                    Format = GrafanaNames.Of(p.Format),
                    Range = p.Kind != PrometheusQueryKind.Instant,
                    Instant = p.Kind != PrometheusQueryKind.Range,
                    Interval = p.MinStep is { } step ? GrafanaDuration.Format(step) : null,
                    IntervalFactor = p.IntervalFactor,
                    Exemplar = p.Exemplar ? true : null,
                    Hide = hide,
                },
                LokiTarget l => new LokiTargetDto
                {
                    RefId = refIds[i],
                    Datasource = ds,
                    EditorMode = "code",
                    Expr = l.Expr,
                    QueryType = GrafanaNames.Of(l.QueryType),
                    LegendFormat = l.LegendValue?.Template,
                    MaxLines = l.MaxLinesValue,
                    Hide = hide,
                },
                TempoTarget t => new TempoTargetDto
                {
                    RefId = refIds[i],
                    Datasource = ds,
                    QueryType = "traceql",
                    Query = t.Query,
                    Limit = t.LimitValue,
                    Filters = [],
                    Hide = hide,
                },
                _ => throw new NotSupportedException($"Target type {target.GetType().Name} has no JSON mapping."),
            };
        }
        return result;
    }

    /// <summary>Explicit refIds are kept; the others get the first letters (A, B, C...) no explicit one uses.</summary>
    internal static string[] AssignRefIds(ImmutableArray<Target> targets)
    {
        var result = new string[targets.Length];
        var anyExplicit = false;
        for (var i = 0; i < targets.Length; i++)
            if (targets[i].RefId is { } explicitId) { result[i] = explicitId; anyExplicit = true; }
        var next = 0;
        for (var i = 0; i < targets.Length; i++)
        {
            if (result[i] is not null) continue;
            string candidate;
            do candidate = RefIdAt(next++);
            while (anyExplicit && Array.IndexOf(result, candidate) >= 0);
            result[i] = candidate;
        }
        return result;
    }
}
