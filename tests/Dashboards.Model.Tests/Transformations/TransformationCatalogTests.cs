using System.Text.Json;
using Dashboards.Model.Schema;
using Dashboards.Model.Transformations;
using Dashboards.PromQL;

namespace Dashboards.Model.Tests;

/// <summary>
/// Every typed transformation and every table cell type on golden dashboards (Golden/transformations.json,
/// Golden/table-cells.json), each on data its Grafana transformer can run: the fidelity oracle executes them with
/// Grafana's own transformers and type-checks their options.
/// </summary>
public class TransformationCatalogTests
{
    private static readonly InstantVector Calls = Prom.Metric("bot_api_calls_total").Matches("provider", "$provider");

    /// <summary>One row per provider and model: Time, model, provider, Value.</summary>
    private static PrometheusTarget ByProviderAndModel() =>
        new PrometheusTarget(Prom.Sum(Calls).By("provider", "model")).Instant().AsTable();

    /// <summary>One series per provider, named by it.</summary>
    private static PrometheusTarget RateByProvider(string refId = "A") =>
        new PrometheusTarget(Prom.Sum(Prom.Rate(Calls.Range(PromDuration.RateInterval))).By("provider")).Legend(Legend.Label("provider")).WithRefId(refId);

    /// <summary>One unlabelled series: Time, Value.</summary>
    private static PrometheusTarget TotalRate(string refId = "A") => PrometheusTarget.Raw("sum(rate(bot_api_calls_total[5m]))").WithRefId(refId);

