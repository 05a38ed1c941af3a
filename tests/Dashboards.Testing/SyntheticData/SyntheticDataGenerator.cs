using System.Globalization;

namespace Dashboards.Testing.SyntheticData;

/// <summary>
/// Generates realistic series for metric descriptions and writes them as OpenMetrics: counters that only increase,
/// gauges that move around, histograms (<c>_bucket</c> with <c>le</c>, <c>_sum</c>, <c>_count</c>) and summaries
/// (<c>quantile</c>, <c>_sum</c>, <c>_count</c>). Series get every label of the metric; label value combinations are
/// the full cross product, or (above <see cref="MaxSeriesPerMetric"/>) a subset that still uses every value of every label.
/// </summary>
public sealed class SyntheticDataGenerator
{
    /// <summary>Upper bound of label combinations per metric (a histogram writes one series per bucket for each).</summary>
    public int MaxSeriesPerMetric { get; init; } = 256;

    /// <summary>Writes all metrics (merged by name) for <paramref name="window"/> to <paramref name="output"/>, ending with # EOF.</summary>
    public GenerationSummary Write(IEnumerable<SyntheticMetric> metrics, DataWindow window, TextWriter output) =>
        Write(metrics, window, new OpenMetricsWriter(output));

    /// <summary>Writes all metrics (merged by name) for <paramref name="window"/> to <paramref name="writer"/>, ending with # EOF.</summary>
    public GenerationSummary Write(IEnumerable<SyntheticMetric> metrics, DataWindow window, IOpenMetricsSink writer)
    {
        var merged = Merge(metrics);
        var timestamps = window.TimestampsSeconds().ToArray();
        // Seconds since the previous sample (the first sample counts as one dense step): counters grow per elapsed time.
        var stepSeconds = timestamps.Select((t, i) => i == 0 ? window.Step.TotalSeconds : t - timestamps[i - 1]).ToArray();
        var familyNames = new HashSet<string>(StringComparer.Ordinal);
        int series = 0;
        long samples = 0;
        foreach (var metric in merged)
        {
            var combinations = LabelCombinations(metric, MaxSeriesPerMetric);
            series += combinations.Count;
            samples += metric.Kind switch
            {
                SyntheticMetricKind.Counter => WriteCounter(writer, metric, combinations, timestamps, stepSeconds, familyNames),
                SyntheticMetricKind.Gauge => WriteGauge(writer, metric, combinations, timestamps, familyNames),
                SyntheticMetricKind.Histogram => WriteHistogram(writer, metric, combinations, timestamps, stepSeconds, familyNames),
                SyntheticMetricKind.Summary => WriteSummary(writer, metric, combinations, timestamps, stepSeconds, familyNames),
                _ => throw new ArgumentOutOfRangeException(nameof(metrics), metric.Kind, "Unknown metric kind."),
            };
        }

        writer.WriteEof();
        return new GenerationSummary(merged.Count, series, samples);
    }

    /// <summary>Writes one OpenMetrics file per 2-hour block range into <paramref name="directory"/>; returns the files.</summary>
    public (GenerationSummary Summary, IReadOnlyList<string> Files) WriteBlockFiles(IEnumerable<SyntheticMetric> metrics, DataWindow window, string directory)
    {
        using var writer = new BlockPartitionedWriter(directory);
        var summary = Write(metrics, window, writer);
        return (summary, writer.Files);
    }

    /// <summary>
    /// Merges the metrics and splits them into at most <paramref name="groups"/> groups of about equal size (series
    /// times samples per series), for generating and loading in parallel: metrics are independent.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<SyntheticMetric>> Split(IEnumerable<SyntheticMetric> metrics, int groups)
    {
        var buckets = Enumerable.Range(0, Math.Max(1, groups)).Select(_ => new List<SyntheticMetric>()).ToArray();
        var load = new long[buckets.Length];
        foreach (var metric in Merge(metrics).OrderByDescending(Cost)) // biggest first onto the least loaded group
        {
            var least = Array.IndexOf(load, load.Min());
            buckets[least].Add(metric);
            load[least] += Cost(metric);
        }

        return buckets.Where(b => b.Count > 0).ToList();

        long Cost(SyntheticMetric metric) =>
            LabelCombinations(metric, MaxSeriesPerMetric).Count * metric.Kind switch
            {
                SyntheticMetricKind.Histogram => (metric.Buckets?.Count ?? 11) + 3,
                SyntheticMetricKind.Summary => (metric.Quantiles?.Count ?? 3) + 2,
                _ => 1,
            };
    }

