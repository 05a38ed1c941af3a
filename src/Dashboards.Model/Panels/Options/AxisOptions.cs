namespace Dashboards.Model;

public enum AxisPlacement { Auto, Top, Right, Bottom, Left, Hidden }
public enum AxisColorMode { Text, Series }
public enum ScaleType { Linear, Log, Ordinal, SymLog }

/// <summary>Value-axis scale: linear, or logarithmic with a base.</summary>
public sealed record ScaleDistribution(ScaleType Type, int? LogBase = null, double? LinearThreshold = null)
{
    public static ScaleDistribution Linear { get; } = new(ScaleType.Linear);
    public static ScaleDistribution Log(int logBase = 10) => new(ScaleType.Log, logBase);
    public static ScaleDistribution SymLog(int logBase = 10, double linearThreshold = 1) => new(ScaleType.SymLog, logBase, linearThreshold);
}

/// <summary>Axis settings shared by graph-like panels: <c>a => a.Label("req/s").Placement(AxisPlacement.Left).SoftMin(0)</c>.</summary>
public sealed record AxisOptions
{
    public static AxisOptions Default { get; } = new();

    public AxisPlacement? PlacementValue { get; init; }
    public AxisColorMode? ColorModeValue { get; init; }
    public string? LabelValue { get; init; }
    public int? WidthValue { get; init; }
    public double? SoftMinValue { get; init; }
    public double? SoftMaxValue { get; init; }
    public bool? GridShow { get; init; }
    public bool? CenteredZeroValue { get; init; }
    public bool? BorderShow { get; init; }
    public ScaleDistribution? ScaleValue { get; init; }

    public AxisOptions Placement(AxisPlacement placement) => this with { PlacementValue = placement };
    public AxisOptions ColorMode(AxisColorMode mode) => this with { ColorModeValue = mode };
    public AxisOptions Label(string label) => this with { LabelValue = label };
    public AxisOptions Width(int pixels) => this with { WidthValue = pixels };
    public AxisOptions SoftMin(double min) => this with { SoftMinValue = min };
    public AxisOptions SoftMax(double max) => this with { SoftMaxValue = max };
    public AxisOptions Grid(bool show) => this with { GridShow = show };
    public AxisOptions CenteredZero(bool centered = true) => this with { CenteredZeroValue = centered };
    public AxisOptions Border(bool show) => this with { BorderShow = show };
    public AxisOptions Scale(ScaleDistribution scale) => this with { ScaleValue = scale };
}
