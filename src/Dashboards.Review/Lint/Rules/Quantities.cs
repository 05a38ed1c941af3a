using Dashboards.PromQL;
using Dashboards.PromQL.Metrics;

namespace Dashboards.Review.Lint.Rules;

/// <summary>What a number stands for, as far as a unit check needs to know.</summary>
public enum Quantity { Unknown, Seconds, Milliseconds, Bytes, BytesPerSecond, Ratio, Percent, Count }

/// <summary>Which <see cref="Quantity"/> a Grafana unit id shows, and which quantities it fits.</summary>
internal static class UnitKinds
{
    private static readonly HashSet<string> SecondUnits = ["s", "dtdurations", "dthms", "dtdhms", "clocks"];
    private static readonly HashSet<string> MilliUnits = ["ms", "dtdurationms", "clockms"];
    private static readonly HashSet<string> ByteUnits = ["bytes", "decbytes", "bits", "decbits", "kbytes", "deckbytes", "mbytes", "decmbytes", "gbytes", "decgbytes", "tbytes", "dectbytes", "pbytes", "decpbytes"];
    private static readonly HashSet<string> ByteRateUnits = ["Bps", "binBps", "bps", "binbps", "KBs", "KiBs", "Kbits", "Kibits", "MBs", "MiBs", "Mbits", "Mibits", "GBs", "GiBs", "Gbits", "Gibits"];

    public static Quantity Of(string id) => id switch
    {
        _ when SecondUnits.Contains(id) => Quantity.Seconds,
        _ when MilliUnits.Contains(id) => Quantity.Milliseconds,
        _ when ByteUnits.Contains(id) => Quantity.Bytes,
        _ when ByteRateUnits.Contains(id) => Quantity.BytesPerSecond,
        "percentunit" => Quantity.Ratio,
        "percent" => Quantity.Percent,
        _ => Quantity.Unknown,
    };

    public static bool Fits(Quantity measured, Quantity shown) => measured == shown
        || (measured == Quantity.Count && shown is Quantity.Ratio or Quantity.Percent) // a count over a count: ratios we cannot see through
        || (measured == Quantity.Bytes && shown == Quantity.BytesPerSecond); // rate() of a byte counter

    public static string Describe(Quantity q) => q switch
    {
        Quantity.Seconds => "seconds",
        Quantity.Milliseconds => "milliseconds",
        Quantity.Bytes => "bytes",
        Quantity.BytesPerSecond => "bytes per second",
        Quantity.Ratio => "a ratio from 0 to 1",
        Quantity.Percent => "a percentage from 0 to 100",
        Quantity.Count => "a count",
        _ => "something unknown",
    };

    public static string Hint(Quantity measured) => measured switch
    {
        Quantity.Seconds => " (use Unit.Seconds, or multiply by 1000 for ms)",
        Quantity.Ratio => " (use Unit.PercentUnit, or multiply by 100 for percent)",
        Quantity.Percent => " (use Unit.Percent)",
        Quantity.Bytes => " (use Unit.Bytes)",
        _ => "",
    };
}

/// <summary>
/// Infers the quantity of a query from metric names (<c>_seconds</c>, <c>_milliseconds</c>, <c>_bytes</c>, <c>_ratio</c>)
/// and the catalog's units, through aggregations, rates, histogram_quantile and simple arithmetic. Unknown when unsure.
/// </summary>
internal static class QuantityInference
{
    public static Quantity Infer(Expr expr, MetricCatalog? catalog)
    {
        switch (expr)
        {
            case VectorSelector { MetricName: { } name }:
                return OfSeries(name, catalog);
            case MatrixSelector m:
                return Infer(m.Selector, catalog);
            case Subquery s:
                return Infer(s.Inner, catalog);
            case AggregateExpr a:
                return a.Op is AggregateOp.Count or AggregateOp.CountValues or AggregateOp.Group ? Quantity.Count : Infer(a.Body, catalog);
            case FunctionCall f:
                return f.Name switch
                {
                    "histogram_quantile" when f.Args.Count == 2 => Infer(f.Args[1], catalog) switch
                    {
                        // The bucket series is a count; the quantile has the metric's unit.
                        _ when Selector(f.Args[1]) is { MetricName: { } bucket } => Unit(bucket, catalog),
                        var q => q,
                    },
                    "rate" or "irate" or "deriv" => Infer(f.Args[0], catalog) switch
                    {
                        Quantity.Bytes => Quantity.BytesPerSecond,
                        Quantity.Seconds => Quantity.Ratio, // seconds per second: busy fraction
                        Quantity.Count => Quantity.Count,
                        _ => Quantity.Unknown,
                    },
                    "increase" or "delta" or "idelta" or "avg_over_time" or "min_over_time" or "max_over_time" or "last_over_time"
                        or "quantile_over_time" or "sum_over_time" or "abs" or "ceil" or "floor" or "round" or "clamp" or "clamp_min" or "clamp_max"
                        or "sort" or "sort_desc" or "label_replace" or "label_join" =>
                        f.Args.Where(a => a.Type is PromType.InstantVector or PromType.RangeVector).Select(a => Infer(a, catalog)).FirstOrDefault(),
                    "count_over_time" or "changes" or "resets" => Quantity.Count,
                    _ => Quantity.Unknown,
                };
            case BinaryExpr b when b.Op.IsComparison() && !b.ReturnBool:
                return Infer(b.Right.Type == PromType.Scalar ? b.Left : b.Right.Type == PromType.InstantVector && b.Left.Type == PromType.Scalar ? b.Right : b.Left, catalog);
            case BinaryExpr b:
                return Arithmetic(b, catalog);
            default:
                return Quantity.Unknown;
        }
    }

