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
}
