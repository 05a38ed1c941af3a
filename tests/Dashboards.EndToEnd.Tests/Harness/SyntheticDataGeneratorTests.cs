using System.Globalization;
using Dashboards.Testing.SyntheticData;

namespace Dashboards.EndToEnd.Tests.Harness;

public sealed class SyntheticDataGeneratorTests
{
    private static readonly DataWindow Window =
        new(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000), DateTimeOffset.FromUnixTimeSeconds(1_700_000_060), TimeSpan.FromSeconds(15));

    private static string[] Generate(params SyntheticMetric[] metrics)
    {
        var text = new StringWriter();
        new SyntheticDataGenerator().Write(metrics, Window, text);
        return text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public void Writes_typed_families_seconds_timestamps_and_eof()
    {
        var lines = Generate(
            new SyntheticMetric("a_total", SyntheticMetricKind.Counter, [new SyntheticLabel("job", "x")]),
            new SyntheticMetric("b", SyntheticMetricKind.Gauge, []));
        Assert.Equal("# TYPE a counter", lines[0]);
        Assert.Equal("a_total{job=\"x\"} ", lines[1][..(lines[1].IndexOf('}') + 2)]);
        Assert.EndsWith(" 1700000000", lines[1]);
        Assert.Contains("# TYPE b gauge", lines);
        Assert.Equal("# EOF", lines[^1]);
        Assert.Equal(1 + 5 + 1 + 5 + 1, lines.Length); // two families, five timestamps each
    }

    [Fact]
    public void Counters_without_total_suffix_are_written_as_unknown()
    {
        Assert.Equal("# TYPE requests unknown", Generate(new SyntheticMetric("requests", SyntheticMetricKind.Counter, []))[0]);
    }

    [Fact]
    public void Samples_of_each_series_are_in_time_order_and_counters_never_decrease()
    {
        var samples = Generate(new SyntheticMetric("c_total", SyntheticMetricKind.Counter, [new SyntheticLabel("k", "1", "2", "3")]))
            .Where(l => !l.StartsWith('#'))
            .Select(l => l.Split(' '))
            .GroupBy(parts => parts[0]);
        Assert.Equal(3, samples.Count());
        foreach (var series in samples)
        {
            var rows = series.Select(p => (Value: double.Parse(p[1], CultureInfo.InvariantCulture), Time: long.Parse(p[2], CultureInfo.InvariantCulture))).ToList();
            Assert.Equal(rows.OrderBy(r => r.Time), rows);
            Assert.Equal(rows.OrderBy(r => r.Value), rows);
            Assert.True(rows[^1].Value > rows[0].Value);
        }
    }

    [Fact]
    public void Histograms_write_buckets_with_le_then_count_and_sum()
    {
        var lines = Generate(new SyntheticMetric("h_seconds", SyntheticMetricKind.Histogram, []) { Buckets = [0.1, 1] });
        Assert.Equal("# TYPE h_seconds histogram", lines[0]);
        Assert.StartsWith("h_seconds_bucket{le=\"0.1\"} ", lines[1]);
        Assert.StartsWith("h_seconds_bucket{le=\"1\"} ", lines[2]);
        Assert.StartsWith("h_seconds_bucket{le=\"+Inf\"} ", lines[3]);
        Assert.StartsWith("h_seconds_count ", lines[4]);
        Assert.StartsWith("h_seconds_sum ", lines[5]);
        var last = lines.Where(l => l.StartsWith("h_seconds_bucket", StringComparison.Ordinal)).TakeLast(3)
            .Select(l => double.Parse(l.Split(' ')[1], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(last.Order(), last); // cumulative
    }

    [Fact]
    public void Summaries_write_quantile_series()
    {
        var lines = Generate(new SyntheticMetric("s_bytes", SyntheticMetricKind.Summary, []) { Quantiles = [0.5, 0.9] });
        Assert.Equal("# TYPE s_bytes summary", lines[0]);
        Assert.StartsWith("s_bytes{quantile=\"0.5\"} ", lines[1]);
        Assert.StartsWith("s_bytes{quantile=\"0.9\"} ", lines[2]);
        Assert.StartsWith("s_bytes_count ", lines[3]);
        Assert.StartsWith("s_bytes_sum ", lines[4]);
    }

    [Fact]
    public void Large_cross_products_are_capped_but_use_every_value()
    {
        var metric = new SyntheticMetric("m", SyntheticMetricKind.Gauge,
        [
            new SyntheticLabel("a", Enumerable.Range(0, 20).Select(i => "a" + i).ToArray()),
            new SyntheticLabel("b", Enumerable.Range(0, 10).Select(i => "b" + i).ToArray()),
        ]);
        var rows = SyntheticDataGenerator.LabelCombinations(metric, 64);
        Assert.InRange(rows.Count, 20, 64);
        Assert.Equal(20, rows.Select(r => r[0].Value).Distinct().Count());
        Assert.Equal(10, rows.Select(r => r[1].Value).Distinct().Count());
        Assert.Equal(rows.Count, rows.Select(r => string.Join(',', r)).Distinct().Count());
    }

    [Fact]
    public void Small_cross_products_are_complete()
    {
        var metric = new SyntheticMetric("m", SyntheticMetricKind.Gauge, [new SyntheticLabel("a", "1", "2"), new SyntheticLabel("b", "x", "y", "z")]);
        Assert.Equal(6, SyntheticDataGenerator.LabelCombinations(metric, 64).Count);
    }

    [Fact]
    public void Merging_unions_labels_and_values_and_rejects_kind_conflicts()
    {
        var merged = SyntheticDataGenerator.Merge(
        [
            new SyntheticMetric("up", SyntheticMetricKind.Gauge, [new SyntheticLabel("job", "a")]),
            new SyntheticMetric("up", SyntheticMetricKind.Gauge, [new SyntheticLabel("job", "b"), new SyntheticLabel("instance")]),
        ]);
        var up = Assert.Single(merged);
        Assert.Equal(["a", "b"], up.Labels.Single(l => l.Name == "job").Values);
        Assert.Contains(up.Labels, l => l.Name == "instance");

        var error = Assert.Throws<InvalidOperationException>(() => SyntheticDataGenerator.Merge(
        [
            new SyntheticMetric("x", SyntheticMetricKind.Gauge, []),
            new SyntheticMetric("x", SyntheticMetricKind.Counter, []),
        ]));
        Assert.Contains("'x'", error.Message);
    }

    [Fact]
    public void Label_values_are_escaped()
    {
        Assert.Equal("a\\\"b\\\\c\\n", OpenMetricsWriter.EscapeLabelValue("a\"b\\c\n"));
    }
}

public sealed class DataWindowAndPartitionTests
{
    [Fact]
    public void Windows_with_history_are_coarse_before_the_dense_part()
    {
        var end = DateTimeOffset.FromUnixTimeSeconds(1_700_006_400);
        var window = DataWindow.Ending(end, TimeSpan.FromMinutes(2), TimeSpan.FromSeconds(15), TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(1));
        var times = window.TimestampsSeconds().ToList();
        Assert.Equal(end.ToUnixTimeSeconds() - 600, times[0]);
        Assert.Equal(60, times[1] - times[0]);
        Assert.Equal(15, times[^1] - times[^2]);
        Assert.Equal(end.ToUnixTimeSeconds(), times[^1]);
        Assert.Equal(8 + 9, times.Count); // 8 coarse minutes, then 2 dense minutes inclusive
    }

    [Fact]
    public void Counters_grow_with_elapsed_time_across_the_coarse_and_dense_parts()
    {
        var window = DataWindow.Ending(DateTimeOffset.FromUnixTimeSeconds(1_700_006_400), TimeSpan.FromMinutes(2), TimeSpan.FromSeconds(15),
            TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(1));
        var text = new StringWriter();
        new SyntheticDataGenerator().Write([new SyntheticMetric("c_total", SyntheticMetricKind.Counter, [])], window, text);
        var values = text.ToString().Split('\n').Where(l => l.StartsWith("c_total ", StringComparison.Ordinal))
            .Select(l => double.Parse(l.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var coarseIncrease = values[2] - values[1];
        var denseIncrease = values[^1] - values[^2];
        Assert.InRange(coarseIncrease / denseIncrease, 2, 6); // about 4x: 60s against 15s, give or take the wave
    }

    [Fact]
    public void Splits_files_by_two_hour_block_with_type_lines_in_each()
    {
        var directory = Directory.CreateTempSubdirectory("om-split-").FullName;
        try
        {
            // 1_699_999_200 is a multiple of 7200: the window spans three block ranges.
            var window = new DataWindow(DateTimeOffset.FromUnixTimeSeconds(1_699_999_200 - 60), DateTimeOffset.FromUnixTimeSeconds(1_699_999_200 + 7200 + 60),
                TimeSpan.FromSeconds(60));
            var (summary, files) = new SyntheticDataGenerator().WriteBlockFiles(
                [new SyntheticMetric("g", SyntheticMetricKind.Gauge, []), new SyntheticMetric("h_seconds", SyntheticMetricKind.Histogram, [])], window, directory);
            Assert.Equal(3, files.Count);
            var lines = files.Select(File.ReadAllLines).ToList();
            Assert.All(lines, l => Assert.Equal("# EOF", l[^1]));
            Assert.All(lines, l => Assert.Contains("# TYPE g gauge", l));
            Assert.All(lines, l => Assert.Contains("# TYPE h_seconds histogram", l));
            Assert.Equal([1, 120, 2], lines.Select(l => l.Count(x => x.StartsWith("g ", StringComparison.Ordinal))));
            Assert.Equal(summary.Samples, lines.Sum(l => l.Count(x => !x.StartsWith('#'))));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
