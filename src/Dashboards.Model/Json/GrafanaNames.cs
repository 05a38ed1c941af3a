namespace Dashboards.Model.Json;

/// <summary>The strings Grafana stores for the model's enums. The only place that knows them.</summary>
internal static class GrafanaNames
{
    public static string Of(LegendDisplayMode v) => v switch { LegendDisplayMode.List => "list", LegendDisplayMode.Table => "table", _ => "hidden" };
    public static string Of(LegendPlacement v) => v == LegendPlacement.Right ? "right" : "bottom";
    public static string Of(TooltipMode v) => v switch { TooltipMode.Single => "single", TooltipMode.Multi => "multi", _ => "none" };
    public static string Of(TooltipSort v) => v switch { TooltipSort.Ascending => "asc", TooltipSort.Descending => "desc", _ => "none" };
    public static string Of(Orientation v) => v switch { Orientation.Vertical => "vertical", Orientation.Horizontal => "horizontal", _ => "auto" };
    public static string Of(Visibility v) => v switch { Visibility.Never => "never", Visibility.Always => "always", _ => "auto" };
    public static string Of(VizSizing v) => v == VizSizing.Manual ? "manual" : "auto";
    public static string Of(StackingMode v) => v switch { StackingMode.Normal => "normal", StackingMode.Percent => "percent", _ => "none" };
    public static string Of(TextAlignment v) => v switch { TextAlignment.Left => "left", TextAlignment.Right => "right", TextAlignment.Center => "center", _ => "auto" };
    public static string Of(AxisPlacement v) => v switch
    {
        AxisPlacement.Top => "top", AxisPlacement.Right => "right", AxisPlacement.Bottom => "bottom",
        AxisPlacement.Left => "left", AxisPlacement.Hidden => "hidden", _ => "auto",
    };
    public static string Of(AxisColorMode v) => v == AxisColorMode.Series ? "series" : "text";
    public static string Of(ScaleType v) => v switch { ScaleType.Log => "log", ScaleType.Ordinal => "ordinal", ScaleType.SymLog => "symlog", _ => "linear" };
    public static string Of(DrawStyle v) => v switch { DrawStyle.Bars => "bars", DrawStyle.Points => "points", _ => "line" };
    public static string Of(LineInterpolation v) => v switch
    {
        LineInterpolation.Smooth => "smooth", LineInterpolation.StepBefore => "stepBefore", LineInterpolation.StepAfter => "stepAfter", _ => "linear",
    };
    public static string Of(GradientMode v) => v switch { GradientMode.Opacity => "opacity", GradientMode.Hue => "hue", GradientMode.Scheme => "scheme", _ => "none" };
    public static string Of(GraphTransform v) => v == GraphTransform.NegativeY ? "negative-Y" : "constant";
    public static string Of(ThresholdsStyle v) => v switch
    {
        ThresholdsStyle.Line => "line", ThresholdsStyle.Dashed => "dashed", ThresholdsStyle.Area => "area",
        ThresholdsStyle.LineAndArea => "line+area", ThresholdsStyle.DashedAndArea => "dashed+area", ThresholdsStyle.Series => "series", _ => "off",
    };

    /// <summary>Grafana's date-math unit letters.</summary>
    public static string Of(CalendarPeriod v) => v switch { CalendarPeriod.Day => "d", CalendarPeriod.Week => "w", CalendarPeriod.Month => "M", _ => "y" };

