namespace Dashboards.Model;

/// <summary>An arc section of a node: fraction field and its color.</summary>
public sealed record NodeArc(string Field, Color Color);

// Shortcuts of the generated NodeGraphPanel (Spec/panels/nodegraph.json).
public sealed partial record NodeGraphPanel
{
    public NodeGraphPanel NodeUnits(Unit? mainStat, Unit? secondaryStat = null) =>
        this with { Options = Options with { NodeMainStatUnit = mainStat, NodeSecondaryStatUnit = secondaryStat } };
    public NodeGraphPanel EdgeUnits(Unit? mainStat, Unit? secondaryStat = null) =>
        this with { Options = Options with { EdgeMainStatUnit = mainStat, EdgeSecondaryStatUnit = secondaryStat } };
    public NodeGraphPanel AddArc(string field, Color color) => this with { Options = Options with { Arcs = Options.Arcs.Add(new NodeArc(field, color)) } };
}
