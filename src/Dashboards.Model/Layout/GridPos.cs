namespace Dashboards.Model;

/// <summary>A position on Grafana's 24-column grid; height in 30 px units.</summary>
public readonly record struct GridPos(int X, int Y, int W, int H)
{
    /// <summary>Number of grid columns.</summary>
    public const int Columns = 24;

    public int Right => X + W;
    public int Bottom => Y + H;

    public bool Overlaps(GridPos other) =>
        X < other.Right && other.X < Right && Y < other.Bottom && other.Y < Bottom;

    public override string ToString() => $"x={X} y={Y} w={W} h={H}";
}