    /// <summary>
    /// Merges descriptions of the same metric (several catalogs may declare <c>up</c>): label names and values are unioned.
    /// Different kinds for one name are an error.
    /// </summary>
    public static IReadOnlyList<SyntheticMetric> Merge(IEnumerable<SyntheticMetric> metrics)
    {
        var byName = new Dictionary<string, SyntheticMetric>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var metric in metrics)
        {
            if (!byName.TryGetValue(metric.Name, out var existing))
            {
                byName[metric.Name] = metric;
                order.Add(metric.Name);
                continue;
            }

            if (existing.Kind != metric.Kind)
            {
                throw new InvalidOperationException(
                    $"Metric '{metric.Name}' is declared both as {existing.Kind} and as {metric.Kind}; one name needs one kind.");
            }

            var labels = existing.Labels.ToDictionary(l => l.Name, l => l.Values.ToList(), StringComparer.Ordinal);
            var labelOrder = existing.Labels.Select(l => l.Name).ToList();
            foreach (var label in metric.Labels)
            {
                if (!labels.TryGetValue(label.Name, out var values))
                {
                    labels[label.Name] = values = [];
                    labelOrder.Add(label.Name);
                }

                values.AddRange(label.Values.Where(v => !values.Contains(v)));
            }

            byName[metric.Name] = existing with
            {
                Labels = labelOrder.Select(n => new SyntheticLabel(n, labels[n])).ToList(),
                Buckets = existing.Buckets ?? metric.Buckets,
                Quantiles = existing.Quantiles ?? metric.Quantiles,
            };
        }

