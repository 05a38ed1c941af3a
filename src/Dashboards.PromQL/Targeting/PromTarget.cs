namespace Dashboards.PromQL;

/// <summary>Prometheus's <c>--enable-feature</c> flags that change what PromQL accepts.</summary>
[Flags]
public enum PrometheusFeatures
{
    None = 0,

    /// <summary><c>promql-experimental-functions</c>: experimental functions and the limitk/limit_ratio aggregations.</summary>
    ExperimentalFunctions = 1,

    /// <summary><c>promql-duration-expr</c>: duration arithmetic, step(), range(), min_of/max_of in durations (default since 3.14).</summary>
    DurationExpressions = 2,

    /// <summary><c>promql-extended-range-selectors</c>: the anchored and smoothed modifiers.</summary>
    ExtendedRangeSelectors = 4,

    /// <summary><c>promql-binop-fill-modifiers</c>: fill(), fill_left(), fill_right() on binary operators.</summary>
    BinopFillModifiers = 8,

    All = ExperimentalFunctions | DurationExpressions | ExtendedRangeSelectors | BinopFillModifiers,
}

/// <summary>
/// The Prometheus a query is written for: a release and its feature flags. The parser given a target rejects what
/// that Prometheus rejects (with the version or flag it would need), and the checker reports it as a lint.
/// </summary>
public sealed record PromTarget
{
    public PromTarget(Version version, PrometheusFeatures features = PrometheusFeatures.None)
    {
        ArgumentNullException.ThrowIfNull(version);
        Version = new Version(version.Major, Math.Max(0, version.Minor));
        Features = features;
    }

    /// <summary>The newest stable release this library knows (3.14, released 2026-08-17).</summary>
    public static Version CurrentStableVersion { get; } = new(3, 14);

    /// <summary>The default target: the current stable release without experimental flags.</summary>
    public static PromTarget Default { get; } = new(CurrentStableVersion);

    /// <summary>The current release with every feature flag on: what Prometheus's own parser tests run against.</summary>
    public static PromTarget Latest { get; } = new(CurrentStableVersion, PrometheusFeatures.All);

    /// <summary>Debian 12's prometheus package (the promtool the tests run).</summary>
    public static PromTarget Prometheus2_42 { get; } = new(new Version(2, 42));

    public Version Version { get; }

    public PrometheusFeatures Features { get; }

    public bool Has(PrometheusFeatures feature) => (Features & feature) == feature;

    public PromTarget WithFeatures(PrometheusFeatures features) => new(Version, features);

    /// <summary>
    /// Why this target does not accept <paramref name="syntax"/>, or null when it does:
    /// "needs Prometheus 3.7 or newer and --enable-feature=promql-extended-range-selectors".
    /// </summary>
    public string? Rejects(PromSyntax syntax)
    {
        var req = PromSyntaxFacts.Requirement(syntax);
        return Rejects(req.Since, req.Flag, req.FlagUntil, req.RemovedIn);
    }

    internal string? Rejects(Version since, PrometheusFeatures flag, Version? flagUntil, Version? removedIn)
    {
        if (removedIn is not null && Version >= removedIn) return $"was removed in Prometheus {removedIn}";
        var needsFlag = flag != PrometheusFeatures.None && (flagUntil is null || Version < flagUntil) && !Has(flag);
        if (Version < since)
            return needsFlag || (flag != PrometheusFeatures.None && flagUntil is not null)
                ? $"needs Prometheus {since} or newer{(flag != PrometheusFeatures.None ? $" (with --enable-feature={PromSyntaxFacts.FlagName(flag)} before {flagUntil?.ToString() ?? "it became stable"})" : "")}"
                : $"needs Prometheus {since} or newer";
        if (needsFlag) return $"needs --enable-feature={PromSyntaxFacts.FlagName(flag)}";
        return null;
    }

    public override string ToString() =>
        Features == PrometheusFeatures.None ? $"Prometheus {Version}" : $"Prometheus {Version} with {string.Join(", ", PromSyntaxFacts.FlagNames(Features))}";
}

/// <summary>PromQL syntax that not every Prometheus release accepts (functions are in the function table).</summary>
public enum PromSyntax
{
    /// <summary>Quoted UTF-8 metric and label names: <c>{"http.server.duration"}</c>, <c>sum by ("a.b")</c>.</summary>
    QuotedNames,

    /// <summary>A number where a duration is expected (<c>x[300]</c>) or a duration where a number is (<c>x &gt; 5m</c>).</summary>
    NumbersAsDurations,

    /// <summary>Duration arithmetic: <c>x[5m + 1m]</c>, <c>offset (2 * 1m)</c>.</summary>
    DurationArithmetic,

    /// <summary><c>step()</c> inside a duration.</summary>
    DurationStep,

