using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Dashboards.Model.Json;

/// <summary>
/// Emits a dashboard as Grafana JSON: deterministic bytes (fixed property order, 2-space indent, '\n' newlines,
/// a trailing newline, invariant numbers). Emitting does not validate; <see cref="Dashboards.Model.CatalogCompiler"/> does both.
/// </summary>
public static class DashboardJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        // Keeps '<', '&', '\'' and non-ASCII text readable; output is a JSON file, not HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        // The generated serializer and JsonNode always write well-formed JSON; skipping the writer's
        // structural checks saves about a fifth of the emit time. Tests parse every emitted document.
        SkipValidation = true,
    };

    [ThreadStatic] private static ArrayBufferWriter<byte>? t_buffer;
    [ThreadStatic] private static Utf8JsonWriter? t_writer;

    /// <summary>UTF-8 JSON bytes of <paramref name="dashboard"/>.</summary>
    public static byte[] Serialize(Dashboard dashboard)
    {
        ArgumentNullException.ThrowIfNull(dashboard);
        return Serialize(dashboard, LayoutEngine.Arrange(dashboard));
    }

    /// <summary>The JSON as a string.</summary>
    public static string SerializeToString(Dashboard dashboard) => Encoding.UTF8.GetString(Serialize(dashboard));

    internal static byte[] Serialize(Dashboard dashboard, DashboardLayout layout)
    {
        var dto = DashboardJsonMapper.ToDto(dashboard, layout);
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer, WriterOptions);
        writer.Reset(buffer);
        try
        {
            if (RawFieldPatcher.HasRawFields(dashboard))
            {
                // Escape hatch path only: go through a JsonNode to set the raw fields.
                var root = JsonSerializer.SerializeToNode(dto, GrafanaJsonContext.Default.DashboardDto)!.AsObject();
                RawFieldPatcher.Apply(dashboard, root);
                root.WriteTo(writer);
            }
            else
            {
                JsonSerializer.Serialize(writer, dto, GrafanaJsonContext.Default.DashboardDto);
            }
            writer.Flush();
            var written = buffer.WrittenSpan;
            var bytes = new byte[written.Length + 1];
            written.CopyTo(bytes);
            bytes[^1] = (byte)'\n';
            return bytes;
        }
        finally
        {
            if (buffer.Capacity > 1024 * 1024) { t_buffer = null; t_writer = null; } // don't pin huge buffers per thread
        }
    }
}