    internal static Dashboard TransformationsDashboard() =>
        Samples.Minimal("golden-transformations", "Golden transformations")
            .AddVariable(new QueryVariable("provider", PrometheusVariableQuery.LabelValues("bot_api_calls_total", "provider")).MultiSelect().WithAll(".*"))
            .AddPanels(
                // ---- fields ----
                new TablePanel("Fields: format, rename, convert, calculate").WithTargets(ByProviderAndModel()).Transform(
                    new FormatTime("Time", "YYYY-MM-DD HH:mm", "utc"),
                    FilterFieldsByName.Drop("Time"),
                    new RenameByRegex("^prov(.*)$", "Prov$1"),
                    new FormatString("Provider", StringFormat.UpperCase),
                    FormatString.Substring("model", 0, 8),
                    new ConvertFieldType(new FieldConversion("Value", FieldType.Number)),
                    CalculateField.UnaryOperation("Magnitude", UnaryOperator.Abs, "Value"),
                    CalculateField.Cumulative("Running total", "Value", Reducer.Sum),
                    CalculateField.Window("Moving mean", "Value", Reducer.Mean, 0.5),
                    CalculateField.RowIndex("Row")),
                new TablePanel("Fields: keep by pattern").WithTargets(ByProviderAndModel()).Transform(
                    FilterFieldsByName.KeepMatching("^(provider|Value)$")),
                new TablePanel("Fields: extract JSON").WithTargets(ByProviderAndModel()).Transform(
                    ExtractFields.Json("model", new JsonPath("name", "Model name")) with { Replace = true, KeepTime = true }),
                new TablePanel("Fields: look up countries").WithTargets(new PrometheusTarget(Prom.Sum(Calls).By("country")).Instant().AsTable()).Transform(
                    new FieldLookup("country")),

                // ---- frames ----
                new TablePanel("Frames: one query, joined on time").WithTargets(RateByProvider(), TotalRate("B")).Transform(
                    new FilterByRefId("A"),
                    new JoinByField(mode: JoinMode.Outer)),
                new TablePanel("Frames: labels to columns").WithTargets(RateByProvider()).Transform(
                    new LabelsToFields().Keep("provider"),
                    Transformation.MergeSeries()),
                new TablePanel("Frames: series to rows").WithTargets(RateByProvider()).Transform(Transformation.SeriesToRows()),
                new TablePanel("Frames: concatenated").WithTargets(RateByProvider()).Transform(new Concatenate(ConcatenateFrameName.Label, "series")),
                new TablePanel("Frames: joined by labels").WithTargets(RateByProvider()).Transform(new JoinByLabels("provider")),
                new TablePanel("Frames: partitioned").WithTargets(ByProviderAndModel()).Transform(new PartitionByValues("provider") { KeepFields = true }),
                new TablePanel("Frames: multi-frame series").WithTargets(RateByProvider()).Transform(new PrepareTimeSeries(TimeSeriesShape.Multi)),
                new TablePanel("Frames: sparkline rows").WithTargets(RateByProvider()).Transform(
                    new TimeSeriesTable(new TimeSeriesTableQuery("A", Reducer.Mean))),

                // ---- rows ----
                new TablePanel("Rows: grouped").WithTargets(ByProviderAndModel()).Transform(
                    new GroupBy(GroupByField.Key("provider"), GroupByField.Aggregate("Value", Reducer.Sum, Reducer.Max))),
                new TablePanel("Rows: nested").WithTargets(ByProviderAndModel()).Transform(
                    new GroupToNestedTable(GroupByField.Key("provider"), GroupByField.Aggregate("Value", Reducer.Sum)) { ExpandAllRows = true }),
                new TablePanel("Rows: matrix, transposed").WithTargets(ByProviderAndModel()).Transform(
                    new GroupingToMatrix("provider", "model", "Value", EmptyCellValue.Zero),
                    Transformation.Transpose() with { FirstFieldName = "Provider" }),
                new TablePanel("Rows: rows to fields").WithTargets(ByProviderAndModel()).Transform(
                    new RowsToFields(new FieldConfigMapping("provider", FieldConfigTarget.FieldName), new FieldConfigMapping("Value", FieldConfigTarget.FieldValue))),
                new TablePanel("Rows: config from a query").WithTargets(TotalRate(), PrometheusTarget.Raw("max(bot_rate_limit)").WithRefId("B")).Transform(
                    new ConfigFromData("B", new FieldConfigMapping("Value", FieldConfigTarget.Max, Reducer.Max)) { ApplyTo = FieldMatcher.Numeric() }),

                // ---- calculations ----
                new TablePanel("Calculations: histogram").WithTargets(RateByProvider()).Transform(
                    Transformation.Histogram() with { BucketCount = 10, Combine = true }),
                new TablePanel("Calculations: heatmap").WithTargets(RateByProvider()).Transform(
                    Transformation.Heatmap() with { XBuckets = HeatmapBuckets.Size("1m"), YBuckets = HeatmapBuckets.Count(8).Log(2) }),
                new TablePanel("Calculations: trend").WithTargets(TotalRate()).Transform(
                    new Regression(RegressionModel.Polynomial) { Degree = 3, XField = "Time", YField = "Value", PredictionCount = 50 }),
                new TablePanel("Calculations: smoothed").WithTargets(TotalRate()).Transform(new Smoothing(200)),
                new TablePanel("Calculations: located").WithTargets(new PrometheusTarget(Prom.Sum(Calls).By("lat", "lon")).Instant().AsTable()).Transform(
                    new Spatial(GeometrySource.Coordinates("lat", "lon"))));

