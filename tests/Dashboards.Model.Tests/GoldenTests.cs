using Dashboards.Model.Schema;
using Dashboards.Model.Transformations;
using Dashboards.PromQL;

namespace Dashboards.Model.Tests;

/// <summary>
/// One golden file per panel type plus a full dashboard. Each also passes our JSON schema and the model validation,
/// so a golden file can only hold JSON the compiler would accept. UPDATE_GOLDEN=1 rewrites the files.
/// </summary>
public class GoldenTests
{
    private static readonly InstantVector Calls = Prom.Metric("bot_api_calls_total").Matches("provider", "$provider");
    private static readonly InstantVector RequestRate = Prom.Sum(Prom.Rate(Calls.Range(PromDuration.RateInterval))).By("provider");

    private static Dashboard Host(string name, Panel panel) =>
        Samples.Minimal("golden-" + name, "Golden " + name)
            .AddVariable(new QueryVariable("provider", PrometheusVariableQuery.LabelValues("bot_api_calls_total", "provider")).MultiSelect().WithAll(".*"))
            .AddPanel(panel);

    public static TheoryData<string> PanelNames => new(Panels.Keys.Order(StringComparer.Ordinal));

    private static readonly Dictionary<string, Panel> Panels = new()
    {
        ["timeseries"] = new TimeSeriesPanel("Request rate by provider")
            .WithDescription("Calls per second")
            .WithTargets(new PrometheusTarget(RequestRate).Legend(Legend.Label("provider")))
            .Unit(Unit.RequestsPerSecond)
            .Decimals(2)
            .Min(0)
            .Legend(l => l.AsTable().WithPlacement(LegendPlacement.Right).WithCalcs(Reducer.Mean, Reducer.Max).WithSortBy("Max"))
            .Tooltip(t => t.WithMode(TooltipMode.Multi).WithSort(TooltipSort.Descending))
            .Style(s => s.WithLineInterpolation(LineInterpolation.Smooth).WithLineWidth(2).WithFillOpacity(20).WithGradientMode(GradientMode.Opacity).Stack(StackingMode.Normal).WithThresholdsStyle(ThresholdsStyle.Dashed))
            .Axis(a => a.WithLabel("req/s").WithPlacement(AxisPlacement.Left).WithSoftMin(0))
            .Color(FieldColor.PaletteClassic)
            .Thresholds(Thresholds.Absolute(Color.Green).Step(80, Color.Red))
            .Override(FieldMatcher.ByName("openai"), o => o.Color(Color.SemiDarkGreen).LineWidth(3))
            .Override(FieldMatcher.ByRegex("^error.*"), o => o.NegativeY().Unit(Unit.Percent))
            .Size(w: 24, h: 9),
        ["stat"] = new StatPanel("Total cost")
            .WithTargets(new PrometheusTarget(Prom.Sum(Prom.Metric("bot_cost_total_usd"))).Instant())
            .WithRelativeTime(RelativeTime.Today)
            .Unit(Unit.CurrencyUSD)
            .Decimals(2)
            .NoValue("n/a")
            .GraphMode(StatGraphMode.None)
            .ColorMode(StatColorMode.Background)
            .TextMode(StatTextMode.ValueAndName)
            .PercentChange(colorMode: PercentChangeColorMode.Inverted)
            .Reduce(Reducer.LastNotNull)
            .Thresholds(Thresholds.Absolute(Color.Green).Step(100, Color.Orange).Step(500, Color.Red))
            .Mappings(ValueMapping.Special(SpecialValue.Null, "none", Color.Text)),
        ["gauge"] = new GaugePanel("Error ratio")
            .WithTargets(PrometheusTarget.Raw("sum(rate(bot_errors_total[5m])) / sum(rate(bot_api_calls_total[5m]))"))
            .Unit(Unit.PercentUnit)
            .Min(0).Max(1)
            .ThresholdLabels()
            .Thresholds(Thresholds.Percentage(Color.Green).Step(5, Color.Yellow).Step(10, Color.Red))
            .Reduce(r => r.Calc(Reducer.Mean)),
        ["bargauge"] = new BarGaugePanel("Tokens by model")
            .WithTargets(new PrometheusTarget(Prom.Sum(Prom.Increase(Prom.Metric("bot_tokens_used_total").Range(PromDuration.Range))).By("model")).Instant().Legend(Legend.Label("model")))
            .Unit(Unit.Suffix("tokens"))
            .DisplayMode(BarGaugeDisplayMode.Lcd)
            .ValueMode(BarGaugeValueMode.Text)
            .NamePlacement(BarGaugeNamePlacement.Top)
            .Orientation(Orientation.Horizontal)
            .Color(FieldColor.Continuous(FieldColorMode.ContinuousBlueYellowRed)),
        ["table"] = new TablePanel("Top tools")
            .WithTargets(new PrometheusTarget(Prom.Sum(Prom.Metric("bot_tool_calls_total")).By("tool_name")).Instant().AsTable())
            .Transform(
                Transformation.Organize().Exclude("Time").Column("tool_name").Column("Value", "Calls"),
                Transformation.SortByField("Calls", descending: true),
                Transformation.LimitRows(10))
            .SortBy("Calls", descending: true)
            .Footer(Reducer.Sum, "Calls")
            .CellHeight(TableCellHeight.Small)
            .Column(c => c with { Align = TextAlignment.Left, Filterable = true })
            .Override(FieldMatcher.ByName("Calls"), o => o.CellType(TableCellType.GradientGauge).Width(200)),
        ["piechart"] = new PieChartPanel("Calls by provider")
            .WithTargets(new PrometheusTarget(Prom.Sum(Prom.Increase(Calls.Range(PromDuration.Range))).By("provider")).Instant().Legend(Legend.Label("provider")))
            .Donut()
            .Labels(PieChartLabel.Percent, PieChartLabel.Name)
            .Legend(l => l.WithPlacement(LegendPlacement.Right))
            .LegendValues(PieChartLegendValue.Value, PieChartLegendValue.Percent)
            .Reduce(Reducer.Last),
        ["heatmap"] = new HeatmapPanel("Response time distribution")
            .WithTargets(PrometheusTarget.Raw("sum by (le) (increase(bot_response_time_seconds_bucket[$__rate_interval]))").AsHeatmap().Legend(Legend.Label("le")))
            .ColorScheme("Spectral", reverse: true)
            .RowsLayout(HeatmapCellLayout.Le)
            .YAxis(Unit.Seconds)
            .Tooltip(TooltipMode.Single, yHistogram: true)
            .CellGap(2),
        ["nodegraph"] = new NodeGraphPanel("Service map")
            .WithTargets(new TempoTarget("{ resource.service.name = \"bots\" }").WithLimit(20).WithDatasource(DataSourceRef.Tempo("tempo")))
            .NodeUnits(Unit.Milliseconds, Unit.RequestsPerSecond)
            .EdgeUnits(Unit.RequestsPerSecond)
            .AddArc("success", Color.Green)
            .AddArc("errors", Color.Red)
            .Zoom(ZoomMode.Greedy),
        ["text"] = new TextPanel("About", "# Bots\nCost and **latency** of the bot framework. <b>Owner</b>: SRE & friends.")
            .Transparent(),
        ["logs"] = new LogsPanel("Errors")
            .WithTargets(new LokiTarget("{app=\"bots\"} |= \"error\" | json").WithMaxLines(500).WithDatasource(DataSourceRef.Loki("loki")))
            .Show(time: true, labels: true)
            .Wrap(prettifyJson: true)
            .Sort(LogsSortOrder.Ascending)
            .Dedup(LogsDedupStrategy.Signature),
        ["barchart"] = new BarChartPanel("Cost by model")
            .WithTargets(new PrometheusTarget(Prom.Sum(Prom.Metric("bot_cost_total_usd")).By("model")).Instant())
            // One row per series with its labels as columns: Field, model, Last (xField "model").
            .Transform(Transformation.ReduceRows(Reducer.Last) with { LabelsToFields = true }, Transformation.MergeSeries())
            .XField("model")
            .Orientation(Orientation.Horizontal)
            .Stacking(StackingMode.Normal)
            .ShowValue(Visibility.Always)
            .BarWidths(0.8, 0.6)
            .XTickLabels(rotation: -45, maxLength: 20)
            .Unit(Unit.CurrencyUSD)
            .FillOpacity(60)
            .Gradient(GradientMode.Hue),
        ["statetimeline"] = new StateTimelinePanel("Provider health")
            .WithTargets(PrometheusTarget.Raw("max by (provider) (up{job=\"bots\"})").Legend(Legend.Label("provider")))
            .Mappings(ValueMapping.Value("1", "Up", Color.Green), ValueMapping.Value("0", "Down", Color.Red), ValueMapping.Range(2, null, "Degraded", Color.Orange), ValueMapping.Regex("^maint.*", "Maintenance", Color.Blue))
            .ShowValue(Visibility.Never)
            .RowHeight(0.8)
            .AlignValue(TimelineValueAlignment.Center)
            .FillOpacity(80)
            // Time series fields are named by their legend, so the filter and the calculation use a field computed first.
            .Transform(CalculateField.ReduceRow("Worst", Reducer.Min),
                new FilterByValue(include: false, matchAll: false, new ValueFilter("Worst", ValueFilterCondition.Lower, 0)),
                CalculateField.BinaryOperation("Doubled", "Worst", BinaryOperator.Multiply, "2")),
        ["histogram"] = new HistogramPanel("Response time spread")
            .WithTargets(PrometheusTarget.Raw("avg by (provider) (rate(bot_response_time_seconds_sum[$__rate_interval]) / rate(bot_response_time_seconds_count[$__rate_interval]))").Legend(Legend.Label("provider")))
            .Unit(Unit.Seconds)
            .BucketCount(20)
            .Combine()
            .FillOpacity(60)
            .Gradient(GradientMode.Opacity)
            .Legend(l => l.WithPlacement(LegendPlacement.Right)),
        ["trend"] = new TrendPanel("Cost against tokens")
            .WithTargets(new PrometheusTarget(Prom.Sum(Prom.Metric("bot_cost_total_usd"))).Legend("cost"))
            .Unit(Unit.CurrencyUSD)
            .Style(s => s.WithLineInterpolation(LineInterpolation.Smooth).WithFillOpacity(10))
            .Axis(a => a.WithLabel("USD").WithSoftMin(0)),
        ["statushistory"] = new StatusHistoryPanel("Provider status by hour")
            .WithTargets(PrometheusTarget.Raw("max by (provider) (up{job=\"bots\"})").Legend(Legend.Label("provider")).WithMinStep(TimeSpan.FromHours(1)))
            .Mappings(ValueMapping.Value("1", "Up", Color.Green), ValueMapping.Value("0", "Down", Color.Red))
            .ShowValue(Visibility.Never)
            .RowHeight(0.8)
            .ColumnWidth(0.9)
            .FillOpacity(90),
        ["xychart"] = new XYChartPanel("Latency against load")
            .WithTargets(
                PrometheusTarget.Raw("sum(rate(bot_api_calls_total[$__rate_interval]))").Legend("load").AsTable(),
                PrometheusTarget.Raw("avg(rate(bot_response_time_seconds_sum[$__rate_interval]) / rate(bot_response_time_seconds_count[$__rate_interval]))").Legend("latency").AsTable().WithRefId("B"))
            .Show(XYChartShow.PointsAndLines)
            .PointSize(6)
            .PointShape(XYChartPointShape.Square)
            .LineWidth(2)
            .Axis(a => a.WithLabel("seconds")),
        ["candlestick"] = new CandlestickPanel("Token price")
            .WithTargets(
                PrometheusTarget.Raw("min_over_time(bot_token_price_usd[1h])").Legend("low"),
                PrometheusTarget.Raw("max_over_time(bot_token_price_usd[1h])").Legend("high").WithRefId("B"))
            .Mode(CandlestickMode.Candles)
            .CandleStyle(CandleStyle.OhlcBars)
            .ColorStrategy(CandleColorStrategy.CloseClose)
            .Fields("open", "high", "low", "close")
            .Colors(Color.Blue, Color.Orange)
            .IncludeAllFields(),
        ["dashlist"] = new DashboardListPanel("Bot dashboards")
            .Search("bots", "llm")
            .KeepContext()
            .ShowStarred(false)
            .MaxItems(20),
        ["alertlist"] = new AlertListPanel("Firing bot alerts")
            .GroupBy("severity")
            .States(noData: true)
            .MaxItems(10)
            .SortBy(AlertListSortOrder.Importance)
            .LabelFilter("{team=\"bots\"}")
            .ShowInstances(),
        ["annolist"] = new AnnotationListPanel("Recent releases")
            .OnlyFromThisDashboard()
            .OnlyInTimeRange()
            .Tags("release")
            .Limit(20)
            .Navigate(TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30))
            .Show(user: false),
        ["news"] = new NewsPanel("Grafana blog", "https://grafana.com/blog/news.xml").ShowImage(false),
        ["flamegraph"] = new FlameGraphPanel("CPU profile"),
        ["traces"] = new TracesPanel("Slow request trace")
            .WithTargets(new TempoTarget("{ resource.service.name = \"bots\" && duration > 2s }").WithLimit(1).WithDatasource(DataSourceRef.Tempo("tempo"))),
        ["datagrid"] = new DataGridPanel("Raw calls")
            .WithTargets(new PrometheusTarget(Prom.Sum(Prom.Metric("bot_tool_calls_total")).By("tool_name")).Instant().AsTable())
            .SelectedSeries(0),
        ["geomap"] = new GeomapPanel("Calls by region")
            .WithTargets(new PrometheusTarget(Prom.Sum(Prom.Increase(Calls.Range(PromDuration.Range))).By("region")).Instant().AsTable())
            .CenterOn(48.2, 16.4, 4)
            .MaxZoom(12)
            .ShareView()
            .ShowScale()
            .MouseWheelZoom(false)
            .Tooltip(GeomapTooltipMode.Details)
            .Unit(Unit.Short),
        ["canvas"] = new CanvasPanel("Bot pipeline")
            .WithTargets(new PrometheusTarget(Prom.Sum(Prom.Rate(Calls.Range(PromDuration.RateInterval)))).Instant())
            .InlineEditing(false)
            .PanZoom()
            .ZoomToContent(),
    };

    [Theory]
    [MemberData(nameof(PanelNames))]
    public void Panel_type_json_matches_golden_file_and_compiles(string name)
    {
        var dashboard = Host(name, Panels[name]);
        var compiled = Compile.Ok(dashboard);
        Assert.Equal(DashboardJson.Serialize(dashboard), compiled.Json);
        Assert.Empty(SchemaValidator.Validate(dashboard.Title, compiled.Json));
        Golden.Verify("panel-" + name, compiled.Json);
    }

    [Fact]
    public void Every_panel_type_has_a_golden_case()
    {
        var covered = Panels.Values.Select(p => p.PluginId).ToHashSet();
        var expected = PanelTypes.All.Select(t => t.PluginId);
        Assert.Equal(expected.Order(), covered.Order());
    }

    [Fact]
    public void Full_dashboard_matches_golden_file()
    {
        var compiled = Compile.Ok(FullDashboard());
        Golden.Verify("dashboard-full", compiled.Json);
    }

    internal static Dashboard FullDashboard() =>
        new Dashboard("bots-overview", "Bots / Overview")
            .WithDescription("Everything about the bots framework")
            .WithTags("bots", "llm")
            .WithTimezone(DashboardTimezone.Utc)
            .WithGraphTooltip(CursorSync.SharedCrosshair)
            .WithTime(TimeRange.Last(TimeSpan.FromHours(24)))
            .WithRefresh(TimeSpan.FromMinutes(1))
            .WithWeekStart(WeekStart.Monday)
            .WithFiscalYearStartMonth(3)
            .WithTimepicker(Timepicker.Default with { NowDelay = TimeSpan.FromMinutes(1) })
            .AddVariable(new DatasourceVariable("datasource").WithLabel("Prometheus").WithRegex("/prom.*/"))
            .AddVariable(new QueryVariable("provider", PrometheusVariableQuery.LabelValues(Prom.Metric("bot_api_calls_total").Where("job", "$job"), "provider"))
                .MultiSelect().WithAll(".*").SortBy(VariableSort.NaturalAscending).RefreshOn(VariableRefresh.OnTimeRangeChange).WithRegex("/(anthropic|openai)/"))
            .AddVariable(new QueryVariable("model", PrometheusVariableQuery.QueryResult(Prom.Count(Calls).By("model"))).WithRegex("/model=\"([^\"]+)\"/"))
            .AddVariable(new CustomVariable("env", "prod", "staging").WithCurrent("prod"))
            .AddVariable(new IntervalVariable("window", TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromHours(1)).WithAuto(steps: 50))
            .AddVariable(new ConstantVariable("job", "bots"))
            .AddVariable(new TextboxVariable("filter", ".*"))
            .AddVariable(new AdhocVariable("filters", DataSourceRef.Variable("datasource")))
            .WithDefaultDatasource(DataSourceRef.Variable("datasource"))
            .AddAnnotation(new PrometheusAnnotation("Deployments", Prom.Changes(Prom.Metric("bot_build_info").Range(PromDuration.FromMinutes(5))))
                .WithTitleFormat("Deploy {{version}}").Tags("version", "env").WithIconColor(Color.Purple).WithStep(TimeSpan.FromMinutes(1)))
            .AddAnnotation(new GrafanaTagAnnotation("Releases", "release", "bots").AnyTag().WithIconColor(Color.Orange))
            .AddLink(DashboardLink.ToDashboards("Bots", "bots").Dropdown().KeepContext())
            .AddLink(DashboardLink.ToUrl("Runbook", "https://runbooks.example.com/bots").NewTab().WithTooltip("On-call runbook"))
            .AddPanel(new TextPanel("About", "Dashboards for **$env**.").Size(24, 2))
            .AddPanels(
                new StatPanel("Calls ($env)").WithTargets(new PrometheusTarget(Prom.Sum(Prom.Increase(Calls.Range(PromDuration.Range)))).Instant()).Unit(Unit.Short),
                new StatPanel("Error ratio").WithTargets(PrometheusTarget.Raw("sum(rate(bot_errors_total[$window])) / sum(rate(bot_api_calls_total[$window]))").Instant()).Unit(Unit.PercentUnit)
                    .Thresholds(Thresholds.Absolute(Color.Green).Step(0.05, Color.Red)),
                new GaugePanel("Budget used").WithTargets(PrometheusTarget.Raw("sum(bot_cost_total_usd) / 1000")).Unit(Unit.PercentUnit).Max(1))
            .AddRow(new RowPanel("Traffic")
                .AddPanel(new TimeSeriesPanel("Calls by provider")
                    .WithTargets(
                        new PrometheusTarget(RequestRate).Legend(Legend.Label("provider")),
                        PrometheusTarget.Raw("sum(rate(bot_errors_total{provider=~\"${provider:regex}\"}[$__rate_interval]))").Legend("errors").WithRefId("ERR"))
                    .Unit(Unit.RequestsPerSecond)
                    .Override(FieldMatcher.ByQuery("ERR"), o => o.Color(Color.Red).DrawStyle(DrawStyle.Bars))
                    .Repeat("provider", RepeatDirection.Horizontal, maxPerRow: 3)))
            .AddRow(new RowPanel("Details").Collapsed()
                .AddPanel(new TablePanel("Calls table").WithTargets(new PrometheusTarget(Prom.Sum(Calls).By("provider", "model")).Instant().AsTable()))
                .AddPanel(new LogsPanel("Logs").WithTargets(new LokiTarget("{app=\"bots\", env=\"$env\"}").WithDatasource(DataSourceRef.Loki("loki")))));
}
