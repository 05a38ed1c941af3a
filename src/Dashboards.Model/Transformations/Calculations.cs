namespace Dashboards.Model.Transformations;

// Transformations that compute new data: distributions, buckets, fits, geometry.

/// <summary>Buckets every numeric value into a histogram: <c>xMin</c>, <c>xMax</c> and a count per field (<c>histogram</c>).</summary>
public sealed record Histogram : Transformation
{
    internal Histogram() { }

    public override string Id => "histogram";

    /// <summary>The bucket width (Grafana picks one from <see cref="BucketCount"/> when null).</summary>
    public double? BucketSize { get; init => field = value is null or > 0 ? value : throw new ArgumentOutOfRangeException(nameof(BucketSize), value, "A bucket is wider than 0."); }
    public int? BucketCount { get; init => field = value is null or > 0 ? value : throw new ArgumentOutOfRangeException(nameof(BucketCount), value, "At least one bucket."); }
    public double? BucketOffset { get; init; }

    /// <summary>One count field for all series instead of one per series.</summary>
    public bool Combine { get; init; }
}

/// <summary>How a <see cref="Heatmap"/> axis is bucketed: by bucket size or by bucket count.</summary>
public sealed record HeatmapBuckets
{
    private HeatmapBuckets(bool bySize, string value) { BySize = bySize; Value = value; }

    public bool BySize { get; }

    /// <summary>A size (a number, or a duration such as <c>1m</c> on the time axis) or a count.</summary>
    public string Value { get; }

    /// <summary>A log scale of this base (2 or 10), linear when null.</summary>
    public int? LogBase { get; private init; }

    public static HeatmapBuckets Size(string size) =>
        new(true, string.IsNullOrEmpty(size) ? throw new ArgumentException("A bucket size cannot be empty.", nameof(size)) : size);

    public static HeatmapBuckets Count(int count) =>
        new(false, count > 0 ? count.ToString(System.Globalization.CultureInfo.InvariantCulture) : throw new ArgumentOutOfRangeException(nameof(count), count, "At least one bucket."));

    public HeatmapBuckets Log(int logBase) =>
        this with { LogBase = logBase is 2 or 10 ? logBase : throw new ArgumentOutOfRangeException(nameof(logBase), logBase, "Grafana's heatmap offers log base 2 or 10.") };
}

/// <summary>Buckets time series into a heatmap (<c>heatmap</c>).</summary>
public sealed record Heatmap : Transformation
{
    internal Heatmap() { }

    public override string Id => "heatmap";
    public HeatmapBuckets? XBuckets { get; init; }
    public HeatmapBuckets? YBuckets { get; init; }

    /// <summary>Keeps the source frames after the heatmap frame.</summary>
    public bool KeepOriginalData { get; init; }
}

public enum RegressionModel { Linear, Polynomial }

/// <summary>Fits a trend line through <see cref="YField"/> over <see cref="XField"/> (<c>regression</c>).</summary>
public sealed record Regression : Transformation
{
    public Regression(RegressionModel model = RegressionModel.Linear) =>
        Model = Enum.IsDefined(model) ? model : throw new ArgumentOutOfRangeException(nameof(model));

    public override string Id => "regression";
    public RegressionModel Model { get; }

    /// <summary>The polynomial degree (2 to 5).</summary>
    public int? Degree { get; init => field = value is null or (>= 2 and <= 5) ? value : throw new ArgumentOutOfRangeException(nameof(Degree), value, "Grafana fits polynomials of degree 2 to 5."); }
    public string? XField { get; init; }
    public string? YField { get; init; }

    /// <summary>Points of the fitted line.</summary>
    public int? PredictionCount { get; init => field = value is null or > 1 ? value : throw new ArgumentOutOfRangeException(nameof(PredictionCount), value, "A line needs at least two points."); }
}

/// <summary>Reduces noise by adaptive down-sampling (ASAP) to about <see cref="Resolution"/> points (<c>smoothing</c>).</summary>
public sealed record Smoothing : Transformation
{
    public Smoothing(int resolution = 100) =>
        Resolution = resolution is >= 1 and <= 1000 ? resolution : throw new ArgumentOutOfRangeException(nameof(resolution), resolution, "Grafana's smoothing resolution is 1 to 1000.");

    public override string Id => "smoothing";
    public int Resolution { get; }
}

/// <summary>Where <see cref="Spatial"/> finds each row's location (Grafana's FrameGeometrySource).</summary>
public sealed record GeometrySource
{
    private GeometrySource(string mode) => Mode = mode;

    internal string Mode { get; }
    public string? Latitude { get; private init; }
    public string? Longitude { get; private init; }
    public string? Geohash { get; private init; }
    public string? Lookup { get; private init; }
    public string? Gazetteer { get; private init; }

    /// <summary>Grafana guesses from field names (latitude/longitude, geohash...).</summary>
    public static GeometrySource Auto { get; } = new("auto");

    public static GeometrySource Coordinates(string latitudeField, string longitudeField) => new("coords")
    {
        Latitude = FilterFieldsByName.Field(latitudeField, nameof(latitudeField)),
        Longitude = FilterFieldsByName.Field(longitudeField, nameof(longitudeField)),
    };

    public static GeometrySource FromGeohash(string field) => new("geohash") { Geohash = FilterFieldsByName.Field(field, nameof(field)) };

    public static GeometrySource FromLookup(string field, string? gazetteer = null) =>
        new("lookup") { Lookup = FilterFieldsByName.Field(field, nameof(field)), Gazetteer = gazetteer };
}

/// <summary>Adds a geometry field built from each row's location (<c>spatial</c>, the <c>prepare</c> action).</summary>
public sealed record Spatial : Transformation
{
    public Spatial(GeometrySource source) => Source = source ?? throw new ArgumentNullException(nameof(source));

    public override string Id => "spatial";
    public GeometrySource Source { get; }
}