    internal static Dashboard TableCellsDashboard()
    {
        var cells = new TablePanel("Every cell type").WithTargets(ByProviderAndModel())
            .Column(c => c with { Cell = TableCellType.ColorText, WrapText = true, WrapHeaderText = true })
            .EnablePagination()
            .Footer(Reducer.Sum, "Value");
        var columns = new[] { "Value", "provider", "model" };
        var types = Enum.GetValues<TableCellType>();
        for (var i = 0; i < types.Length; i++)
            cells = cells.Override(FieldMatcher.ByName(columns[i % columns.Length]), o => o.CellType(types[i]));
        return Samples.Minimal("golden-table-cells", "Golden table cells")
            .AddVariable(new QueryVariable("provider", PrometheusVariableQuery.LabelValues("bot_api_calls_total", "provider")).MultiSelect().WithAll(".*"))
            .AddPanels(
                cells,
                new TablePanel("Footer under every column").WithTargets(ByProviderAndModel()).Footer([Reducer.Sum, Reducer.Mean]),
                new TablePanel("Footer under two columns").WithTargets(ByProviderAndModel()).Footer(Reducer.Max, "Value", "Time"),
                new TablePanel("Cell options").WithTargets(ByProviderAndModel())
                    .Column(c => c with { Cell = TableCell.ColorBackground(solid: true, applyToRow: true) })
                    .Override(FieldMatcher.ByName("Value"), o => o.Cell(TableCell.Gauge(BarGaugeDisplayMode.Lcd, BarGaugeValueMode.Text)))
                    .Override(FieldMatcher.ByName("provider"), o => o.Cell(TableCell.Image(alt: "provider logo", title: "Provider")))
                    .Override(FieldMatcher.ByName("model"), o => o.Cell(TableCell.Markdown(dynamicHeight: true)))
                    .Override(FieldMatcher.ByName("Time"), o => o.Cell(TableCell.Sparkline(hideValue: true))),
                new TablePanel("Footer counting rows").WithTargets(ByProviderAndModel()).FooterCountRows()
                    .Override(FieldMatcher.ByName("model"), o => o.HiddenColumn().WrapText()));
    }

    [Fact]
    public void Transformations_golden()
    {
        var dashboard = TransformationsDashboard();
        var compiled = Compile.Ok(dashboard);
        Assert.Empty(SchemaValidator.Validate(dashboard.Title, compiled.Json));
        Golden.Verify("transformations", compiled.Json);
    }

    [Fact]
    public void Table_cells_golden()
    {
        var dashboard = TableCellsDashboard();
        var compiled = Compile.Ok(dashboard);
        Assert.Empty(SchemaValidator.Validate(dashboard.Title, compiled.Json));
        Golden.Verify("table-cells", compiled.Json);
    }