    public static string Of(ThresholdsMode v) => v == ThresholdsMode.Percentage ? "percentage" : "absolute";
    public static string Of(FieldColorMode v) => v switch
    {
        FieldColorMode.Thresholds => "thresholds",
        FieldColorMode.PaletteClassic => "palette-classic",
        FieldColorMode.PaletteClassicByName => "palette-classic-by-name",
        FieldColorMode.ContinuousGreenYellowRed => "continuous-GrYlRd",
        FieldColorMode.ContinuousRedYellowGreen => "continuous-RdYlGr",
        FieldColorMode.ContinuousBlueYellowRed => "continuous-BlYlRd",
        FieldColorMode.ContinuousYellowRed => "continuous-YlRd",
        FieldColorMode.ContinuousBluePurple => "continuous-BlPu",
        FieldColorMode.ContinuousYellowBlue => "continuous-YlBl",
        FieldColorMode.ContinuousBlues => "continuous-blues",
        FieldColorMode.ContinuousReds => "continuous-reds",
        FieldColorMode.ContinuousGreens => "continuous-greens",
        FieldColorMode.ContinuousPurples => "continuous-purples",
        FieldColorMode.ContinuousViridis => "continuous-viridis",
        FieldColorMode.ContinuousMagma => "continuous-magma",
        FieldColorMode.ContinuousPlasma => "continuous-plasma",
        FieldColorMode.ContinuousInferno => "continuous-inferno",
        FieldColorMode.ContinuousCividis => "continuous-cividis",
        FieldColorMode.Fixed => "fixed",
        _ => "shades",
    };
    public static string Of(SeriesColorBy v) => v switch { SeriesColorBy.Min => "min", SeriesColorBy.Max => "max", _ => "last" };
    public static string Of(SpecialValue v) => v switch
    {
        SpecialValue.True => "true", SpecialValue.False => "false", SpecialValue.Null => "null", SpecialValue.NaN => "nan",
        SpecialValue.NullAndNaN => "null+nan", _ => "empty",
    };

    public static string Of(StatGraphMode v) => v switch { StatGraphMode.None => "none", StatGraphMode.Line => "line", _ => "area" };
    public static string Of(StatColorMode v) => v switch
    {
        StatColorMode.Background => "background", StatColorMode.BackgroundSolid => "background_solid", StatColorMode.None => "none", _ => "value",
    };
    public static string Of(StatJustifyMode v) => v == StatJustifyMode.Center ? "center" : "auto";
    public static string Of(StatTextMode v) => v switch
    {
        StatTextMode.Value => "value", StatTextMode.ValueAndName => "value_and_name", StatTextMode.Name => "name", StatTextMode.None => "none", _ => "auto",
    };
    public static string Of(PercentChangeColorMode v) => v switch
    {
        PercentChangeColorMode.Inverted => "inverted", PercentChangeColorMode.SameAsValue => "same_as_value", _ => "standard",
    };
    public static string Of(BarGaugeDisplayMode v) => v switch { BarGaugeDisplayMode.Basic => "basic", BarGaugeDisplayMode.Lcd => "lcd", _ => "gradient" };
    public static string Of(BarGaugeValueMode v) => v switch { BarGaugeValueMode.Text => "text", BarGaugeValueMode.Hidden => "hidden", _ => "color" };
    public static string Of(BarGaugeNamePlacement v) => v switch
    {
        BarGaugeNamePlacement.Top => "top", BarGaugeNamePlacement.Left => "left", BarGaugeNamePlacement.Hidden => "hidden", _ => "auto",
    };
    public static string Of(TableCellHeight v) => v switch { TableCellHeight.Small => "sm", TableCellHeight.Medium => "md", TableCellHeight.Large => "lg", _ => "auto" };

