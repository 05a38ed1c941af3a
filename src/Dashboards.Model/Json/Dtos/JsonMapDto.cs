using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dashboards.Model.Json;

/// <summary>
/// A JSON object with keys in insertion order (Grafana stores some maps, e.g. value mappings and organize options,
/// as objects keyed by data values). Written by <see cref="JsonMapDtoConverter"/>, so no hash order leaks into output.
/// </summary>
[JsonConverter(typeof(JsonMapDtoConverter))]
internal sealed class JsonMapDto
{
    public JsonMapDto(KeyValuePair<string, object>[] entries) => Entries = entries;

    public static JsonMapDto Empty { get; } = new([]);

    public KeyValuePair<string, object>[] Entries { get; }
}

internal sealed class JsonMapDtoConverter : JsonConverter<JsonMapDto>
{
    public override JsonMapDto Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Dashboard DTOs are write-only.");

    public override void Write(Utf8JsonWriter writer, JsonMapDto value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (key, entry) in value.Entries)
        {
            writer.WritePropertyName(key);
            switch (entry)
            {
                case string s: writer.WriteStringValue(s); break;
                case bool b: writer.WriteBooleanValue(b); break;
                case int i: writer.WriteNumberValue(i); break;
                default: JsonSerializer.Serialize(writer, entry, options.GetTypeInfo(entry.GetType())); break;
            }
        }
        writer.WriteEndObject();
    }
}
