namespace Dashboards.Model;

// Shortcuts of the generated HistogramPanel (Spec/panels/histogram.json).
public sealed partial record HistogramPanel
{
    /// <summary>Fixed buckets: their width, and where their boundaries start.</summary>
    public HistogramPanel Buckets(double size, double offset = 0) => BucketSize(size).BucketOffset(offset);
}
