namespace Dashboards.Model;

// Shortcuts of the generated PieChartPanel (Spec/panels/piechart.json).
public sealed partial record PieChartPanel
{
    public PieChartPanel Donut() => this with { Options = Options with { PieType = PieChartType.Donut } };
    public PieChartPanel Legend(Func<LegendOptions, LegendOptions> configure) => this with { Options = Options with { Legend = configure(Options.Legend) } };

    /// <summary>Values shown next to each legend entry.</summary>
    public PieChartPanel LegendValues(params PieChartLegendValue[] values) => this with { Options = Options with { LegendValues = [.. values] } };
}
