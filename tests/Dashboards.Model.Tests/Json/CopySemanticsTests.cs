using Dashboards.PromQL;

namespace Dashboards.Model.Tests;

/// <summary>
/// Targets, field defaults and dashboards keep their rarely set options in a shared sub-object so a fluent copy stays
/// small. These tests pin what that must not change: a fluent call keeps the options already set, never changes its
/// receiver, and equality stays by value whatever order the options were set in.
/// </summary>
public class CopySemanticsTests
{
    private static readonly InstantVector Requests = Prom.Sum(Prom.Rate(Prom.Metric("http_requests_total").Range(PromDuration.RateInterval))).By("code");

    [Fact]
    public void A_fluent_call_on_a_target_keeps_its_rare_options_and_leaves_the_receiver_alone()
    {
        var rare = new PrometheusTarget(Requests).WithRefId("Q").WithDatasource(Samples.Prom).Hidden()
            .WithMinStep(TimeSpan.FromSeconds(30)).WithExemplars() with { IntervalFactor = 2 };
        var copy = rare.Legend(Legend.Label("code")).Instant().AsTable();

        Assert.Equal(("Q", Samples.Prom, true, TimeSpan.FromSeconds(30), true, 2),
            (copy.RefId, copy.Datasource, copy.Hide, copy.MinStep, copy.Exemplar, copy.IntervalFactor));
        Assert.Equal(("{{code}}", PrometheusQueryKind.Instant, PrometheusFormat.Table), (copy.LegendFormat?.Template, copy.Kind, copy.Format));
        // The receiver is unchanged.
        Assert.Null(rare.LegendFormat);
        Assert.Equal((PrometheusQueryKind.Range, PrometheusFormat.TimeSeries), (rare.Kind, rare.Format));
        Assert.Equal("Q", rare.RefId);

        // Same options set in another order: equal, with equal hash codes; one option apart: not equal.
        var reordered = (new PrometheusTarget(Requests) with { IntervalFactor = 2 }).AsTable().WithExemplars().Instant().Hidden()
            .Legend("{{code}}").WithMinStep(TimeSpan.FromSeconds(30)).WithDatasource(Samples.Prom).WithRefId("Q");
        Assert.Equal(copy, reordered);
        Assert.Equal(copy.GetHashCode(), reordered.GetHashCode());
        Assert.NotEqual(copy, reordered.Hidden(false));
        Assert.NotEqual(copy, reordered with { IntervalFactor = null });
        Assert.Equal(copy, reordered.Hidden(false).Hidden());
    }

    [Fact]
    public void A_legend_with_no_template_differs_from_no_legend_and_emits_none()
    {
        var none = new PrometheusTarget(Requests);
        var empty = none with { LegendFormat = default(LegendFormat) };
        Assert.Null(none.LegendFormat);
        Assert.Equal(default(LegendFormat), empty.LegendFormat);
        Assert.NotEqual(none, empty);
        Assert.Equal(none, empty with { LegendFormat = null });
        var json = Emitted.FirstPanel(Samples.Minimal().AddPanel(new TimeSeriesPanel("t").WithTargets(empty))).At("targets[0]");
        Assert.False(json.TryGetProperty("legendFormat", out _));
    }

    [Fact]
    public void Unchecked_survives_fluent_calls_and_a_printed_query_equals_an_unprinted_copy()
    {
        var raw = PrometheusTarget.Unchecked("rate(x[5m])").Legend("x").Instant();
        Assert.True(raw.IsUnchecked);
        Assert.NotEqual(raw, PrometheusTarget.Raw("rate(x[5m])").Legend("x").Instant());

        var typed = new PrometheusTarget(Requests);
        var before = typed.Legend("a"); // copied before the query is printed
        _ = typed.Expr;
        var after = typed.Legend("a"); // copied after
        Assert.Equal(before, after);
        Assert.Equal(before.GetHashCode(), after.GetHashCode());
        Assert.Equal(typed.Expr, before.Expr);
        Assert.Same(typed.Expr, after.Expr); // a copy made after printing shares the text
        Assert.Same(Requests, before.Expression);
        Assert.Same(Requests, after.Expression);
    }

