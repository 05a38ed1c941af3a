using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dashboards.Model.Json;

/// <summary>
/// Writes the emitter's JSON: 2-space indent, '\n' newlines, <c>"name": value</c>, empty containers as <c>{}</c> and
/// <c>[]</c>: byte for byte what <see cref="Utf8JsonWriter"/> writes with <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>.
/// It exists because Utf8JsonWriter costs 10 to 14 ns per token (1.4 µs per panel), about the whole
/// build-and-serialize budget. Here property names are UTF-8 literals, a separator and indent are a few stores,
/// printable ASCII is copied 8 characters at a time (quotes and backslashes escaped here), and anything else that
/// needs escaping goes through a Utf8JsonWriter, so escaping and number formatting stay exactly the library's.
/// Values of shared immutable model objects can be remembered and copied (<see cref="WriteRemembered{T}"/>).
/// The writer does not check structure; the emitter is the only caller and tests parse every document it writes.
/// </summary>
internal sealed class GrafanaJsonWriter
{
    private const int MaxIndentDepth = 60;

    // "\n" followed by enough spaces for any depth the emitter reaches.
    private static readonly byte[] NewLineAndSpaces = CreateNewLineAndSpaces();

    private static readonly JsonWriterOptions EscapingOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private byte[] _buffer;
    private int _position;
    private int _depth;
    private bool _hasItems;   // the open container already has an item (so the next one needs a comma)
    private bool _afterName;  // a property name was written; the next value follows it on the same line

    private readonly RememberedValue[] _kept = new RememberedValue[8];
    private readonly RememberedValue[] _seen = new RememberedValue[8];
    private int _nextKept;
    private int _nextSeen;

    private JsonWriteObserver? _observer;

    private ArrayBufferWriter<byte>? _scratch;
    private Utf8JsonWriter? _scratchWriter;

    public GrafanaJsonWriter(int capacity = 16 * 1024) => _buffer = new byte[capacity];

