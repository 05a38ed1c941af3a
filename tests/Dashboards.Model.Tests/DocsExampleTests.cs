using Dashboards.PromQL;

namespace Dashboards.Model.Tests;

/// <summary>The example of docs/model.md, kept compiling and valid.</summary>
public class DocsExampleTests
{
    [Fact]
    public void The_docs_example_compiles_to_a_valid_dashboard()
    {
        var calls = Prom.Metric("bot_api_calls_total").Matches("provider", "$provider");
        var ds = DataSourceRef.Variable("datasource");

        var dashboard = new Dashboard("bots-overview", "Bots / Overview")
            .WithTags("bots")
            .WithTime(TimeRange.Last(TimeSpan.FromHours(6)))
            .WithDefaultDatasource(ds)
            .AddVariable(new DatasourceVariable("datasource"))
            .AddVariable(new QueryVariable("provider", PrometheusVariableQuery.LabelValues("bot_api_calls_total", "provider"))
                .MultiSelect().WithAll(".*"))
            .AddAnnotation(new PrometheusAnnotation("Deploys", Prom.Changes(Prom.Metric("bot_build_info").Range(PromDuration.FromMinutes(5))))
                .WithTitleFormat("Deploy {{version}}"))
            .AddPanel(new StatPanel("Calls").WithTargets(new PrometheusTarget(Prom.Sum(Prom.Increase(calls.Range(PromDuration.Range)))).Instant())
                .Unit(Unit.Short))
            .AddRow(new RowPanel("Traffic")
                .AddPanel(new TimeSeriesPanel("Request rate")
                    .WithTargets(new PrometheusTarget(Prom.Sum(Prom.Rate(calls.Range(PromDuration.RateInterval))).By("provider"))
                        .Legend(Legend.Label("provider")))
                    .Unit(Unit.RequestsPerSecond)
                    .Legend(l => l.AsTable().WithPlacement(LegendPlacement.Right).WithCalcs(Reducer.Mean, Reducer.Max))
                    .Thresholds(Thresholds.Absolute(Color.Green).Step(80, Color.Red))
                    .Size(w: 12, h: 8)));

        var result = CatalogCompiler.Compile(Catalog.Create().AddFolder(new Folder("bots", "Bots"), dashboard));
        Assert.True(result.Success, string.Join("\n", result.Errors));
        var json = Emitted.Of(dashboard);
        Assert.Equal("sum by (provider) (rate(bot_api_calls_total{provider=~\"$provider\"}[$__rate_interval]))", json.At("panels[2].targets[0].expr").GetString());
        Assert.Equal("now-6h", json.At("time.from").GetString());
    }
}