    [Fact]
    public void Field_defaults_keep_every_option_across_copies_and_compare_by_value()
    {
        var panel = new StatPanel("s").NoValue("n/a").DisplayName("Up").Color(FieldColor.Fixed(Color.Red))
            .Mappings(ValueMapping.Value("1", "up")).DataLinks(new DataLink("d", "/d"));
        var copy = panel.Unit(Unit.Seconds).Decimals(0).Min(-0.5).Max(double.MaxValue);
        var d = copy.Defaults;
        Assert.Equal(("n/a", "Up", FieldColor.Fixed(Color.Red), 1, 1), (d.NoValue, d.DisplayName, d.Color, d.Mappings.Length, d.Links.Length));
        Assert.Equal((Unit.Seconds, (int?)0, (double?)-0.5, (double?)double.MaxValue), (d.Unit, d.Decimals, d.Min, d.Max));
        // The receiver is unchanged.
        Assert.Equal((null, null, null, null), (panel.Defaults.Unit, panel.Defaults.Decimals, panel.Defaults.Min, panel.Defaults.Max));

        // Zero is a value, not "unset"; clearing an option gives back the defaults it was set on.
        Assert.NotEqual(FieldDefaults.Empty, FieldDefaults.Empty with { Decimals = 0 });
        Assert.NotEqual(FieldDefaults.Empty, FieldDefaults.Empty with { Min = 0 });
        Assert.NotEqual(FieldDefaults.Empty with { Min = 0 }, FieldDefaults.Empty with { Max = 0 });
        Assert.Equal(FieldDefaults.Empty, FieldDefaults.Empty with { Min = 3, Max = 4, Decimals = 2 } with { Min = null, Max = null, Decimals = null });
        Assert.Equal(FieldDefaults.Empty.GetHashCode(), (FieldDefaults.Empty with { Min = 3 } with { Min = null }).GetHashCode());
        Assert.Equal(new FieldDefaults { Min = 1, Max = 2, NoValue = "-" }, FieldDefaults.Empty with { NoValue = "-", Max = 2, Min = 1 });
        Assert.NotEqual(new FieldDefaults { Min = 1, Max = 2 }, new FieldDefaults { Min = 2, Max = 1 });

        // The JSON says the same.
        var json = Emitted.FirstPanel(Samples.Minimal().AddPanel(copy)).At("fieldConfig.defaults");
        Assert.Equal(0, json.GetProperty("decimals").GetInt32());
        Assert.Equal(-0.5, json.GetProperty("min").GetDouble());
        Assert.Equal("n/a", json.GetProperty("noValue").GetString());
        Assert.Equal("Up", json.GetProperty("displayName").GetString());
    }

    [Fact]
    public void A_fluent_call_on_a_dashboard_keeps_its_settings_and_leaves_the_receiver_alone()
    {
        var dashboard = new Dashboard("d", "D").WithTime("now-24h", "now").WithRefresh(TimeSpan.FromMinutes(1))
            .WithTimezone(DashboardTimezone.Utc).WithEditable(false).WithGraphTooltip(CursorSync.SharedCrosshair).WithWeekStart(WeekStart.Monday)
            .WithFiscalYearStartMonth(3).WithLiveNow().AddAnnotation(new GrafanaTagAnnotation("Deploys", "deploy"))
            .AddLink(DashboardLink.ToUrl("Docs", "https://example.com")).SilenceLint("some-rule", "because").WithRawField("x", 1);
        var copy = dashboard.WithTags("a", "b").AddPanel(new TimeSeriesPanel("t")).WithDescription("d");

        Assert.Equal((new TimeRange("now-24h", "now"), (TimeSpan?)TimeSpan.FromMinutes(1), DashboardTimezone.Utc, false, CursorSync.SharedCrosshair),
            (copy.Time, copy.Refresh, copy.Timezone, copy.Editable, copy.GraphTooltip));
        Assert.Equal((WeekStart.Monday, 3, true, 1, 1, 1, 1),
            (copy.WeekStart, copy.FiscalYearStartMonth, copy.LiveNow, copy.Annotations.Length, copy.Links.Length, copy.LintSilences.Length, copy.RawFields.Length));
        // The receiver is unchanged.
        Assert.True(dashboard.Tags.IsEmpty);
        Assert.True(dashboard.Panels.IsEmpty);
        Assert.Null(dashboard.Description);

        // Equality by value, whatever the order; the span and array forms of WithTags agree.
        var fresh = new Dashboard("d", "D");
        Assert.Equal(fresh, new Dashboard("d", "D").WithRefresh(TimeSpan.FromMinutes(1)) with { Refresh = null });
        Assert.NotEqual(fresh, fresh.WithEditable(false));
        Assert.Equal(fresh.WithTime("now-1h", "now").WithLiveNow(), fresh.WithLiveNow().WithTime("now-1h", "now"));
        Assert.Equal(fresh.WithTime("now-1h", "now").WithLiveNow().GetHashCode(), fresh.WithLiveNow().WithTime("now-1h", "now").GetHashCode());
        string[] tags = ["a", "b"];
        var fromArray = fresh.WithTags(tags);
        Assert.Equal(fresh.WithTags("a", "b").Tags.ToArray(), fromArray.Tags.ToArray());
        tags[0] = "changed"; // the dashboard took a copy
        Assert.Equal(["a", "b"], fromArray.Tags.ToArray());
        Assert.Throws<ArgumentNullException>(() => fresh.WithTags((string[])null!));
    }

