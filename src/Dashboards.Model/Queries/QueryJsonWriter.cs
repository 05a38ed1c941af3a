using Dashboards.Model.Json;

namespace Dashboards.Model;

/// <summary>
/// What a query type (target, annotation) writes its own fields with: a thin view of the emitter's writer, so the
/// query languages attach from their own packages while the bytes stay the emitter's (fixed order, same escaping).
/// Property names are UTF-8 literals: <c>json.WriteString("expr"u8, Expr)</c>.
/// </summary>
public readonly struct QueryJsonWriter
{
    private readonly GrafanaJsonWriter _writer;

    internal QueryJsonWriter(GrafanaJsonWriter writer) => _writer = writer;

    public void WriteString(ReadOnlySpan<byte> name, string value) => _writer.WriteString(name, value);

    /// <summary>A string property from characters (a query printed into a reused buffer, with no string of its own).</summary>
    public void WriteString(ReadOnlySpan<byte> name, ReadOnlySpan<char> value) => _writer.WriteString(name, value);

    /// <summary>Writes the property only when <paramref name="value"/> is not null.</summary>
    public void WriteOptional(ReadOnlySpan<byte> name, string? value) => _writer.WriteOptional(name, value);

    /// <summary>Writes the property only when <paramref name="value"/> is not null.</summary>
    public void WriteOptional(ReadOnlySpan<byte> name, int? value) => _writer.WriteOptional(name, value);

    public void WriteNumber(ReadOnlySpan<byte> name, int value) => _writer.WriteNumber(name, value);

    public void WriteBoolean(ReadOnlySpan<byte> name, bool value) => _writer.WriteBoolean(name, value);

    /// <summary>Writes <c>true</c> when <paramref name="value"/> is set, nothing otherwise (Grafana's optional flags).</summary>
    public void WriteTrueOrOmit(ReadOnlySpan<byte> name, bool value) => _writer.WriteTrueOrOmit(name, value);

    /// <summary>A duration the way Grafana writes it: the largest whole unit (<c>30s</c>, <c>5m</c>, <c>1h</c>).</summary>
    public void WriteDuration(ReadOnlySpan<byte> name, TimeSpan value) => _writer.WriteString(name, GrafanaDuration.Format(value));

    /// <summary>An array of strings (empty or default writes <c>[]</c>).</summary>
    public void WriteStrings(ReadOnlySpan<byte> name, ImmutableArray<string> values) => _writer.WriteStrings(name, values);

    public void WriteStartObject(ReadOnlySpan<byte> name) => _writer.WriteStartObject(name);

    public void WriteEndObject() => _writer.WriteEndObject();

    public void WriteStartArray(ReadOnlySpan<byte> name) => _writer.WriteStartArray(name);

    public void WriteEndArray() => _writer.WriteEndArray();
}