    /// <summary>Table cell type id and, for gauges/backgrounds, the display mode.</summary>
    public static (string Type, string? Mode) Of(TableCellType v) => v switch
    {
        TableCellType.ColorText => ("color-text", null),
        TableCellType.ColorBackground => ("color-background", "gradient"),
        TableCellType.ColorBackgroundSolid => ("color-background", "basic"),
        TableCellType.GradientGauge => ("gauge", "gradient"),
        TableCellType.LcdGauge => ("gauge", "lcd"),
        TableCellType.BasicGauge => ("gauge", "basic"),
        TableCellType.Sparkline => ("sparkline", null),
        TableCellType.JsonView => ("json-view", null),
        TableCellType.Image => ("image", null),
        TableCellType.DataLinks => ("data-links", null),
        _ => ("auto", null),
    };
    public static string Of(PieChartType v) => v == PieChartType.Donut ? "donut" : "pie";
    public static string Of(PieChartLabel v) => v switch { PieChartLabel.Name => "name", PieChartLabel.Value => "value", _ => "percent" };
    public static string Of(PieChartLegendValue v) => v == PieChartLegendValue.Percent ? "percent" : "value";
    public static string Of(HeatmapColorMode v) => v == HeatmapColorMode.Opacity ? "opacity" : "scheme";
    public static string Of(HeatmapColorScale v) => v == HeatmapColorScale.Linear ? "linear" : "exponential";
    public static string Of(HeatmapCellLayout v) => v switch { HeatmapCellLayout.Le => "le", HeatmapCellLayout.Ge => "ge", HeatmapCellLayout.Unknown => "unknown", _ => "auto" };
    public static string Of(ZoomMode v) => v == ZoomMode.Greedy ? "greedy" : "cooperative";
    public static string Of(TextMode v) => v switch { TextMode.Html => "html", TextMode.Code => "code", _ => "markdown" };
    public static string Of(CodeLanguage v) => v switch
    {
        CodeLanguage.Json => "json", CodeLanguage.Yaml => "yaml", CodeLanguage.Xml => "xml", CodeLanguage.TypeScript => "typescript",
        CodeLanguage.Sql => "sql", CodeLanguage.Go => "go", CodeLanguage.Markdown => "markdown", CodeLanguage.Html => "html", _ => "plaintext",
    };
    public static string Of(LogsSortOrder v) => v == LogsSortOrder.Ascending ? "Ascending" : "Descending";
    public static string Of(LogsDedupStrategy v) => v switch
    {
        LogsDedupStrategy.Exact => "exact", LogsDedupStrategy.Numbers => "numbers", LogsDedupStrategy.Signature => "signature", _ => "none",
    };
    public static string Of(TimelineValueAlignment v) => v switch { TimelineValueAlignment.Center => "center", TimelineValueAlignment.Right => "right", _ => "left" };

    public static string Of(PrometheusFormat v) => v switch { PrometheusFormat.Table => "table", PrometheusFormat.Heatmap => "heatmap", _ => "time_series" };
    public static string Of(LokiQueryType v) => v == LokiQueryType.Instant ? "instant" : "range";
    public static string Of(RepeatDirection v) => v == RepeatDirection.Vertical ? "v" : "h";
    public static string? Of(WeekStart v) => v switch { WeekStart.Monday => "monday", WeekStart.Saturday => "saturday", WeekStart.Sunday => "sunday", _ => null };
    public static string Of(LinkIcon v) => v switch
    {
        LinkIcon.Dashboard => "dashboard", LinkIcon.Question => "question", LinkIcon.Info => "info", LinkIcon.Bolt => "bolt",
        LinkIcon.Doc => "doc", LinkIcon.Cloud => "cloud", _ => "external link",
    };

    public static string Of(ReduceMode v) => v == ReduceMode.ReduceFields ? "reduceFields" : "seriesToRows";
    public static string Of(ValueFilterCondition v) => v switch
    {
        ValueFilterCondition.Greater => "greater", ValueFilterCondition.GreaterOrEqual => "greaterOrEqual",
        ValueFilterCondition.Lower => "lower", ValueFilterCondition.LowerOrEqual => "lowerOrEqual",
        ValueFilterCondition.Equal => "equal", ValueFilterCondition.NotEqual => "notEqual",
        ValueFilterCondition.IsNull => "isNull", _ => "isNotNull",
    };
    public static string Of(BinaryOperator v) => v switch { BinaryOperator.Subtract => "-", BinaryOperator.Multiply => "*", BinaryOperator.Divide => "/", _ => "+" };
}
