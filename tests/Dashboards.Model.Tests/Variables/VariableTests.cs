using System.Text.Json;
using Dashboards.PromQL;

namespace Dashboards.Model.Tests;

public class VariableTests
{
    private static JsonElement Variable(Variable variable) =>
        Emitted.Of(Samples.Minimal().AddVariable(variable)).At("templating.list[1]");

    [Fact]
    public void Query_variables_with_typed_prometheus_queries()
    {
        Assert.Equal("label_values(provider)", PrometheusVariableQuery.LabelValues("provider").Text);
        Assert.Equal("label_values(up, job)", PrometheusVariableQuery.LabelValues("up", "job").Text);
        Assert.Equal("label_values(up{job=\"$job\"}, instance)", PrometheusVariableQuery.LabelValues(Prom.Metric("up").Where("job", "$job"), "instance").Text);
        Assert.Equal("label_names()", PrometheusVariableQuery.LabelNames().Text);
        Assert.Equal("metrics(bot_.*)", PrometheusVariableQuery.Metrics("bot_.*").Text);
        Assert.Equal("query_result(topk(5, sum by (model) (up)))", PrometheusVariableQuery.QueryResult(Prom.TopK(5, Prom.Sum(Prom.Metric("up")).By("model"))).Text);
        Assert.Throws<ArgumentException>(() => PrometheusVariableQuery.LabelValues("not-a-label"));
        Assert.Throws<ArgumentException>(() => PrometheusVariableQuery.LabelValues("1metric", "job"));
    }

    [Fact]
    public void Query_variable_fields()
    {
        var v = Variable(new QueryVariable("job", PrometheusVariableQuery.LabelValues("up", "job"))
            .WithLabel("Job").WithDescription("Scrape job").MultiSelect().WithAll(".*")
            .RefreshOn(VariableRefresh.OnTimeRangeChange).SortBy(VariableSort.NumericalDescending).WithRegex("/bots-(.*)/")
            .Hidden(VariableHide.Label).WithCurrent(VariableSelection.All));
        Assert.Equal("query", v.GetProperty("type").GetString());
        Assert.Equal("Job", v.GetProperty("label").GetString());
        Assert.Equal(1, v.GetProperty("hide").GetInt32());
        Assert.Equal("${datasource}", v.At("datasource.uid").GetString());
        Assert.Equal("label_values(up, job)", v.GetProperty("query").GetString());
        Assert.Equal("label_values(up, job)", v.GetProperty("definition").GetString());
        Assert.True(v.GetProperty("multi").GetBoolean());
        Assert.True(v.GetProperty("includeAll").GetBoolean());
        Assert.Equal(".*", v.GetProperty("allValue").GetString());
        Assert.Equal(2, v.GetProperty("refresh").GetInt32());
        Assert.Equal(4, v.GetProperty("sort").GetInt32());
        Assert.Equal("/bots-(.*)/", v.GetProperty("regex").GetString());
        Assert.Equal("$__all", v.At("current.value").GetString());
    }

    [Fact]
    public void Custom_variables_list_their_options_and_select_the_current_one()
    {
        var v = Variable(new CustomVariable("env", "prod", "staging").WithAll().WithCurrent("staging"));
        Assert.Equal("prod,staging", v.GetProperty("query").GetString());
        var options = v.GetProperty("options");
        Assert.Equal(["$__all", "prod", "staging"], options.EnumerateArray().Select(o => o.GetProperty("value").GetString()));
        Assert.Equal([false, false, true], options.EnumerateArray().Select(o => o.GetProperty("selected").GetBoolean()));
        Assert.Equal("staging", v.At("current.text").GetString());
        Assert.Throws<ArgumentException>(() => new CustomVariable("x", "a,b"));
        Assert.Throws<ArgumentException>(() => new CustomVariable("x"));
    }

    [Fact]
    public void Multi_value_current_selection_is_an_array()
    {
        var v = Variable(new CustomVariable("env", "a", "b", "c").MultiSelect().WithCurrent(new VariableSelection(["a", "c"], ["a", "c"])));
        Assert.Equal(JsonValueKind.Array, v.At("current.value").ValueKind);
        Assert.Equal([true, false, true], v.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("selected").GetBoolean()));
    }

    [Fact]
    public void Interval_variables()
    {
        var v = Variable(new IntervalVariable("window", TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(5), TimeSpan.FromDays(1))
            .WithAuto(steps: 20, minimum: TimeSpan.FromMinutes(1)).WithCurrent(TimeSpan.FromMinutes(5)));
        Assert.Equal("interval", v.GetProperty("type").GetString());
        Assert.Equal("30s,5m,1d", v.GetProperty("query").GetString());
        Assert.Equal("5m", v.At("current.value").GetString());
        Assert.True(v.GetProperty("auto").GetBoolean());
        Assert.Equal(20, v.GetProperty("auto_count").GetInt32());
        Assert.Equal("1m", v.GetProperty("auto_min").GetString());
    }

    [Fact]
    public void Datasource_constant_textbox_and_adhoc_variables()
    {
        var ds = Emitted.Of(Samples.Minimal()).At("templating.list[0]");
        Assert.Equal("datasource", ds.GetProperty("type").GetString());
        Assert.Equal("prometheus", ds.GetProperty("query").GetString());

        var constant = Variable(new ConstantVariable("job", "bots"));
        Assert.Equal(2, constant.GetProperty("hide").GetInt32());
        Assert.Equal("bots", constant.GetProperty("query").GetString());

        var textbox = Variable(new TextboxVariable("filter", "x"));
        Assert.Equal("textbox", textbox.GetProperty("type").GetString());
        Assert.Equal("x", textbox.At("current.value").GetString());

        var adhoc = Variable(new AdhocVariable("filters", DataSourceRef.Variable("datasource")));
        Assert.Equal("adhoc", adhoc.GetProperty("type").GetString());
        Assert.Equal("${datasource}", adhoc.At("datasource.uid").GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("dash-name")]
    [InlineData("__reserved")]
    public void Bad_variable_names_are_rejected(string name) =>
        Assert.Throws<ArgumentException>(() => new TextboxVariable(name));

    [Fact]
    public void Datasource_variable_gives_its_reference()
    {
        var reference = new DatasourceVariable("logs", DataSourceType.Loki).Ref;
        Assert.Equal(("loki", "${logs}", "logs"), (reference.Type, reference.Uid, reference.VariableName));
        Assert.Equal("ds", DataSourceRef.Fixed("prometheus", "$ds").VariableName);
        Assert.Equal("ds", DataSourceRef.Fixed("prometheus", "${ds:raw}").VariableName);
        Assert.Null(DataSourceRef.Prometheus("P1").VariableName);
    }
}
