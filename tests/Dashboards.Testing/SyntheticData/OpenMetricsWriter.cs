using System.Globalization;
using System.Text;

namespace Dashboards.Testing.SyntheticData;

/// <summary>OpenMetrics family types (the subset the generator writes).</summary>
public enum OpenMetricsType
{
    Counter,
    Gauge,
    Histogram,
    Summary,
    Unknown,
}

/// <summary>Where generated OpenMetrics goes: one text stream, or several split by time.</summary>
public interface IOpenMetricsSink
{
    void WriteFamily(string name, OpenMetricsType type, string? help = null);

    /// <summary>Writes one sample of a series given as <see cref="OpenMetricsWriter.SeriesText"/> (name and labels).</summary>
    void WriteSample(string series, double value, long timestampSeconds);

    void WriteEof();
}

/// <summary>
/// Writes the OpenMetrics text format as promtool's backfiller reads it: a <c># TYPE</c> line per family, all samples of a
/// family together, timestamps in seconds, samples of each series in time order, <c># EOF</c> at the end.
/// </summary>
public sealed class OpenMetricsWriter(TextWriter output) : IOpenMetricsSink
{
    private readonly char[] _number = new char[64];

    private readonly HashSet<string> _families = new(StringComparer.Ordinal);
    private bool _ended;

    public void WriteFamily(string name, OpenMetricsType type, string? help = null)
    {
        EnsureOpen();
        if (!_families.Add(name)) throw new InvalidOperationException($"OpenMetrics family '{name}' was already written; families must be contiguous.");
        output.Write("# TYPE ");
        output.Write(name);
        output.Write(' ');
        output.Write(type.ToString().ToLowerInvariant());
        output.Write('\n');
        if (!string.IsNullOrEmpty(help))
        {
            output.Write("# HELP ");
            output.Write(name);
            output.Write(' ');
            output.Write(EscapeHelp(help));
            output.Write('\n');
        }
    }

    /// <summary>Writes one sample. <paramref name="labels"/> are written in the given order.</summary>
    public void WriteSample(string name, IReadOnlyList<KeyValuePair<string, string>> labels, double value, long timestampSeconds) =>
        WriteSample(SeriesText(name, labels), value, timestampSeconds);

    public void WriteSample(string series, double value, long timestampSeconds)
    {
        EnsureOpen();
        output.Write(series);
        output.Write(' ');
        // Hot path (millions of samples): format into a buffer instead of allocating strings.
        if (Math.Abs(value) < 1e15 && value == Math.Floor(value))
        {
            ((long)value).TryFormat(_number, out var written, default, CultureInfo.InvariantCulture);
            output.Write(_number, 0, written);
        }
        else if (double.IsFinite(value) && value.TryFormat(_number, out var written, "R", CultureInfo.InvariantCulture))
        {
            output.Write(_number, 0, written);
        }
        else
        {
            output.Write(FormatValue(value));
        }

        output.Write(' ');
        timestampSeconds.TryFormat(_number, out var length, default, CultureInfo.InvariantCulture);
        output.Write(_number, 0, length);
        output.Write('\n');
    }

    /// <summary><c>name{a="x",b="y"}</c>: the part of a sample line before the value, labels in the given order.</summary>
    public static string SeriesText(string name, IReadOnlyList<KeyValuePair<string, string>> labels)
    {
        if (labels.Count == 0) return name;
        var text = new StringBuilder(name).Append('{');
        for (var i = 0; i < labels.Count; i++)
        {
            if (i > 0) text.Append(',');
            text.Append(labels[i].Key).Append("=\"").Append(EscapeLabelValue(labels[i].Value)).Append('"');
        }

        return text.Append('}').ToString();
    }

    public void WriteEof()
    {
        EnsureOpen();
        output.Write("# EOF\n");
        _ended = true;
    }

    public static string FormatValue(double value) => value switch
    {
        double.PositiveInfinity => "+Inf",
        double.NegativeInfinity => "-Inf",
        _ when double.IsNaN(value) => "NaN",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    public static string EscapeLabelValue(string value)
    {
        if (value.AsSpan().IndexOfAny('\\', '"', '\n') < 0) return value;
        var builder = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\\n",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    private static string EscapeHelp(string help) => help.Replace("\\", "\\\\").Replace("\n", "\\n").Replace("\"", "\\\"");

    private void EnsureOpen()
    {
        if (_ended) throw new InvalidOperationException("# EOF was already written.");
    }
}