    [Fact]
    public void Arrays_passed_to_fluent_calls_are_copied_so_changing_them_later_changes_nothing()
    {
        // ImmutableArray's AddRange(T[]) on an empty array keeps the caller's array; the model must not.
        Panel[] panels = [new TimeSeriesPanel("a")];
        RowPanel[] rows = [new RowPanel("r")];
        ValueMapping[] mappings = [ValueMapping.Value("1", "one")];
        DataLink[] links = [new DataLink("l", "/l")];
        Transformation[] transformations = [Transformation.Organize()];
        string[] fields = ["f"];
        var dashboard = new Dashboard("d", "D").AddPanels(panels).AddRows(rows);
        var row = new RowPanel("r").AddPanels(panels);
        var panel = new StatPanel("s").Mappings(mappings).DataLinks(links).Transform(transformations);
        var organize = Transformation.Organize().Exclude(fields);

        panels[0] = new TimeSeriesPanel("changed");
        rows[0] = new RowPanel("changed");
        mappings[0] = ValueMapping.Value("2", "two");
        links[0] = new DataLink("changed", "/c");
        transformations[0] = Transformation.Organize().Exclude("x");
        fields[0] = "changed";

        Assert.Equal(("a", "r", "a"), (dashboard.Panels[0].Title, dashboard.Rows[0].Title, row.Panels[0].Title));
        Assert.Equal(ValueMapping.Value("1", "one"), panel.Defaults.Mappings[0]);
        Assert.Equal("l", panel.Defaults.Links[0].Title);
        Assert.Equal(Transformation.Organize(), panel.Transformations[0]);
        Assert.Equal("f", organize.Excluded[0]);
        Assert.Throws<ArgumentNullException>(() => dashboard.AddPanels(null!));
    }

    [Fact]
    public void Label_templates_are_right_whichever_names_share_a_cached_slot()
    {
        // Legend.Label reuses the template of a recently used name; names that collide must still get their own.
        string[] names = [.. Enumerable.Range(0, 300).Select(i => "l" + i), "a", "b", "ab", "ba", "instance", "le", "code", "_"];
        for (var pass = 0; pass < 2; pass++)
            foreach (var name in names)
                Assert.Equal("{{" + name + "}}", Legend.Label(name).Template);
        Assert.Same(Legend.Label("instance").Template, Legend.Label("instance").Template);
        Assert.Equal(Legend.Label("code"), new LegendFormat("{{code}}"));
    }

    [Fact]
    public void A_panel_keeps_its_size_and_settings_across_copies_and_compares_by_value()
    {
        var rare = new TimeSeriesPanel("t").WithDescription("d").Transparent().Repeat("instance", RepeatDirection.Vertical, 4)
            .WithMaxDataPoints(100).SilenceLint("rule", "reason");
        var sized = rare.Size(24, 10).Unit(Unit.Seconds).WithTitle("u");
        Assert.Equal((24, 10, "d", true, "instance", RepeatDirection.Vertical, (int?)4, (int?)100, 1),
            (sized.Width, sized.Height, sized.Description, sized.IsTransparent, sized.RepeatVariable, sized.RepeatDirection, sized.MaxPerRow, sized.MaxDataPoints, sized.LintSilences.Length));
        // The receiver keeps the type's default size.
        Assert.Equal((12, 8, "t"), (rare.Width, rare.Height, rare.Title));
        var position = rare.Position(3, 4, 5, 6);
        Assert.Equal(((3, 4), 5, 6, "d"), (position.FixedPosition!.Value, position.Width, position.Height, position.Description));

        // Sizes compare by value whichever way they were set, common or not (0, negative, beyond the grid).
        var plain = new TimeSeriesPanel("t");
        Assert.Equal(plain, plain.Size(6, 4).Size(12, 8));
        Assert.Equal(plain.GetHashCode(), plain.Size(6, 4).Size(12, 8).GetHashCode());
        Assert.NotEqual(plain, plain.Size(12, 9));
        Assert.Equal(plain.Size(6, 4), plain with { Width = 6, Height = 4 });
        foreach (var (w, h) in new[] { (0, 0), (-1, 3), (25, 8), (100, 1000), (24, 63), (24, 64) })
        {
            var odd = plain.Size(w, h);
            Assert.Equal((w, h), (odd.Width, odd.Height));
            Assert.Equal(odd, plain with { Width = w, Height = h });
            Assert.Equal(plain, odd.Size(12, 8));
            Assert.Equal((w, h, "d"), (rare.Size(w, h).Width, rare.Size(w, h).Height, rare.Size(w, h).Description));
        }
        Assert.Equal(new StatPanel("s"), new StatPanel("s").Size(6, 4));
        Assert.Equal((6, 4), (new StatPanel("s").Width, new StatPanel("s").Height));
    }

