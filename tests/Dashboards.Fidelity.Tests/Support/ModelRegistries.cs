using System.Reflection;
using Dashboards.Model;

namespace Dashboards.Fidelity.Tests.Support;

/// <summary>
/// A dashboard that uses every unit, colour mode, named colour and reducer the typed model offers, so the oracle judges
/// the model's whole vocabulary against Grafana's registries, not only the part the suites happen to use.
/// </summary>
public static class ModelRegistries
{
    public static IReadOnlyList<Unit> Units { get; } = StaticValues<Unit>();
    public static IReadOnlyList<Color> Colors { get; } = StaticValues<Color>();
    public static IReadOnlyList<Reducer> Reducers { get; } =
        [.. StaticValues<Reducer>(), .. Enumerable.Range(1, 99).Select(Reducer.Percentile)];
    public static IReadOnlyList<FieldColorMode> ColorModes { get; } = Enum.GetValues<FieldColorMode>();

    /// <summary>Every field matcher a saved dashboard can hold, each built to hit a field of a <c>sum(up)</c> series.</summary>
    public static IReadOnlyList<FieldMatcher> Matchers { get; } =
    [
        FieldMatcher.ByName("Value"), FieldMatcher.ByRegex("Val.*"), FieldMatcher.ByType(FieldType.Number), FieldMatcher.ByQuery("A"),
        FieldMatcher.Numeric(), FieldMatcher.Time(), FieldMatcher.First(), FieldMatcher.FirstTimeField(),
        FieldMatcher.ByNames("Value", "Time"), FieldMatcher.AllExcept("Time"), FieldMatcher.ByRegexOrNames("^V", "Time"),
        FieldMatcher.ByValue(Reducer.Max, ComparisonOperator.GreaterOrEqual, 0),
    ];

    public static Dashboard Build()
    {
        var datasource = new DatasourceVariable("datasource");
        var query = PrometheusTarget.Raw("sum(up)");
        var dashboard = new Dashboard("model-registries", "Model registries")
            .AddVariable(datasource)
            .WithDefaultDatasource(datasource.Ref);

        var custom = new[] { Unit.Suffix("tokens"), Unit.Prefix("$ "), Unit.Currency("€"), Unit.SI("g"), Unit.Count("req"), Unit.Time("HH:mm"), Unit.Bool("up", "down") };
        foreach (var unit in Units.Concat(custom))
            dashboard = dashboard.AddPanel(new StatPanel($"unit {unit.Id}").WithTargets(query).Unit(unit));

        foreach (var mode in ColorModes)
        {
            var color = mode switch
            {
                FieldColorMode.Fixed => FieldColor.Fixed(Color.Blue),
                FieldColorMode.Shades => FieldColor.Shades(Color.Blue),
                FieldColorMode.Thresholds => FieldColor.Thresholds,
                FieldColorMode.PaletteClassic => FieldColor.PaletteClassic,
                FieldColorMode.PaletteClassicByName => FieldColor.PaletteClassicByName,
                FieldColorMode.Gradient => FieldColor.Gradient(Color.Blue),
                FieldColorMode.PaletteColorblind => FieldColor.PaletteColorblind,
                FieldColorMode.PaletteCategoricalNext => FieldColor.PaletteCategoricalNext,
                FieldColorMode.PaletteCategoricalNext2 => FieldColor.PaletteCategoricalNext2,
                FieldColorMode.PaletteCategoricalNext3 => FieldColor.PaletteCategoricalNext3,
                _ => FieldColor.Continuous(mode),
            };
            dashboard = dashboard.AddPanel(new StatPanel($"colour mode {mode}").WithTargets(query).Color(color));
        }

        // Threshold steps must ascend: one step per named colour.
        var thresholds = Thresholds.Absolute(Colors[0]);
        for (var i = 1; i < Colors.Count; i++) thresholds = thresholds.Step(i, Colors[i]);
        dashboard = dashboard.AddPanel(new StatPanel("named colours").WithTargets(query).Thresholds(thresholds));

        var matched = new TimeSeriesPanel("field matchers").WithTargets(query);
        foreach (var matcher in Matchers) matched = matched.Override(matcher, o => o.Decimals(1));
        dashboard = dashboard.AddPanel(matched);

        return dashboard
            .AddPanel(new StatPanel("reducers").WithTargets(query).Reduce(r => r with { Calcs = [.. Reducers] }))
            .AddPanel(new TimeSeriesPanel("legend reducers").WithTargets(query).Legend(l => l.WithCalcs([.. Reducers])));
    }

    private static List<T> StaticValues<T>() =>
    [
        .. typeof(T).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(T))
            .Select(f => (T)f.GetValue(null)!)
            .Concat(typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Static)
                .Where(p => p.PropertyType == typeof(T) && p.GetIndexParameters().Length == 0)
                .Select(p => (T)p.GetValue(null)!))
            .Distinct(),
    ];
}
