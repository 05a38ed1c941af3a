using System.Collections.Immutable;

namespace Dashboards.PromQL.Functions;

/// <summary>
/// One PromQL function: its argument types, how many arguments it takes, what it returns and which
/// Prometheus version introduced it. Instances are the rows of <see cref="FunctionTable"/> and compare by reference.
/// </summary>
public sealed class FunctionDefinition
{
    internal FunctionDefinition(string name, PromType returnType, PromType[] argTypes, int minArgs, int maxArgs, Version minimumVersion, bool experimental, Version? removedIn, Version? stableSince = null)
    {
        Name = name;
        ReturnType = returnType;
        ArgTypes = ImmutableArray.Create(argTypes);
        MinArgs = minArgs;
        MaxArgs = maxArgs;
        MinimumVersion = minimumVersion;
        Experimental = experimental && stableSince is null;
        ExperimentalUntil = experimental ? stableSince : null;
        WasExperimental = experimental;
        RemovedIn = removedIn;
    }

    public string Name { get; }

    public PromType ReturnType { get; }

    /// <summary>Declared argument types; when <see cref="MaxArgs"/> is unlimited the last type repeats.</summary>
    public ImmutableArray<PromType> ArgTypes { get; }

    public int MinArgs { get; }

    /// <summary>Largest number of arguments, or -1 for no limit (label_join, sort_by_label).</summary>
    public int MaxArgs { get; }

    public bool IsVariadic => MaxArgs != MinArgs;

    /// <summary>The oldest Prometheus release that knows this function.</summary>
    public Version MinimumVersion { get; }

    /// <summary>True when Prometheus needs <c>--enable-feature=promql-experimental-functions</c> for it.</summary>
    public bool Experimental { get; }

    /// <summary>The release from which an experimental function no longer needs the flag (first_over_time: 3.14), or null.</summary>
    public Version? ExperimentalUntil { get; }

    /// <summary>True when the function came in behind <c>--enable-feature=promql-experimental-functions</c>.</summary>
    public bool WasExperimental { get; }

    /// <summary>Why <paramref name="target"/> rejects this function ("needs Prometheus 3.7 or newer ..."), or null.</summary>
    public string? RejectedBy(PromTarget target) =>
        target.Rejects(MinimumVersion, WasExperimental ? PrometheusFeatures.ExperimentalFunctions : PrometheusFeatures.None, ExperimentalUntil, RemovedIn);

    /// <summary>The release that dropped the function (holt_winters in 3.0), or null.</summary>
    public Version? RemovedIn { get; }

    /// <summary>The expected type of argument <paramref name="index"/> (0-based).</summary>
    public PromType ArgType(int index) => index < ArgTypes.Length ? ArgTypes[index] : ArgTypes[^1];

    /// <summary>Whether a given Prometheus release accepts this function (ignoring feature flags).</summary>
    public bool IsSupportedBy(Version prometheusVersion) =>
        prometheusVersion >= MinimumVersion && (RemovedIn is null || prometheusVersion < RemovedIn);

    public override string ToString() => Name;
}
