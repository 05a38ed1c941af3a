using System.Text;

namespace Dashboards.QuerySyntax;

/// <summary>
/// Where a query printer writes: a <see cref="StringBuilder"/> (<see cref="StringBuilderSink"/>) or a reused character
/// buffer (<see cref="CharBufferSink"/>). Printers are generic over the sink (a struct), so each sink gets its own
/// compiled code and no interface call. Positions are only compared with positions of the same sink.
/// </summary>
public interface ITextSink
{
    void Append(char value);

    void Append(ReadOnlySpan<char> value);

    /// <summary>How many characters have been written.</summary>
    int Length { get; }

    /// <summary>The character at <paramref name="position"/> (a value from <see cref="Length"/>), or '\0' past the end.</summary>
    char CharAt(int position);

    /// <summary>Inserts <paramref name="value"/> at <paramref name="position"/> (rare: printers fix up what they wrote).</summary>
    void Insert(int position, string value);

    /// <summary>What was written from <paramref name="position"/> on, as a string, for a printer to keep; null when the sink cannot tell.</summary>
    string? TextFrom(int position) => null;
}

/// <summary>The <see cref="ITextSink"/> over a <see cref="StringBuilder"/>.</summary>
public readonly struct StringBuilderSink(StringBuilder builder) : ITextSink
{
    public void Append(char value) => builder.Append(value);

    public void Append(ReadOnlySpan<char> value) => builder.Append(value);

    public int Length => builder.Length;

    public char CharAt(int position) => position < builder.Length ? builder[position] : '\0';

    public void Insert(int position, string value) => builder.Insert(position, value);

    public string? TextFrom(int position) => builder.ToString(position, builder.Length - position);
}
