namespace Dashboards.Model;

public enum PieChartType { Pie, Donut }
public enum PieChartLabel { Name, Value, Percent }
public enum PieChartLegendValue { Value, Percent }

/// <summary>Options of <see cref="PieChartPanel"/>.</summary>
public sealed record PieChartOptions
{
    public static PieChartOptions Default { get; } = new();

    public PieChartType PieType { get; init; } = PieChartType.Pie;
    public ImmutableArray<PieChartLabel> DisplayLabels { get; init; } = [];
    public LegendOptions Legend { get; init; } = LegendOptions.Default;
    public ImmutableArray<PieChartLegendValue> LegendValues { get; init; } = [];
    public TooltipOptions Tooltip { get; init; } = TooltipOptions.Default;
    public ReduceOptions Reduce { get; init; } = ReduceOptions.Default;
    public Orientation Orientation { get; init; } = Orientation.Auto;
    public TextSizes? Text { get; init; }
}

/// <summary>Pie or donut chart (<c>piechart</c>).</summary>
public sealed record PieChartPanel : Panel<PieChartPanel>
{
    public PieChartPanel(string title) : base(title, 8, 8) { }

    public override string PluginId => "piechart";

    public PieChartOptions Options { get; init; } = PieChartOptions.Default;

    public PieChartPanel Donut() => this with { Options = Options with { PieType = PieChartType.Donut } };
    public PieChartPanel PieType(PieChartType type) => this with { Options = Options with { PieType = type } };
    public PieChartPanel Labels(params PieChartLabel[] labels) => this with { Options = Options with { DisplayLabels = [.. labels] } };
    public PieChartPanel Legend(Func<LegendOptions, LegendOptions> configure) => this with { Options = Options with { Legend = configure(Options.Legend) } };

    /// <summary>Values shown next to each legend entry.</summary>
    public PieChartPanel LegendValues(params PieChartLegendValue[] values) => this with { Options = Options with { LegendValues = [.. values] } };
    public PieChartPanel Tooltip(Func<TooltipOptions, TooltipOptions> configure) => this with { Options = Options with { Tooltip = configure(Options.Tooltip) } };
    public PieChartPanel Reduce(Func<ReduceOptions, ReduceOptions> configure) => this with { Options = Options with { Reduce = configure(Options.Reduce) } };
    public PieChartPanel Reduce(Reducer reducer) => Reduce(r => r.Calc(reducer));
}
