using System.Text;
using System.Text.Json.Nodes;

namespace Dashboards.Model.Json;

/// <summary>
/// Emits a dashboard as Grafana JSON: deterministic bytes (fixed property order, 2-space indent, '\n' newlines,
/// a trailing newline, invariant numbers, non-ASCII text unescaped). The shape is in <see cref="DashboardJsonEmitter"/>.
/// Emitting does not validate; <c>CatalogCompiler</c> (Dashboards.Compiler) does both.
/// </summary>
public static class DashboardJson
{
    [ThreadStatic] private static GrafanaJsonWriter? t_writer;

    /// <summary>UTF-8 JSON bytes of <paramref name="dashboard"/>.</summary>
    public static byte[] Serialize(Dashboard dashboard)
    {
        ArgumentNullException.ThrowIfNull(dashboard);
        return Serialize(dashboard, LayoutEngine.Arrange(dashboard));
    }

    /// <summary>The JSON as a string.</summary>
    public static string SerializeToString(Dashboard dashboard) => Encoding.UTF8.GetString(Serialize(dashboard));

    /// <param name="observer">Sees every token of the final document as it is written (the streaming schema check).</param>
    internal static byte[] Serialize(Dashboard dashboard, DashboardLayout layout, JsonWriteObserver? observer = null)
    {
        var writer = t_writer ??= new GrafanaJsonWriter();
        writer.Reset();
        try
        {
            var raw = RawFieldPatcher.HasRawFields(dashboard);
            writer.Observer = raw ? null : observer;
            DashboardJsonEmitter.Write(writer, dashboard, layout);
            if (raw)
            {
                // Escape hatch path only: go through a JsonNode to set the raw fields, then write it the same way
                // (the observer sees this final document, raw fields included).
                var root = JsonNode.Parse(writer.Written)!.AsObject();
                RawFieldPatcher.Apply(dashboard, root);
                writer.Reset();
                writer.Observer = observer;
                writer.WriteNodeValue(root);
            }
            var written = writer.Written;
            var bytes = GC.AllocateUninitializedArray<byte>(written.Length + 1); // every byte is written below
            written.CopyTo(bytes);
            bytes[^1] = (byte)'\n';
            return bytes;
        }
        finally
        {
            writer.Observer = null;
            if (writer.Capacity > 1024 * 1024) t_writer = null; // don't pin huge buffers per thread
        }
    }
}
