using System.Text;

namespace Dashboards.Testing.SyntheticData;

/// <summary>
/// Splits OpenMetrics into one file per 2-hour TSDB block range. promtool 2.42 re-reads its whole input once per block
/// range it creates (it has no --max-block-duration yet), so one file per range turns N passes over all data into one
/// pass each, and the files can be converted in parallel.
/// </summary>
public sealed class BlockPartitionedWriter(string directory) : IOpenMetricsSink, IDisposable
{
    /// <summary>promtool's (and Prometheus's) default block range.</summary>
    public const long BlockSeconds = 2 * 60 * 60;

    private readonly SortedDictionary<long, (StreamWriter File, OpenMetricsWriter Writer)> _partitions = [];
    private (string Name, OpenMetricsType Type, string? Help)? _currentFamily;

    /// <summary>The files written so far, oldest first.</summary>
    public IReadOnlyList<string> Files => _partitions.Values.Select(p => ((FileStream)p.File.BaseStream).Name).ToList();

    public void WriteFamily(string name, OpenMetricsType type, string? help = null)
    {
        _currentFamily = (name, type, help);
        foreach (var (_, writer) in _partitions.Values) writer.WriteFamily(name, type, help);
    }

    public void WriteSample(string series, double value, long timestampSeconds)
    {
        var block = timestampSeconds - ((timestampSeconds % BlockSeconds) + BlockSeconds) % BlockSeconds;
        if (!_partitions.TryGetValue(block, out var partition))
        {
            var file = new StreamWriter(Path.Combine(directory, $"data-{block}.om.txt"), append: false, new UTF8Encoding(false), 1 << 16);
            partition = (file, new OpenMetricsWriter(file));
            // Earlier families have no samples here (every series spans the whole window, so the first one opened
            // every partition); the family being written needs its # TYPE line before its samples.
            if (_currentFamily is { } family) partition.Writer.WriteFamily(family.Name, family.Type, family.Help);
            _partitions[block] = partition;
        }

        partition.Writer.WriteSample(series, value, timestampSeconds);
    }

    public void WriteEof()
    {
        foreach (var (_, writer) in _partitions.Values) writer.WriteEof();
        foreach (var (file, _) in _partitions.Values) file.Flush();
    }

    public void Dispose()
    {
        foreach (var (file, _) in _partitions.Values) file.Dispose();
    }
}
