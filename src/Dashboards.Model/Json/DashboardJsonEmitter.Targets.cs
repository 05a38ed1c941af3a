namespace Dashboards.Model.Json;

internal static partial class DashboardJsonEmitter
{
    private static void WriteTargets(GrafanaJsonWriter w, ImmutableArray<Target> targets, DataSourceRef? panelDs)
    {
        var refIds = AssignRefIds(targets);
        w.WriteStartArray("targets"u8);
        for (var i = 0; i < targets.Length; i++)
        {
            var target = targets[i];
            w.WriteStartObject();
            w.WriteString("refId"u8, refIds[i]);
            WriteDatasource(w, target.Datasource ?? panelDs);
            switch (target)
            {
                case PrometheusTarget p:
                    w.WriteString("editorMode"u8, "code");
                    w.WriteString("expr"u8, p.Expr);
                    w.WriteOptional("legendFormat"u8, p.LegendValue?.Template);
                    w.WriteString("format"u8, GrafanaNames.Of(p.Format));
                    w.WriteBoolean("range"u8, p.Kind != PrometheusQueryKind.Instant);
                    w.WriteBoolean("instant"u8, p.Kind != PrometheusQueryKind.Range);
                    if (p.MinStep is { } step) w.WriteString("interval"u8, GrafanaDuration.Format(step));
                    w.WriteOptional("intervalFactor"u8, p.IntervalFactor);
                    w.WriteTrueOrOmit("exemplar"u8, p.Exemplar);
                    break;
                case LokiTarget l:
                    w.WriteString("editorMode"u8, "code");
                    w.WriteString("expr"u8, l.Expr);
                    w.WriteString("queryType"u8, GrafanaNames.Of(l.QueryType));
                    w.WriteOptional("legendFormat"u8, l.LegendValue?.Template);
                    w.WriteOptional("maxLines"u8, l.MaxLinesValue);
                    break;
                case TempoTarget t:
                    w.WriteString("queryType"u8, "traceql");
                    w.WriteString("query"u8, t.Query);
                    w.WriteOptional("limit"u8, t.LimitValue);
                    w.WriteStartArray("filters"u8);
                    w.WriteEndArray();
                    break;
                default:
                    throw new NotSupportedException($"Target type {target.GetType().Name} has no JSON mapping.");
            }
            w.WriteTrueOrOmit("hide"u8, target.Hide);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
