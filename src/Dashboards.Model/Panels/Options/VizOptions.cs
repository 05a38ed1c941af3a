namespace Dashboards.Model;

/// <summary>Hides a series from parts of a visualization (<c>custom.hideFrom</c>).</summary>
public sealed record HideFrom(bool Viz = false, bool Legend = false, bool Tooltip = false);

/// <summary>Series stacking: mode and stacking group.</summary>
public sealed record Stacking(StackingMode Mode, string Group = "A");