    [Fact]
    public void Every_typed_transformation_is_on_the_golden_dashboard()
    {
        var typed = typeof(Transformation).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Transformation)) && !t.IsAbstract && t != typeof(Generic))
            .Select(t => t.Name).ToHashSet();
        var used = TransformationsDashboard().Panels.SelectMany(p => p.Transformations).Select(t => t.GetType().Name).ToHashSet();
        // The first typed ones (organize, reduce, sortBy, limit, filterByValue, merge) are on the suites and panel goldens.
        used.UnionWith(["OrganizeFields", "Reduce", "SortBy", "Limit", "FilterByValue", "Merge"]);
        Assert.Empty(typed.Except(used).Order());
        var modes = TransformationsDashboard().Panels.SelectMany(p => p.Transformations).OfType<CalculateField>().Select(c => c.Mode).ToHashSet();
        Assert.Empty(Enum.GetValues<CalculateMode>().Except(modes).Except([CalculateMode.Binary, CalculateMode.ReduceRow]));
    }

    [Fact]
    public void Every_cell_type_is_written_with_its_Grafana_id()
    {
        var panel = Emitted.FirstPanel(TableCellsDashboard());
        var written = panel.At("fieldConfig.overrides").EnumerateArray()
            .SelectMany(o => o.GetProperty("properties").EnumerateArray())
            .Where(p => p.GetProperty("id").GetString() == "custom.cellOptions")
            .Select(p => (p.At("value.type").GetString(), p.GetProperty("value").TryGetProperty("mode", out var m) ? m.GetString() : null))
            .ToList();
        Assert.Equal(Enum.GetValues<TableCellType>().Length, written.Count);
        Assert.Contains(("color-background", "basic"), written);
        Assert.Contains(("color-background", "gradient"), written);
        Assert.Contains(("gauge", "lcd"), written);
        Assert.Contains(("pill", null), written);
        Assert.Contains(("markdown", null), written);
        Assert.Contains(("actions", null), written);
        Assert.True(panel.At("fieldConfig.defaults.custom.wrapText").GetBoolean());
        Assert.False(panel.At("fieldConfig.defaults.custom.cellOptions").TryGetProperty("wrapText", out _));
        Assert.True(panel.At("options.enablePagination").GetBoolean());
    }

    [Fact]
    public void The_footer_is_written_in_Grafana_12s_form()
    {
        var dashboard = TableCellsDashboard();
        var json = JsonDocument.Parse(Compile.Ok(dashboard).Json).RootElement.GetProperty("panels");
        foreach (var p in json.EnumerateArray()) Assert.False(p.GetProperty("options").TryGetProperty("footer", out _));

        Assert.Equal(["sum", "mean"], json[1].At("fieldConfig.defaults.custom.footer.reducers").EnumerateArray().Select(r => r.GetString()));
        var two = json[2].At("fieldConfig.overrides[0]");
        Assert.Equal("byNames", two.At("matcher.id").GetString());
        Assert.Equal(["Value", "Time"], two.At("matcher.options.names").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("custom.footer.reducers", two.At("properties[0].id").GetString());
        Assert.Equal(["max"], two.At("properties[0].value").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("byName", json[0].At("fieldConfig.overrides[0].matcher.id").GetString());
        Assert.Equal(["countAll"], json[4].At("fieldConfig.defaults.custom.footer.reducers").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("custom.hideFrom.viz", json[4].At("fieldConfig.overrides[0].properties[0].id").GetString());
    }

    [Fact]
    public void Cell_options_are_written_beside_the_type()
    {
        var panel = JsonDocument.Parse(Compile.Ok(TableCellsDashboard()).Json).RootElement.GetProperty("panels")[3];
        Assert.Equal("basic", panel.At("fieldConfig.defaults.custom.cellOptions.mode").GetString());
        Assert.True(panel.At("fieldConfig.defaults.custom.cellOptions.applyToRow").GetBoolean());
        var cells = panel.At("fieldConfig.overrides").EnumerateArray().Select(o => o.At("properties[0].value")).ToList();
        Assert.Equal(("gauge", "lcd", "text"), (cells[0].At("type").GetString(), cells[0].At("mode").GetString(), cells[0].At("valueDisplayMode").GetString()));
        Assert.Equal(("image", "provider logo", "Provider"), (cells[1].At("type").GetString(), cells[1].At("alt").GetString(), cells[1].At("title").GetString()));
        Assert.True(cells[2].At("dynamicHeight").GetBoolean());
        Assert.True(cells[3].At("hideValue").GetBoolean());
    }

    [Fact]
    public void A_footer_needs_a_reducer() =>
        Assert.Throws<ArgumentException>(() => new TablePanel("t").Footer(Array.Empty<Reducer>()));

    private static JsonElement Options(Transformation t) =>
        Emitted.FirstPanel(Samples.Minimal().AddPanel(new TablePanel("t").WithTargets(Samples.Up()).Transform(t))).At("transformations[0].options");

    [Fact]
    public void Transformations_write_Grafanas_option_keys()
    {
        Assert.Equal(["include"], Options(FilterFieldsByName.Keep("a", "b")).EnumerateObject().Select(p => p.Name));
        Assert.Equal(["a", "b"], Options(FilterFieldsByName.Keep("a", "b")).At("include.names").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("^__", Options(FilterFieldsByName.DropMatching("^__")).At("exclude.pattern").GetString());
        Assert.Equal("Upper Case", Options(new FormatString("f", StringFormat.UpperCase)).At("outputFormat").GetString());
        Assert.Equal("kvp", Options(new ExtractFields("line", ExtractFormat.KeyValues)).At("format").GetString());
        Assert.Equal("outerTabular", Options(new JoinByField("id", JoinMode.OuterTabular)).At("mode").GetString());
        Assert.False(Options(new JoinByField()).TryGetProperty("byField", out _));
        Assert.Equal("groupby", Options(new GroupBy(GroupByField.Key("job"))).At("fields.job.operation").GetString());
        Assert.Equal(["sum"], Options(new GroupBy(GroupByField.Key("job"), GroupByField.Aggregate("v", Reducer.Sum))).At("fields.v.aggregations").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("field.name", Options(new RowsToFields(new FieldConfigMapping("n", FieldConfigTarget.FieldName))).At("mappings[0].handlerKey").GetString());
        Assert.Equal("threshold1", Options(new ConfigFromData("B", new FieldConfigMapping("t", FieldConfigTarget.Threshold))).At("mappings[0].handlerKey").GetString());
        Assert.Equal("mean", Options(new TimeSeriesTable(new TimeSeriesTableQuery("A", Reducer.Mean))).At("A.stat").GetString());
        Assert.Equal("count", Options(Transformation.Heatmap() with { YBuckets = HeatmapBuckets.Count(4) }).At("yBuckets.mode").GetString());
        Assert.Equal("coords", Options(new Spatial(GeometrySource.Coordinates("lat", "lon"))).At("source.mode").GetString());
        var window = Options(CalculateField.Window("m", "v", Reducer.StdDev, 5, WindowSizeMode.Fixed, WindowAlignment.Centered));
        Assert.Equal("windowFunctions", window.At("mode").GetString());
        Assert.Equal("centered", window.At("window.windowAlignment").GetString());
        Assert.Equal(5, window.At("window.windowSize").GetDouble());
        Assert.Equal("ceil", Options(CalculateField.UnaryOperation("c", UnaryOperator.Ceil, "v")).At("unary.operator").GetString());
    }

    public static TheoryData<string, Func<object>> Invalid => new()
    {
        { "no field names", () => FilterFieldsByName.Keep() },
        { "bad pattern", () => FilterFieldsByName.KeepMatching("(") },
        { "no conversion", () => new ConvertFieldType() },
        { "substring backwards", () => FormatString.Substring("f", 5, 2) },
        { "label without name", () => new Concatenate(ConcatenateFrameName.Label) },
        { "name without label mode", () => new Concatenate(ConcatenateFrameName.Drop, "x") },
        { "group by without key", () => new GroupBy(GroupByField.Aggregate("v", Reducer.Sum)) },
        { "aggregate without reducer", () => GroupByField.Aggregate("v") },
        { "field configured twice", () => new GroupBy(GroupByField.Key("a"), GroupByField.Key("a")) },
        { "cumulative max", () => CalculateField.Cumulative("c", "v", Reducer.Max) },
        { "window over 100%", () => CalculateField.Window("w", "v", Reducer.Mean, 1.5) },
        { "fractional fixed window", () => CalculateField.Window("w", "v", Reducer.Mean, 2.5, WindowSizeMode.Fixed) },
        { "window sum", () => CalculateField.Window("w", "v", Reducer.Sum, 0.5) },
        { "smoothing resolution", () => new Smoothing(0) },
        { "regression degree", () => new Regression(RegressionModel.Polynomial) { Degree = 9 } },
        { "heatmap log base", () => HeatmapBuckets.Count(3).Log(3) },
        { "histogram buckets", () => Transformation.Histogram() with { BucketCount = 0 } },
        { "query twice", () => new TimeSeriesTable(new TimeSeriesTableQuery("A"), new TimeSeriesTableQuery("A")) },
        { "empty refId", () => new FilterByRefId("") },
        { "empty alias", () => CalculateField.RowIndex("") },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Bad_transformation_options_fail_when_built(string why, Func<object> build)
    {
        var error = Assert.ThrowsAny<ArgumentException>(build);
        Assert.False(string.IsNullOrEmpty(error.Message), why);
    }
}
