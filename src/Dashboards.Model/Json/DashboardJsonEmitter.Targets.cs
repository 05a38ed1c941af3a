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
            target.WriteQueryTo(w); // the query language's own fields
            w.WriteTrueOrOmit("hide"u8, target.Hide);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
