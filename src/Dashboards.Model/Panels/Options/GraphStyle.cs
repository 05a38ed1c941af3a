namespace Dashboards.Model;

public enum BarAlignment { Before = -1, Center = 0, After = 1 }

// Shortcuts of the generated GraphStyle (Spec/shared.json).
public sealed partial record GraphStyle
{
    public GraphStyle Lines() => this with { DrawStyle = DrawStyle.Line };
    public GraphStyle Bars(BarAlignment alignment = Model.BarAlignment.Center) => this with { DrawStyle = DrawStyle.Bars, BarAlignment = alignment };
    public GraphStyle Points() => this with { DrawStyle = DrawStyle.Points, ShowPoints = Visibility.Always };
    public GraphStyle WithShowPoints(Visibility visibility, int? size = null) => this with { ShowPoints = visibility, PointSize = size ?? PointSize };
    public GraphStyle Stack(StackingMode mode, string group = "A") => this with { Stacking = new Stacking(mode, group) };

    /// <summary>Strokes lines solid, dashed or dotted; <paramref name="dash"/> gives the dash and gap lengths in pixels.</summary>
    public GraphStyle WithLineStyle(LineFill fill, params double[] dash) => this with { LineStyle = new LineStyle(fill, [.. dash]) };

    /// <summary>Breaks the line where two points lie more than <paramref name="threshold"/> apart (Grafana's "Disconnect values").</summary>
    public GraphStyle InsertNullsAfter(TimeSpan threshold) =>
        threshold > TimeSpan.Zero ? this with { InsertNulls = threshold }
            : throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The gap after which nulls are inserted must be positive.");

    /// <summary>Hides the series from the graph, legend and/or tooltip (<c>custom.hideFrom</c>).</summary>
    public GraphStyle HideFrom(bool viz = false, bool legend = false, bool tooltip = false) => this with { HiddenFrom = new HideFrom(viz, legend, tooltip) };
}

/// <summary>How a series line is stroked (<c>custom.lineStyle</c>): a fill and, for dashes and dots, the pattern lengths.</summary>
public sealed record LineStyle(LineFill Fill, ImmutableArray<double> Dash)
{
    public bool Equals(LineStyle? other) => other is not null && Fill == other.Fill && Dash.AsSpan().SequenceEqual(other.Dash.AsSpan());
    public override int GetHashCode() => HashCode.Combine(Fill, Dash.Length);
}