    [Fact]
    public void A_fluent_call_on_a_query_variable_keeps_its_options_and_leaves_the_receiver_alone()
    {
        var query = PrometheusVariableQuery.LabelValues("up", "job");
        var rare = new QueryVariable("job", query).WithDatasource(Samples.Prom).RefreshOn(VariableRefresh.OnTimeRangeChange)
            .SortBy(VariableSort.NaturalAscending).WithRegex("^(.*)$");
        var copy = rare.WithLabel("Job").MultiSelect().WithAll(".*");
        Assert.Equal((Samples.Prom, VariableRefresh.OnTimeRangeChange, VariableSort.NaturalAscending, "^(.*)$", "Job", true, true, ".*"),
            (copy.Datasource, copy.Refresh, copy.Sort, copy.Regex, copy.Label, copy.Multi, copy.IncludeAll, copy.AllValue));
        Assert.Equal((null, false, false), (rare.Label, rare.Multi, rare.IncludeAll));

        var fresh = new QueryVariable("job", query);
        Assert.Equal((VariableRefresh.OnDashboardLoad, VariableSort.AlphabeticalAscending), (fresh.Refresh, fresh.Sort));
        Assert.Equal(fresh, fresh.SortBy(VariableSort.Disabled).SortBy(VariableSort.AlphabeticalAscending));
        Assert.NotEqual(fresh, fresh.RefreshOn(VariableRefresh.Never));
        Assert.Equal(copy, new QueryVariable("job", query).MultiSelect().WithRegex("^(.*)$").WithAll(".*").WithLabel("Job")
            .SortBy(VariableSort.NaturalAscending).RefreshOn(VariableRefresh.OnTimeRangeChange).WithDatasource(Samples.Prom));
        var json = Emitted.Of(Samples.Minimal().AddVariable(copy)).At("templating.list[1]");
        Assert.Equal(2, json.GetProperty("refresh").GetInt32());
        Assert.Equal(7, json.GetProperty("sort").GetInt32());
        Assert.Equal("^(.*)$", json.GetProperty("regex").GetString());
    }

    [Fact]
    public void Format_and_kind_combine_freely_with_the_other_target_options()
    {
        var plain = new PrometheusTarget(Requests);
        foreach (var format in Enum.GetValues<PrometheusFormat>())
            foreach (var kind in Enum.GetValues<PrometheusQueryKind>())
            {
                var shaped = plain.AsFormat(format) with { Kind = kind };
                Assert.Equal((format, kind), (shaped.Format, shaped.Kind));
                Assert.Equal(shaped, plain with { Kind = kind, Format = format });
                Assert.Equal(plain, shaped.AsFormat(PrometheusFormat.TimeSeries).Range());
                var rare = shaped.WithMinStep(TimeSpan.FromMinutes(1)).AsTable().Instant();
                Assert.Equal((PrometheusFormat.Table, PrometheusQueryKind.Instant, (TimeSpan?)TimeSpan.FromMinutes(1)), (rare.Format, rare.Kind, rare.MinStep));
                Assert.NotEqual(rare, shaped.AsTable().Instant());
                Assert.Equal(rare, shaped.AsTable().Instant().WithMinStep(TimeSpan.FromMinutes(1)));
            }
        // Values outside the enums are kept as given (the emitter rejects them), as before.
        var odd = plain with { Format = (PrometheusFormat)7, Kind = (PrometheusQueryKind)9 };
        Assert.Equal(((PrometheusFormat)7, (PrometheusQueryKind)9), (odd.Format, odd.Kind));
        Assert.Equal(plain, odd.AsFormat(PrometheusFormat.TimeSeries).Range());
        Assert.Equal(PrometheusQueryKind.Instant, odd.Instant().Kind);
    }