    private static Quantity Arithmetic(BinaryExpr b, MetricCatalog? catalog)
    {
        var scalar = b.Right as NumberLiteral ?? b.Left as NumberLiteral;
        var other = ReferenceEquals(scalar, b.Right) ? b.Left : b.Right;
        if (scalar is not null)
        {
            var q = Infer(other, catalog);
            return (b.Op, scalar.Value, q) switch
            {
                (BinaryOp.Multiply, 1000, Quantity.Seconds) => Quantity.Milliseconds,
                (BinaryOp.Divide, 1000, Quantity.Milliseconds) when ReferenceEquals(scalar, b.Right) => Quantity.Seconds,
                (BinaryOp.Multiply, 100, Quantity.Ratio) => Quantity.Percent,
                (BinaryOp.Multiply, 100, Quantity.Count) => Quantity.Unknown,
                (BinaryOp.Add or BinaryOp.Subtract, _, _) => q,
                _ => Quantity.Unknown,
            };
        }
        var left = Infer(b.Left, catalog);
        var right = Infer(b.Right, catalog);
        return b.Op switch
        {
            BinaryOp.Divide when left == right && left != Quantity.Unknown => Quantity.Ratio,
            BinaryOp.Add or BinaryOp.Subtract or BinaryOp.Or or BinaryOp.And or BinaryOp.Unless when left == right => left,
            BinaryOp.And or BinaryOp.Unless => left,
            _ => Quantity.Unknown,
        };
    }

    private static VectorSelector? Selector(Expr e) => PromQLWalk.Selectors(e).FirstOrDefault(s => s.MetricName is not null);

    private static Quantity OfSeries(string name, MetricCatalog? catalog)
    {
        if (catalog is not null && catalog.TryResolve(name, out var series))
        {
            if (series.Role is SeriesRole.Bucket or SeriesRole.Count) return Quantity.Count;
            return ByName(series.Metric.BaseName);
        }
        if (name.EndsWith("_bucket", StringComparison.Ordinal) || name.EndsWith("_count", StringComparison.Ordinal)) return Quantity.Count;
        var trimmed = name.EndsWith("_total", StringComparison.Ordinal) ? name[..^6] : name.EndsWith("_sum", StringComparison.Ordinal) ? name[..^4] : name;
        return ByName(trimmed);
    }

    /// <summary>The unit of the metric a histogram's bucket series belongs to.</summary>
    private static Quantity Unit(string bucketSeries, MetricCatalog? catalog)
    {
        if (catalog is not null && catalog.TryResolve(bucketSeries, out var series)) return ByName(series.Metric.BaseName);
        return bucketSeries.EndsWith("_bucket", StringComparison.Ordinal) ? ByName(bucketSeries[..^7]) : Quantity.Unknown;
    }

    private static Quantity ByName(string baseName)
    {
        if (baseName.EndsWith("_seconds", StringComparison.Ordinal)) return Quantity.Seconds;
        if (baseName.EndsWith("_milliseconds", StringComparison.Ordinal)) return Quantity.Milliseconds;
        if (baseName.EndsWith("_bytes", StringComparison.Ordinal)) return Quantity.Bytes;
        if (baseName.EndsWith("_ratio", StringComparison.Ordinal)) return Quantity.Ratio;
        if (baseName.EndsWith("_percent", StringComparison.Ordinal)) return Quantity.Percent;
        return Quantity.Unknown;
    }
}
