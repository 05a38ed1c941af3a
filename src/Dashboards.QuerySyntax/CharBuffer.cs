using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Dashboards.QuerySyntax;

/// <summary>
/// A growable character buffer to print queries into and reuse: appends are a bounds check and a store, cheaper than
/// a <see cref="System.Text.StringBuilder"/>'s for the many short pieces a printer writes.
/// </summary>
public sealed class CharBuffer
{
    private char[] _chars;
    private int _length;

    public CharBuffer(int capacity = 256) => _chars = new char[Math.Max(16, capacity)];

    public int Length => _length;

    /// <summary>What has been written; valid until the next append or <see cref="Clear"/>.</summary>
    public ReadOnlySpan<char> Written => _chars.AsSpan(0, _length);

    public int Capacity => _chars.Length;

    public void Clear() => _length = 0;

    public CharBufferSink Sink => new(this);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Append(char value)
    {
        var chars = _chars;
        var length = _length;
        if ((uint)length < (uint)chars.Length)
        {
            chars[length] = value;
            _length = length + 1;
        }
        else AppendSlow(new ReadOnlySpan<char>(in value));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Append(ReadOnlySpan<char> value)
    {
        var length = _length;
        var chars = _chars;
        if (value.Length <= 8 && length + 8 <= chars.Length)
        {
            // Short pieces (keywords, names, punctuation): a few stores, no copy call.
            ref var target = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(chars), length);
            ref var source = ref MemoryMarshal.GetReference(value);
            for (var i = 0; i < value.Length; i++) Unsafe.Add(ref target, i) = Unsafe.Add(ref source, i);
            _length = length + value.Length;
        }
        else if (length + value.Length <= chars.Length)
        {
            value.CopyTo(chars.AsSpan(length));
            _length = length + value.Length;
        }
        else AppendSlow(value);
    }

    private void AppendSlow(ReadOnlySpan<char> value)
    {
        Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _length + value.Length));
        value.CopyTo(_chars.AsSpan(_length));
        _length += value.Length;
    }

    internal void Insert(int position, string value)
    {
        if (_length + value.Length > _chars.Length) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _length + value.Length));
        _chars.AsSpan(position, _length - position).CopyTo(_chars.AsSpan(position + value.Length));
        value.CopyTo(_chars.AsSpan(position));
        _length += value.Length;
    }

    internal char CharAt(int position) => position < _length ? _chars[position] : '\0';
}

/// <summary>The <see cref="ITextSink"/> over a <see cref="CharBuffer"/>.</summary>
public readonly struct CharBufferSink(CharBuffer buffer) : ITextSink
{
    public void Append(char value) => buffer.Append(value);

    public void Append(ReadOnlySpan<char> value) => buffer.Append(value);

    public int Length => buffer.Length;

    public char CharAt(int position) => buffer.CharAt(position);

    public void Insert(int position, string value) => buffer.Insert(position, value);

    public string? TextFrom(int position) => buffer.Written[position..].ToString();
}
