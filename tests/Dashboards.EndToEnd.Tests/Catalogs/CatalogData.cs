using Dashboards.PromQL.Metrics;
using Dashboards.Testing.SyntheticData;

namespace Dashboards.EndToEnd.Tests.Catalogs;

/// <summary>
/// Turns the SDK's metric catalogs into data-generator input: every metric with its kind, exported name and labels.
/// Label values: the catalog's declared values; else the values queries ask for (<see cref="LabelValueHints"/>); else
/// made-up ones. Every series also gets <c>job</c> and <c>instance</c>, which Prometheus adds to anything it scrapes
/// (queries may match on them without the catalog declaring them); series take their values in turn rather than
/// multiplying the data.
/// </summary>
public static class CatalogData
{
    public static IReadOnlyList<SyntheticMetric> From(IEnumerable<MetricCatalog> catalogs, LabelValueHints hints)
    {
        var metrics = new List<SyntheticMetric>();
        foreach (var catalog in catalogs)
        {
            foreach (var metric in catalog)
            {
                var seriesNames = metric.SeriesNames.ToList();
                var labels = metric.Labels
                    .Select(label => new SyntheticLabel(label.Name, label.Values.Count > 0 ? label.Values.ToList() : hints.ValuesFor(seriesNames, label.Name)))
                    .ToList();
                if (labels.All(l => l.Name != "job"))
                {
                    var jobs = hints.ValuesFor(seriesNames, "job");
                    labels.Add(new SyntheticLabel("job", jobs.Count > 0 ? jobs : [catalog.Namespace ?? "app"]) { Crossed = false });
                }

                if (labels.All(l => l.Name != "instance"))
                {
                    var instances = hints.ValuesFor(seriesNames, "instance");
                    labels.Add(new SyntheticLabel("instance", instances.Count > 0 ? instances : ["10.0.0.11:9100", "10.0.0.12:9100"]) { Crossed = false });
                }

                metrics.Add(metric switch
                {
                    Counter counter => new SyntheticMetric(counter.ExportedName, SyntheticMetricKind.Counter, labels) { Help = metric.Help },
                    Gauge gauge => new SyntheticMetric(gauge.ExportedName, SyntheticMetricKind.Gauge, labels) { Help = metric.Help },
                    Histogram histogram => new SyntheticMetric(histogram.BaseName, SyntheticMetricKind.Histogram, labels)
                    {
                        Help = metric.Help,
                        Buckets = histogram.Buckets.Count > 0 ? histogram.Buckets.ToList() : null,
                    },
                    Summary summary => new SyntheticMetric(summary.ExportedName, SyntheticMetricKind.Summary, labels)
                    {
                        Help = metric.Help,
                        Quantiles = summary.Quantiles.Count > 0 ? summary.Quantiles.ToList() : null,
                    },
                    _ => throw new InvalidOperationException($"Metric '{metric.Name}' has a kind ({metric.Kind}) the data generator does not know."),
                });
            }
        }

        return metrics;
    }
}
