namespace Dashboards.Model;

public enum ZoomMode { Cooperative, Greedy }

/// <summary>An arc section of a node: fraction field and its color.</summary>
public sealed record NodeArc(string Field, Color Color);

/// <summary>Options of <see cref="NodeGraphPanel"/>.</summary>
public sealed record NodeGraphOptions
{
    public static NodeGraphOptions Default { get; } = new();

    public Unit? NodeMainStatUnit { get; init; }
    public Unit? NodeSecondaryStatUnit { get; init; }
    public ImmutableArray<NodeArc> Arcs { get; init; } = [];
    public Unit? EdgeMainStatUnit { get; init; }
    public Unit? EdgeSecondaryStatUnit { get; init; }
    public ZoomMode? ZoomMode { get; init; }
}

/// <summary>Service graph of nodes and edges (<c>nodeGraph</c>), e.g. from a Tempo service map.</summary>
public sealed record NodeGraphPanel : Panel<NodeGraphPanel>
{
    public NodeGraphPanel(string title) : base(title, 24, 12) { }

    public override string PluginId => "nodeGraph";

    public NodeGraphOptions Options { get; init; } = NodeGraphOptions.Default;

    public NodeGraphPanel NodeUnits(Unit? mainStat, Unit? secondaryStat = null) =>
        this with { Options = Options with { NodeMainStatUnit = mainStat, NodeSecondaryStatUnit = secondaryStat } };
    public NodeGraphPanel EdgeUnits(Unit? mainStat, Unit? secondaryStat = null) =>
        this with { Options = Options with { EdgeMainStatUnit = mainStat, EdgeSecondaryStatUnit = secondaryStat } };
    public NodeGraphPanel AddArc(string field, Color color) => this with { Options = Options with { Arcs = Options.Arcs.Add(new NodeArc(field, color)) } };
    public NodeGraphPanel Zoom(ZoomMode mode) => this with { Options = Options with { ZoomMode = mode } };
}
