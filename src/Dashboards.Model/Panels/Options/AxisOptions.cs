namespace Dashboards.Model;

/// <summary>Value-axis scale: linear, or logarithmic with a base.</summary>
public sealed record ScaleDistribution(ScaleType Type, int? LogBase = null, double? LinearThreshold = null)
{
    public static ScaleDistribution Linear { get; } = new(ScaleType.Linear);
    public static ScaleDistribution Log(int logBase = 10) => new(ScaleType.Log, logBase);
    public static ScaleDistribution SymLog(int logBase = 10, double linearThreshold = 1) => new(ScaleType.SymLog, logBase, linearThreshold);
}