    [Fact]
    public void Setting_a_unit_gives_the_right_defaults_whatever_was_set_before_and_however_many_units_are_used()
    {
        var units = Enumerable.Range(0, 200).Select(i => Unit.Suffix("u" + i)).Concat([Unit.Seconds, Unit.Bytes, Unit.PercentUnit]).ToArray();
        for (var pass = 0; pass < 2; pass++)
            foreach (var unit in units)
            {
                var panel = new StatPanel("s").Unit(unit);
                Assert.Same(unit, panel.Defaults.Unit);
                Assert.Equal(FieldDefaults.Empty with { Unit = unit }, panel.Defaults);
                Assert.Equal(unit.Id, Emitted.FirstPanel(Samples.Minimal().AddPanel(panel)).At("fieldConfig.defaults.unit").GetString());
            }
        var decimals = new StatPanel("s").Decimals(2).Unit(Unit.Seconds);
        Assert.Equal((Unit.Seconds, (int?)2), (decimals.Defaults.Unit, decimals.Defaults.Decimals));
        var replaced = new StatPanel("s").Unit(Unit.Seconds).Unit(Unit.Bytes);
        Assert.Equal(FieldDefaults.Empty with { Unit = Unit.Bytes }, replaced.Defaults);
        Assert.Null(new StatPanel("s").Unit(null!).Defaults.Unit);
        // A shared defaults object is never changed by a later call on a panel that holds it.
        var first = new StatPanel("a").Unit(Unit.Seconds);
        _ = first.Min(1).Thresholds(Thresholds.Absolute(Color.Green)).NoValue("-");
        Assert.Equal(FieldDefaults.Empty with { Unit = Unit.Seconds }, new StatPanel("b").Unit(Unit.Seconds).Defaults);
        Assert.Equal(FieldDefaults.Empty with { Unit = Unit.Seconds }, first.Defaults);
    }

    [Fact]
    public void Threads_reading_and_emitting_an_unprinted_query_at_once_all_see_the_same_text()
    {
        var expected = Requests.ToString();
        for (var round = 0; round < 200; round++)
        {
            var target = new PrometheusTarget(Requests).Legend("x");
            var board = Samples.Minimal().AddPanel(new TimeSeriesPanel("t").WithTargets(target));
            var texts = new string[4];
            Parallel.For(0, 4, i => texts[i] = i % 2 == 0 ? target.Expr : Emitted.FirstPanel(board).At("targets[0].expr").GetString()!);
            Assert.All(texts, t => Assert.Equal(expected, t));
            Assert.Equal(new PrometheusTarget(Requests).Legend("x"), target);
        }
    }

    [Fact]
    public void Calcs_given_as_arguments_or_as_an_array_are_the_same_and_copied()
    {
        Reducer[] calcs = [Reducer.Mean, Reducer.Max];
        var fromArray = LegendOptions.Default.WithCalcs(calcs);
        var fromArguments = LegendOptions.Default.WithCalcs(Reducer.Mean, Reducer.Max);
        var reduceFromArray = ReduceOptions.Default.WithCalcs(calcs);
        calcs[0] = Reducer.Min;
        Assert.Equal([Reducer.Mean, Reducer.Max], fromArray.Calcs.ToArray());
        Assert.Equal([Reducer.Mean, Reducer.Max], fromArguments.Calcs.ToArray());
        Assert.Equal([Reducer.Mean, Reducer.Max], reduceFromArray.Calcs.ToArray());
        Assert.Equal([Reducer.Sum], ReduceOptions.Default.WithCalcs(Reducer.Sum).Calcs.ToArray());
        var legend = Emitted.FirstPanel(Samples.Minimal().AddPanel(new TimeSeriesPanel("t").Legend(l => l.AsTable().WithCalcs(Reducer.Mean, Reducer.Max))))
            .At("options.legend.calcs");
        Assert.Equal(["mean", "max"], legend.EnumerateArray().Select(e => e.GetString()!).ToArray());
    }
}
