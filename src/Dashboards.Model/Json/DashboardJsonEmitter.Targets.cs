namespace Dashboards.Model.Json;

internal static partial class DashboardJsonEmitter
{
    private static void WriteTargets(GrafanaJsonWriter w, ImmutableArray<Target> targets, DataSourceRef? panelDs)
    {
        // Usually no target names its refId, and they are A, B, C... in order: no array for that.
        string[]? refIds = null;
        foreach (var target in targets)
        {
            if (target.RefId is null) continue;
            refIds = AssignRefIds(targets);
            break;
        }
        w.WriteStartArray("targets"u8);
        for (var i = 0; i < targets.Length; i++)
        {
            var target = targets[i];
            w.WriteStartObject();
            w.WriteString("refId"u8, refIds is null ? RefIdAt(i) : refIds[i]);
            WriteDatasource(w, target.Datasource ?? panelDs);
            target.WriteQueryTo(w); // the query language's own fields
            w.WriteTrueOrOmit("hide"u8, target.Hide);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