        return order.Select(n => byName[n]).ToList();
    }

    /// <summary>Label value sets of the series of <paramref name="metric"/>; labels without values get made-up ones.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>[]> LabelCombinations(SyntheticMetric metric, int maxSeries)
    {
        var reserved = metric.Kind switch
        {
            SyntheticMetricKind.Histogram => "le",
            SyntheticMetricKind.Summary => "quantile",
            _ => null,
        };
        var usable = metric.Labels.Where(l => l.Name != reserved && l.Name != "__name__").DistinctBy(l => l.Name).ToList();
        var labels = usable.Where(l => l.Crossed)
            .Select(l => (l.Name, Values: (l.Values.Count > 0 ? l.Values.Distinct().ToArray() : MadeUpValues(l.Name))))
            .ToArray();
        var inTurn = usable.Where(l => !l.Crossed)
            .Select(l => (l.Name, Values: (l.Values.Count > 0 ? l.Values.Distinct().ToArray() : MadeUpValues(l.Name))))
            .ToArray();
        return Crossed(labels, maxSeries)
            .Select((row, index) => row.Concat(inTurn.Select(l => new KeyValuePair<string, string>(l.Name, l.Values[index % l.Values.Length]))).ToArray())
            .ToList();
    }

    private static IReadOnlyList<KeyValuePair<string, string>[]> Crossed((string Name, string[] Values)[] labels, int maxSeries)
    {
        if (labels.Length == 0) return [[]];

        var total = labels.Aggregate(1L, (product, l) => product * l.Values.Length);
        var rows = new List<int[]>();
        if (total <= maxSeries)
        {
            for (long k = 0; k < total; k++) rows.Add(Decode(k, labels.Select(l => l.Values.Length).ToArray()));
        }
        else
        {
            // First rows that use every value of every label at least once, then a spread of the cross product.
            var longest = labels.Max(l => l.Values.Length);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var k = 0; k < longest; k++)
            {
                var row = labels.Select(l => k % l.Values.Length).ToArray();
                if (seen.Add(string.Join(',', row))) rows.Add(row);
            }

            var stride = Math.Max(1, total / Math.Max(1, maxSeries - rows.Count));
            for (long k = 0; k < total && rows.Count < Math.Max(maxSeries, longest); k += stride)
            {
                var row = Decode(k, labels.Select(l => l.Values.Length).ToArray());
                if (seen.Add(string.Join(',', row))) rows.Add(row);
            }
        }

        return rows
            .Select(row => row.Select((valueIndex, labelIndex) =>
                new KeyValuePair<string, string>(labels[labelIndex].Name, labels[labelIndex].Values[valueIndex])).ToArray())
            .ToList();
    }

    /// <summary>Values for a label nobody declared values for. <c>instance</c> and <c>job</c> look like real targets.</summary>
    public static string[] MadeUpValues(string label) => label switch
    {
        "instance" => ["10.0.0.11:9100", "10.0.0.12:9100", "10.0.0.13:9100"],
        "job" => ["node", "api"],
        _ => [label + "-a", label + "-b"],
    };

    private static int[] Decode(long k, int[] sizes)
    {
        var row = new int[sizes.Length];
        for (var i = sizes.Length - 1; i >= 0; i--)
        {
            row[i] = (int)(k % sizes[i]);
            k /= sizes[i];
        }

        return row;
    }

    private static long WriteCounter(IOpenMetricsSink writer, SyntheticMetric metric, IReadOnlyList<KeyValuePair<string, string>[]> combinations,
        long[] timestamps, double[] stepSeconds, HashSet<string> families)
    {
        // OpenMetrics names a counter family without its _total suffix; other counter names are written as "unknown".
        var family = metric.Name.EndsWith("_total", StringComparison.Ordinal) ? metric.Name[..^"_total".Length] : null;
        WriteFamily(writer, family ?? metric.Name, family is null ? OpenMetricsType.Unknown : OpenMetricsType.Counter, metric, families);
        for (var i = 0; i < combinations.Count; i++)
        {
            var series = OpenMetricsWriter.SeriesText(metric.Name, combinations[i]);
            var value = 0.0;
            for (var k = 0; k < timestamps.Length; k++)
            {
                value += SeriesValues.CounterIncrease(metric.Name, i, combinations.Count, timestamps[k], stepSeconds[k]);
                writer.WriteSample(series, Math.Round(value, 3), timestamps[k]);
            }
        }

        return (long)combinations.Count * timestamps.Length;
    }

    private static long WriteGauge(IOpenMetricsSink writer, SyntheticMetric metric, IReadOnlyList<KeyValuePair<string, string>[]> combinations,
        long[] timestamps, HashSet<string> families)
    {
        WriteFamily(writer, metric.Name, OpenMetricsType.Gauge, metric, families);
        for (var i = 0; i < combinations.Count; i++)
        {
            var series = OpenMetricsWriter.SeriesText(metric.Name, combinations[i]);
            foreach (var t in timestamps) writer.WriteSample(series, SeriesValues.Gauge(metric.Name, i, combinations.Count, t), t);
        }

        return (long)combinations.Count * timestamps.Length;
    }

    private static long WriteHistogram(IOpenMetricsSink writer, SyntheticMetric metric, IReadOnlyList<KeyValuePair<string, string>[]> combinations,
        long[] timestamps, double[] stepSeconds, HashSet<string> families)
    {
        var bounds = (metric.Buckets ?? SeriesValues.DefaultBuckets(metric.Name)).Where(b => !double.IsPositiveInfinity(b)).Order()
            .Append(double.PositiveInfinity).ToArray();
        var leValues = bounds.Select(FormatBound).ToArray();
        WriteFamily(writer, metric.Name, OpenMetricsType.Histogram, metric, families);
        var bucketName = metric.Name + "_bucket";
        var countName = metric.Name + "_count";
        var sumName = metric.Name + "_sum";
        for (var i = 0; i < combinations.Count; i++)
        {
            var labels = combinations[i];
            var bucketSeries = leValues.Select(le => OpenMetricsWriter.SeriesText(bucketName, labels.Append(new KeyValuePair<string, string>("le", le)).ToArray())).ToArray();
            var countSeries = OpenMetricsWriter.SeriesText(countName, labels);
            var sumSeries = OpenMetricsWriter.SeriesText(sumName, labels);
            var cumulative = new double[bounds.Length];
            var sum = 0.0;
            for (var k = 0; k < timestamps.Length; k++)
            {
                var t = timestamps[k];
                // Each step adds observations; the per-bucket share only grows with the bound, so buckets stay cumulative.
                var observations = SeriesValues.ObservationRate(i, combinations.Count) * stepSeconds[k];
                var median = SeriesValues.ObservationMedian(metric.Name, i, combinations.Count, t);
                for (var b = 0; b < bounds.Length; b++) cumulative[b] += observations * SeriesValues.CumulativeShare(bounds[b], median);
                sum += observations * SeriesValues.Mean(median);
                for (var b = 0; b < bounds.Length; b++) writer.WriteSample(bucketSeries[b], Math.Floor(cumulative[b]), t);
                writer.WriteSample(countSeries, Math.Floor(cumulative[^1]), t);
                writer.WriteSample(sumSeries, Math.Round(sum, 6), t);
            }
        }

        return (long)combinations.Count * timestamps.Length * (bounds.Length + 2);
    }

    private static long WriteSummary(IOpenMetricsSink writer, SyntheticMetric metric, IReadOnlyList<KeyValuePair<string, string>[]> combinations,
        long[] timestamps, double[] stepSeconds, HashSet<string> families)
    {
        var quantiles = metric.Quantiles ?? [0.5, 0.9, 0.99];
        WriteFamily(writer, metric.Name, OpenMetricsType.Summary, metric, families);
        var countName = metric.Name + "_count";
        var sumName = metric.Name + "_sum";
        for (var i = 0; i < combinations.Count; i++)
        {
            var labels = combinations[i];
            var quantileSeries = quantiles
                .Select(q => OpenMetricsWriter.SeriesText(metric.Name, labels.Append(new KeyValuePair<string, string>("quantile", q.ToString(CultureInfo.InvariantCulture))).ToArray()))
                .ToArray();
            var countSeries = OpenMetricsWriter.SeriesText(countName, labels);
            var sumSeries = OpenMetricsWriter.SeriesText(sumName, labels);
            var count = 0.0;
            var sum = 0.0;
            for (var k = 0; k < timestamps.Length; k++)
            {
                var t = timestamps[k];
                var observations = SeriesValues.ObservationRate(i, combinations.Count) * stepSeconds[k];
                var median = SeriesValues.ObservationMedian(metric.Name, i, combinations.Count, t);
                count += observations;
                sum += observations * SeriesValues.Mean(median);
                for (var q = 0; q < quantiles.Count; q++)
                {
                    writer.WriteSample(quantileSeries[q], Math.Round(SeriesValues.Quantile(quantiles[q], median), 6), t);
                }

                writer.WriteSample(countSeries, Math.Floor(count), t);
                writer.WriteSample(sumSeries, Math.Round(sum, 6), t);
            }
        }

        return (long)combinations.Count * timestamps.Length * (quantiles.Count + 2);
    }

    private static void WriteFamily(IOpenMetricsSink writer, string family, OpenMetricsType type, SyntheticMetric metric, HashSet<string> families)
    {
        // Two metrics can map to one family name (counter "x_total" and gauge "x"); the later one is written as unknown
        // under its own sample name, which promtool accepts just as well.
        if (!families.Add(family))
        {
            family = metric.Name;
            type = OpenMetricsType.Unknown;
            if (!families.Add(family)) throw new InvalidOperationException($"Metric family '{family}' would be written twice.");
        }

        writer.WriteFamily(family, type, metric.Help);
    }

    private static string FormatBound(double bound) =>
        double.IsPositiveInfinity(bound) ? "+Inf" : bound.ToString("R", CultureInfo.InvariantCulture);
}
