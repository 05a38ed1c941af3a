namespace Dashboards.Model;

/// <summary>Layout orientation of stat-like panels and bar charts.</summary>
public enum Orientation { Auto, Vertical, Horizontal }

/// <summary>Whether a value or element shows: auto, never or always.</summary>
public enum Visibility { Auto, Never, Always }

/// <summary>Sizing of gauge-like visualizations.</summary>
public enum VizSizing { Auto, Manual }

public enum StackingMode { None, Normal, Percent }

public enum TextAlignment { Auto, Left, Right, Center }

/// <summary>Font sizes of stat-like panels (<c>options.text</c>); null means automatic.</summary>
public sealed record TextSizes(int? TitleSize = null, int? ValueSize = null, int? PercentSize = null);

/// <summary>Hides a series from parts of a visualization (<c>custom.hideFrom</c>).</summary>
public sealed record HideFrom(bool Viz = false, bool Legend = false, bool Tooltip = false);

/// <summary>Series stacking: mode and stacking group.</summary>
public sealed record Stacking(StackingMode Mode, string Group = "A");