    public int Capacity => _buffer.Length;

    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _position);

    /// <summary>Sees every token from now on (the streaming schema check); null for none.</summary>
    public JsonWriteObserver? Observer
    {
        get => _observer;
        set => _observer = value;
    }

    public void Reset()
    {
        _position = 0;
        _depth = 0;
        _hasItems = false;
        _afterName = false;
    }

    // ---- containers ----

    public void WriteStartObject() => Start((byte)'{');

    public void WriteStartArray() => Start((byte)'[');

    public void WriteStartObject(ReadOnlySpan<byte> name) => Start(name, (byte)'{');

    public void WriteStartArray(ReadOnlySpan<byte> name) => Start(name, (byte)'[');

    private void Start(ReadOnlySpan<byte> name, byte open)
    {
        if (_observer is { } observer)
        {
            observer.Name(name);
            Observe(observer, open);
        }
        var position = PropertyPrefix(name, 1);
        Unsafe.Add(ref Data, position) = open;
        _position = position + 1;
        _depth++;
        _hasItems = false;
    }

    public void WriteEndObject() => End((byte)'}');

    public void WriteEndArray() => End((byte)']');

    private void Start(byte open)
    {
        if (_observer is { } observer) Observe(observer, open);
        var position = ValuePrefix(1);
        Unsafe.Add(ref Data, position) = open;
        _position = position + 1;
        _depth++;
        _hasItems = false;
    }

    private static void Observe(JsonWriteObserver observer, byte open)
    {
        if (open == (byte)'{') observer.StartObject();
        else observer.StartArray();
    }

    private void End(byte close)
    {
        if (_observer is { } observer)
        {
            if (close == (byte)'}') observer.EndObject();
            else observer.EndArray();
        }
        var depth = --_depth;
        Ensure(2 + depth * 2);
        ref var data = ref Data;
        var position = _position;
        if (_hasItems) position = NewLineAt(ref data, position, depth);
        Unsafe.Add(ref data, position) = close;
        _position = position + 1;
        _hasItems = true;
    }

    // ---- properties ----

    /// <summary>Writes <c>"name": </c>; the next value call writes the value.</summary>
    public void WritePropertyName(ReadOnlySpan<byte> name)
    {
        _observer?.Name(name);
        _position = PropertyPrefix(name, 0);
        _afterName = true;
    }

    /// <summary>
    /// Makes room for the property and <paramref name="valueBytes"/> more, and writes the comma, newline, indent and
    /// <c>"name": </c>. Returns where the value starts; the caller writes it and sets <c>_position</c>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int PropertyPrefix(ReadOnlySpan<byte> name, int valueBytes)
    {
        var depth = _depth;
        Ensure(name.Length + 6 + depth * 2 + valueBytes);
        ref var data = ref Data;
        var position = ItemSeparatorAt(ref data, _position, depth);
        Unsafe.Add(ref data, position) = (byte)'"';
        CopySmall(name, ref Unsafe.Add(ref data, position + 1));
        position += name.Length + 1;
        Unsafe.Add(ref data, position) = (byte)'"';
        Unsafe.Add(ref data, position + 1) = (byte)':';
        Unsafe.Add(ref data, position + 2) = (byte)' ';
        return position + 3;
    }

    /// <summary>A property whose name is data (value-mapping keys, field names): escaped like a string.</summary>
    public void WritePropertyName(string name)
    {
        _observer?.Name(name);
        Ensure(name.Length * 2 + 6 + _depth * 2);
        _position = WriteQuotedAt(ItemSeparatorAt(ref Data, _position, _depth), name);
        Ensure(2); // the library's escaping may have made the name longer than planned
        _buffer[_position] = (byte)':';
        _buffer[_position + 1] = (byte)' ';
        _position += 2;
        _afterName = true;
    }

    public void WriteString(ReadOnlySpan<byte> name, string value)
    {
        if (_observer is { } observer)
        {
            observer.Name(name);
            observer.String(value);
        }
        _position = WriteQuotedAt(PropertyPrefix(name, value.Length * 2 + 2), value);
    }

    /// <summary>A string property from characters that are not a string (a query printed into a reused buffer).</summary>
    public void WriteString(ReadOnlySpan<byte> name, ReadOnlySpan<char> value)
    {
        if (_observer is { } observer)
        {
            observer.Name(name);
            observer.String(value);
        }
        _position = WriteQuotedAt(PropertyPrefix(name, value.Length * 2 + 2), value);
    }

    /// <summary>Writes the property only when <paramref name="value"/> is not null.</summary>
    public void WriteOptional(ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null) WriteString(name, value);
    }

    public void WriteNumber(ReadOnlySpan<byte> name, int value)
    {
        var start = PropertyPrefix(name, 11);
        _position = WriteIntAt(start, value);
        if (_observer is { } observer)
        {
            observer.Name(name);
            observer.Number(_buffer.AsSpan(start, _position - start));
        }
    }

    public void WriteNumber(ReadOnlySpan<byte> name, double value)
    {
        WritePropertyName(name);
        WriteNumberValue(value);
    }

    /// <summary>A number, or JSON null (threshold base steps, open range ends).</summary>
    public void WriteNumberOrNull(ReadOnlySpan<byte> name, double? value)
    {
        WritePropertyName(name);
        if (value is { } v) WriteNumberValue(v);
        else WriteNullValue();
    }

    public void WriteOptional(ReadOnlySpan<byte> name, int? value)
    {
        if (value is { } v) WriteNumber(name, v);
    }

    public void WriteOptional(ReadOnlySpan<byte> name, double? value)
    {
        if (value is { } v) WriteNumber(name, v);
    }

    public void WriteBoolean(ReadOnlySpan<byte> name, bool value)
    {
        if (_observer is { } observer)
        {
            observer.Name(name);
            observer.Boolean(value);
        }
        _position = WriteBooleanAt(PropertyPrefix(name, 5), value);
    }

    public void WriteOptional(ReadOnlySpan<byte> name, bool? value)
    {
        if (value is { } v) WriteBoolean(name, v);
    }

    /// <summary>
    /// Writes <c>"name": value</c> where the value is what <paramref name="writeValue"/> writes for the immutable
    /// model object <paramref name="key"/>. An object met a second time at the same depth (the dashboard's datasource,
    /// default legend and tooltip options, a shared thresholds set) has its bytes kept, and from then on they are
    /// copied. <paramref name="writeValue"/> must depend on nothing but <paramref name="key"/>.
    /// </summary>
    public void WriteRemembered<T>(ReadOnlySpan<byte> name, T key, Action<GrafanaJsonWriter, T> writeValue) where T : class
    {
        WritePropertyName(name);
        var depth = _depth;
        var kept = _kept;
        // With an observer, kept bytes are copied only where they were checked against the same schema position.
        var token = _observer?.NextValueToken;
        for (var i = 0; i < kept.Length; i++)
        {
            ref var entry = ref kept[i];
            if (!ReferenceEquals(entry.Key, key) || entry.Depth != depth) continue;
            if (token is not null)
            {
                if (!ReferenceEquals(entry.Token, token))
                {
                    writeValue(this, key); // same bytes again, checked this time
                    // Remember the check only if it passed, and only for this entry (nested values may have replaced slots).
                    if (!_observer!.Rejected && ReferenceEquals(kept[i].Key, key) && kept[i].Depth == depth)
                        kept[i] = kept[i] with { Token = token };
                    return;
                }
                _observer!.SkipCheckedValue(entry.Bytes);
            }
            var bytes = entry.Bytes!;
            _afterName = false;
            Ensure(bytes.Length);
            bytes.CopyTo(_buffer.AsSpan(_position));
            _position += bytes.Length;
            return;
        }
        var start = _position;
        writeValue(this, key);
        // Seen once before (on probation): keep its bytes. Otherwise put it on probation, so one-off objects
        // cost no copy and do not push out the shared ones.
        var seen = _seen;
        for (var i = 0; i < seen.Length; i++)
        {
            if (!ReferenceEquals(seen[i].Key, key) || seen[i].Depth != depth) continue;
            seen[i] = default;
            var checkedToken = _observer is { Rejected: false } ? token : null; // bytes that failed are never copied unchecked
            kept[_nextKept] = new RememberedValue(key, depth, _buffer.AsSpan(start, _position - start).ToArray(), checkedToken);
            _nextKept = (_nextKept + 1) % kept.Length;
            return;
        }
        seen[_nextSeen] = new RememberedValue(key, depth, null);
        _nextSeen = (_nextSeen + 1) % seen.Length;
    }

    /// <summary>Writes <c>true</c> when <paramref name="value"/> is set, nothing otherwise (Grafana's optional flags).</summary>
    public void WriteTrueOrOmit(ReadOnlySpan<byte> name, bool value)
    {
        if (value) WriteBoolean(name, true);
    }

    /// <summary>An array of strings (empty or default writes <c>[]</c>).</summary>
    public void WriteStrings(ReadOnlySpan<byte> name, ImmutableArray<string> values)
    {
        WriteStartArray(name);
        if (!values.IsDefault)
            foreach (var value in values) WriteStringValue(value);
        WriteEndArray();
    }

    // ---- values (array items, or the value after WritePropertyName) ----

    public void WriteStringValue(string value)
    {
        _observer?.String(value);
        _position = WriteQuotedAt(ValuePrefix(value.Length * 2 + 2), value);
    }

    public void WriteNumberValue(int value)
    {
        var start = ValuePrefix(11);
        _position = WriteIntAt(start, value);
        _observer?.Number(_buffer.AsSpan(start, _position - start));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int WriteIntAt(int position, int value)
    {
        ref var data = ref Data;
        if ((uint)value < 100)
        {
            // Ids, grid positions and sizes: one or two digits.
            if (value >= 10) Unsafe.Add(ref data, position++) = (byte)('0' + value / 10);
            Unsafe.Add(ref data, position++) = (byte)('0' + value % 10);
        }
        else
        {
            value.TryFormat(_buffer.AsSpan(position), out var written, default, CultureInfo.InvariantCulture);
            position += written;
        }
        return position;
    }

    public void WriteNumberValue(double value)
    {
        if (!double.IsFinite(value)) throw new ArgumentException($"JSON cannot hold the number {value}.", nameof(value));
        if (value is >= 0 and < 100 && value == (int)value && !double.IsNegative(value))
        {
            WriteNumberValue((int)value); // same digits, without the general formatter
            return;
        }
        var position = ValuePrefix(32);
        // Utf8JsonWriter formats doubles this way too (shortest round-trip form, invariant culture).
        var written = WriteShortDecimalAt(position, value);
        if (written == 0) value.TryFormat(_buffer.AsSpan(position), out written, default, CultureInfo.InvariantCulture);
        _position = position + written;
        _observer?.Number(_buffer.AsSpan(position, written));
    }

    private static readonly double[] PowersOfTen = [1, 10, 100, 1e3, 1e4, 1e5, 1e6];

    /// <summary>
    /// Thresholds, ratios and quantiles (0.95, 0.999, 12.5) without the general shortest-round-trip formatter, which costs
    /// several times the rest of a number. The fewest decimals k (1 to 6) for which digits / 10^k gives back the value
    /// exactly is the shortest round-trip form; for |value| in [0.001, 1e9) no shorter digit string round-trips and the
    /// general formatter writes it in plain notation, so the bytes are the same; whole numbers there are their digits.
    /// Returns 0 (nothing written) otherwise.
    /// </summary>
    private int WriteShortDecimalAt(int position, double value)
    {
        var magnitude = Math.Abs(value);
        if (!(magnitude >= 1e-3 && magnitude < 1e9)) return 0;
        if (magnitude == Math.Floor(magnitude))
        {
            // A whole number: its digits (the general formatter writes no ".0").
            ((long)value).TryFormat(_buffer.AsSpan(position), out var whole, default, CultureInfo.InvariantCulture);
            return whole;
        }
        for (var k = 1; k < PowersOfTen.Length; k++)
        {
            var scaled = Math.Round(magnitude * PowersOfTen[k]);
            if (scaled / PowersOfTen[k] != magnitude) continue;
            Span<byte> digits = stackalloc byte[20];
            ((long)scaled).TryFormat(digits, out var n, default, CultureInfo.InvariantCulture);
            var target = _buffer.AsSpan(position);
            var at = 0;
            if (value < 0) target[at++] = (byte)'-';
            if (n <= k)
            {
                target[at++] = (byte)'0';
                target[at++] = (byte)'.';
                for (var z = 0; z < k - n; z++) target[at++] = (byte)'0';
                digits[..n].CopyTo(target[at..]);
                at += n;
            }
            else
            {
                digits[..(n - k)].CopyTo(target[at..]);
                at += n - k;
                target[at++] = (byte)'.';
                digits[(n - k)..n].CopyTo(target[at..]);
                at += k;
            }
            return at;
        }
        return 0;
    }

    public void WriteBooleanValue(bool value)
    {
        _observer?.Boolean(value);
        _position = WriteBooleanAt(ValuePrefix(5), value);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int WriteBooleanAt(int position, bool value)
    {
        ref var data = ref Data;
        if (value)
        {
            Unsafe.Add(ref data, position) = (byte)'t';
            Unsafe.Add(ref data, position + 1) = (byte)'r';
            Unsafe.Add(ref data, position + 2) = (byte)'u';
            Unsafe.Add(ref data, position + 3) = (byte)'e';
            return position + 4;
        }
        else
        {
            Unsafe.Add(ref data, position) = (byte)'f';
            Unsafe.Add(ref data, position + 1) = (byte)'a';
            Unsafe.Add(ref data, position + 2) = (byte)'l';
            Unsafe.Add(ref data, position + 3) = (byte)'s';
            Unsafe.Add(ref data, position + 4) = (byte)'e';
            return position + 5;
        }
    }

    public void WriteNullValue()
    {
        _observer?.Null();
        var position = ValuePrefix(4);
        "null"u8.CopyTo(_buffer.AsSpan(position));
        _position = position + 4;
    }

    /// <summary>A JSON node (escape hatch values, generic transformation options); null writes JSON null.</summary>
    public void WriteNodeValue(JsonNode? node)
    {
        switch (node)
        {
            case null:
                WriteNullValue();
                break;
            case JsonObject obj:
                WriteStartObject();
                foreach (var (key, child) in obj)
                {
                    WritePropertyName(key);
                    WriteNodeValue(child);
                }
                WriteEndObject();
                break;
            case JsonArray array:
                WriteStartArray();
                foreach (var item in array) WriteNodeValue(item);
                WriteEndArray();
                break;
            default:
                // A primitive: let System.Text.Json format it (strings escaped, numbers as they were written).
                var scratch = Scratch();
                node.WriteTo(_scratchWriter!);
                _scratchWriter!.Flush();
                var position = ValuePrefix(scratch.WrittenCount);
                scratch.WrittenSpan.CopyTo(_buffer.AsSpan(position));
                _position = position + scratch.WrittenCount;
                if (_observer is { } observer) ObservePrimitive(observer, node, scratch.WrittenSpan);
                break;
        }
    }

    private static void ObservePrimitive(JsonWriteObserver observer, JsonNode node, ReadOnlySpan<byte> written)
    {
        switch (node.GetValueKind())
        {
            case JsonValueKind.String: observer.String(node.GetValue<string>()); break;
            case JsonValueKind.Number: observer.Number(written); break;
            case JsonValueKind.True: observer.Boolean(true); break;
            case JsonValueKind.False: observer.Boolean(false); break;
            case JsonValueKind.Null: observer.Null(); break;
            default: observer.StartObject(); break; // cannot happen for a primitive; fails the check (an object where a value was written)
        }
    }

    // ---- internals ----

    /// <summary>
    /// Makes room for <paramref name="valueBytes"/> and writes what goes before an array item (comma, newline, indent;
    /// nothing after a property name or at the top). Returns where the value starts; the caller sets <c>_position</c>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int ValuePrefix(int valueBytes)
    {
        if (_afterName)
        {
            _afterName = false;
            Ensure(valueBytes);
            return _position;
        }
        var depth = _depth;
        Ensure(valueBytes + 2 + depth * 2);
        return depth == 0 ? _position : ItemSeparatorAt(ref Data, _position, depth);
    }

    /// <summary>A comma when the open container already has an item, then a newline and the indent; marks the item.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int ItemSeparatorAt(ref byte data, int position, int depth)
    {
        if (_hasItems) Unsafe.Add(ref data, position++) = (byte)',';
        _hasItems = true;
        return NewLineAt(ref data, position, depth);
    }

    private ref byte Data => ref MemoryMarshal.GetArrayDataReference(_buffer);

    /// <summary>Writes a newline and the indent for <paramref name="depth"/>; returns the position after them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int NewLineAt(ref byte data, int position, int depth)
    {
        if (depth <= 15)
        {
            // Two 16-byte stores are cheaper than a copy call; the bytes past the indent are overwritten next
            // (every Ensure leaves Slack bytes of room for it). Not one Vector256 store: code using it is not
            // precompiled (ReadyToRun's baseline has no AVX), so every writer method inlining this was JIT-compiled at start.
            var spaces = Vector128.Create((byte)' ');
            spaces.StoreUnsafe(ref data, (nuint)position);
            spaces.StoreUnsafe(ref data, (nuint)position + 16);
            Unsafe.Add(ref data, position) = (byte)'\n';
            return position + 1 + depth * 2;
        }
        var length = 1 + Math.Min(depth, MaxIndentDepth) * 2;
        NewLineAndSpaces.AsSpan(0, length).CopyTo(MemoryMarshal.CreateSpan(ref Unsafe.Add(ref data, position), length));
        return position + length;
    }

    /// <summary>
    /// A quoted string. Printable ASCII is copied eight characters at a time, quotes and backslashes get a backslash
    /// (PromQL label matchers are full of quotes), and anything else (control characters, non-ASCII) goes through
    /// System.Text.Json's escaping. <see cref="IsCopiedAsIs"/> is the rule; a test checks it against the encoder.
    /// </summary>
    /// <remarks>The caller has made room for <c>value.Length * 2 + 2</c> bytes at <paramref name="position"/>.</remarks>
    private int WriteQuotedAt(int position, ReadOnlySpan<char> value)
    {
        var length = value.Length;
        var buffer = _buffer;
        var start = position;
        buffer[position++] = (byte)'"';
        ref var source = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(value));
        ref var target = ref MemoryMarshal.GetArrayDataReference(buffer);
        var i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            while (i + 8 <= length)
            {
                var chars = Vector128.LoadUnsafe(ref source, (nuint)i);
                var needsWork = Vector128.LessThan(chars, Vector128.Create((ushort)0x20))
                    | Vector128.GreaterThan(chars, Vector128.Create((ushort)0x7E))
                    | Vector128.Equals(chars, Vector128.Create((ushort)'"'))
                    | Vector128.Equals(chars, Vector128.Create((ushort)'\\'));
                // Store all eight; bytes past the first special character are overwritten after it.
                Vector128.Narrow(chars, chars).GetLower().StoreUnsafe(ref target, (nuint)position);
                if (needsWork == Vector128<ushort>.Zero)
                {
                    position += 8;
                    i += 8;
                    continue;
                }
                var copied = BitOperations.TrailingZeroCount(needsWork.ExtractMostSignificantBits());
                position += copied;
                i += copied;
                if (!TryEscapeQuoteOrBackslash(value[i], buffer, ref position)) return WriteEscapedByLibrary(start, value);
                i++;
            }
        }
        for (; i < length; i++)
        {
            var c = value[i];
            if (IsCopiedAsIs(c)) buffer[position++] = (byte)c;
            else if (!TryEscapeQuoteOrBackslash(c, buffer, ref position)) return WriteEscapedByLibrary(start, value);
        }
        buffer[position++] = (byte)'"';
        return position;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryEscapeQuoteOrBackslash(char c, byte[] buffer, ref int position)
    {
        if (c is not ('"' or '\\')) return false;
        buffer[position++] = (byte)'\\';
        buffer[position++] = (byte)c;
        return true;
    }

    /// <summary>What <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/> leaves alone in ASCII: printable characters but '"' and '\\'.</summary>
    internal static bool IsCopiedAsIs(char c) => c is >= (char)0x20 and <= (char)0x7E and not '"' and not '\\';

    /// <summary>Writes the quoted string at <paramref name="start"/> as Utf8JsonWriter escapes it; returns the end.</summary>
    private int WriteEscapedByLibrary(int start, ReadOnlySpan<char> value)
    {
        var scratch = Scratch();
        _scratchWriter!.WriteStringValue(value);
        _scratchWriter.Flush();
        _position = start;
        Ensure(scratch.WrittenCount);
        scratch.WrittenSpan.CopyTo(_buffer.AsSpan(start));
        return start + scratch.WrittenCount;
    }

    private ArrayBufferWriter<byte> Scratch()
    {
        _scratch ??= new ArrayBufferWriter<byte>(256);
        _scratch.ResetWrittenCount();
        if (_scratchWriter is null) _scratchWriter = new Utf8JsonWriter(_scratch, EscapingOptions);
        else _scratchWriter.Reset(_scratch);
        return _scratch;
    }

    /// <summary>Copies a property name (usually 2 to 25 bytes) with overlapping word moves instead of a memmove call.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CopySmall(ReadOnlySpan<byte> source, ref byte target)
    {
        var length = source.Length;
        ref var from = ref MemoryMarshal.GetReference(source);
        if (length >= 8 && length <= 24)
        {
            Unsafe.WriteUnaligned(ref target, Unsafe.ReadUnaligned<ulong>(ref from));
            if (length > 16) Unsafe.WriteUnaligned(ref Unsafe.Add(ref target, 8), Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref from, 8)));
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref target, length - 8), Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref from, length - 8)));
        }
        else if (length >= 4 && length < 8)
        {
            Unsafe.WriteUnaligned(ref target, Unsafe.ReadUnaligned<uint>(ref from));
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref target, length - 4), Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref from, length - 4)));
        }
        else if (length < 4)
        {
            for (var i = 0; i < length; i++) Unsafe.Add(ref target, i) = Unsafe.Add(ref from, i);
        }
        else
        {
            source.CopyTo(MemoryMarshal.CreateSpan(ref target, length));
        }
    }

    // Every Ensure keeps this much room beyond the request, for NewLine's 32-byte store.
    private const int Slack = 32;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Ensure(int bytes)
    {
        if (_position + bytes + Slack > _buffer.Length) Grow(bytes + Slack);
    }

    private void Grow(int bytes) => Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _position + bytes + 1024));

    private static byte[] CreateNewLineAndSpaces()
    {
        var bytes = new byte[1 + MaxIndentDepth * 2];
        bytes.AsSpan().Fill((byte)' ');
        bytes[0] = (byte)'\n';
        return bytes;
    }
}

/// <summary>The bytes a model object was written as, at one depth (see <see cref="GrafanaJsonWriter.WriteRemembered{T}"/>).</summary>
internal readonly record struct RememberedValue(object? Key, int Depth, byte[]? Bytes, object? Token = null);