    /// <summary><c>range()</c> inside a duration.</summary>
    DurationRange,

    /// <summary><c>min_of(a, b)</c> / <c>max_of(a, b)</c> inside a duration.</summary>
    DurationMinMaxOf,

    /// <summary>The <c>anchored</c> and <c>smoothed</c> modifiers.</summary>
    AnchoredSmoothed,

    /// <summary><c>fill(v)</c>, <c>fill_left(v)</c>, <c>fill_right(v)</c> on binary operators.</summary>
    FillModifiers,

    /// <summary>The histogram trim operators <c>&lt;/</c> and <c>&gt;/</c>.</summary>
    TrimOperators,

    /// <summary>The <c>limitk</c> and <c>limit_ratio</c> aggregations.</summary>
    LimitAggregations,

    /// <summary>Underscores between digits: <c>1_000_000</c>.</summary>
    NumberUnderscores,

    /// <summary>An offset of zero (<c>x offset 0s</c>), which releases before 3.0 rejected.</summary>
    ZeroOffset,
}

/// <summary>Since when each <see cref="PromSyntax"/> exists and which flag it needs (from Prometheus's changelog).</summary>
public static class PromSyntaxFacts
{
    public readonly record struct SyntaxRequirement(Version Since, PrometheusFeatures Flag, Version? FlagUntil, Version? RemovedIn);

    public static SyntaxRequirement Requirement(PromSyntax syntax) => syntax switch
    {
        PromSyntax.QuotedNames => new(new(3, 0), PrometheusFeatures.None, null, null),
        PromSyntax.NumbersAsDurations => new(new(3, 0), PrometheusFeatures.None, null, null),
        PromSyntax.DurationArithmetic => new(new(3, 4), PrometheusFeatures.DurationExpressions, new(3, 14), null),
        PromSyntax.DurationStep => new(new(3, 6), PrometheusFeatures.DurationExpressions, new(3, 14), null),
        PromSyntax.DurationRange => new(new(3, 12), PrometheusFeatures.DurationExpressions, new(3, 14), null),
        PromSyntax.DurationMinMaxOf => new(new(3, 13), PrometheusFeatures.DurationExpressions, new(3, 14), null),
        PromSyntax.AnchoredSmoothed => new(new(3, 7), PrometheusFeatures.ExtendedRangeSelectors, null, null),
        PromSyntax.FillModifiers => new(new(3, 10), PrometheusFeatures.BinopFillModifiers, null, null),
        PromSyntax.TrimOperators => new(new(3, 11), PrometheusFeatures.None, null, null),
        PromSyntax.LimitAggregations => new(new(2, 54), PrometheusFeatures.ExperimentalFunctions, null, null),
        PromSyntax.NumberUnderscores => new(new(2, 54), PrometheusFeatures.None, null, null),
        PromSyntax.ZeroOffset => new(new(3, 0), PrometheusFeatures.None, null, null),
        _ => throw new ArgumentOutOfRangeException(nameof(syntax)),
    };

    public static string Describe(PromSyntax syntax) => syntax switch
    {
        PromSyntax.QuotedNames => "quoted UTF-8 names",
        PromSyntax.NumbersAsDurations => "numbers as durations and durations as numbers",
        PromSyntax.DurationArithmetic => "duration arithmetic",
        PromSyntax.DurationStep => "step() in a duration",
        PromSyntax.DurationRange => "range() in a duration",
        PromSyntax.DurationMinMaxOf => "min_of()/max_of() in a duration",
        PromSyntax.AnchoredSmoothed => "the anchored/smoothed modifiers",
        PromSyntax.FillModifiers => "fill modifiers",
        PromSyntax.TrimOperators => "the trim operators </ and >/",
        PromSyntax.LimitAggregations => "limitk/limit_ratio",
        PromSyntax.NumberUnderscores => "underscores in numbers",
        PromSyntax.ZeroOffset => "an offset of 0",
        _ => syntax.ToString(),
    };

    public static string FlagName(PrometheusFeatures flag) => flag switch
    {
        PrometheusFeatures.ExperimentalFunctions => "promql-experimental-functions",
        PrometheusFeatures.DurationExpressions => "promql-duration-expr",
        PrometheusFeatures.ExtendedRangeSelectors => "promql-extended-range-selectors",
        PrometheusFeatures.BinopFillModifiers => "promql-binop-fill-modifiers",
        _ => flag.ToString(),
    };

    public static IEnumerable<string> FlagNames(PrometheusFeatures flags)
    {
        foreach (var f in new[] { PrometheusFeatures.ExperimentalFunctions, PrometheusFeatures.DurationExpressions, PrometheusFeatures.ExtendedRangeSelectors, PrometheusFeatures.BinopFillModifiers })
        {
            if ((flags & f) != 0) yield return FlagName(f);
        }
    }
}
