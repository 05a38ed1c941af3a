using System.Text.Json;
using System.Text.Json.Nodes;
using Dashboards.Model.Transformations;

namespace Dashboards.Model.Tests;

public class TransformationTests
{
    private static JsonElement Transformations(params Transformation[] transformations) =>
        Emitted.FirstPanel(Samples.Minimal().AddPanel(new TablePanel("t").WithTargets(Samples.Up()).Transform(transformations))).GetProperty("transformations");

    [Fact]
    public void Organize_keeps_the_order_given()
    {
        var t = Transformations(Transformation.Organize().Exclude("Time", "job").Column("z").Column("a").Rename("Value", "Calls"))[0];
        Assert.Equal("organize", t.GetProperty("id").GetString());
        Assert.Equal(["Time", "job"], t.At("options.excludeByName").EnumerateObject().Select(p => p.Name));
        Assert.True(t.At("options.excludeByName.Time").GetBoolean());
        Assert.Equal([("z", 0), ("a", 1)], t.At("options.indexByName").EnumerateObject().Select(p => (p.Name, p.Value.GetInt32())));
        Assert.Equal("Calls", t.At("options.renameByName.Value").GetString());
    }

    [Fact]
    public void Merge_reduce_and_sort()
    {
        var t = Transformations(Transformation.MergeSeries(), Transformation.ReduceFields(Reducer.Max, Reducer.Percentile(95)) with { IncludeTimeField = true }, Transformation.SortByField("Max", descending: true));
        Assert.Equal("merge", t[0].GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Object, t[0].GetProperty("options").ValueKind);
        Assert.Equal("reduce", t[1].GetProperty("id").GetString());
        Assert.Equal("reduceFields", t[1].At("options.mode").GetString());
        Assert.Equal(["max", "p95"], t[1].At("options.reducers").EnumerateArray().Select(r => r.GetString()));
        Assert.True(t[1].At("options.includeTimeField").GetBoolean());
        Assert.Equal("Max", t[2].At("options.sort[0].field").GetString());
        Assert.True(t[2].At("options.sort[0].desc").GetBoolean());
    }

    [Fact]
    public void Limit_keeps_the_given_number_of_rows()
    {
        var t = Transformations(Transformation.SortByField("Calls", descending: true), Transformation.LimitRows(7))[1];
        Assert.Equal("limit", t.GetProperty("id").GetString());
        Assert.Equal(["limitField"], t.GetProperty("options").EnumerateObject().Select(p => p.Name));
        Assert.Equal(7, t.At("options.limitField").GetInt32());
        Assert.False(t.Has("disabled"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Limit_needs_at_least_one_row(int rows)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Transformation.LimitRows(rows));
        Assert.Equal("rows", error.ParamName);
    }

    [Fact]
    public void Filter_by_value_and_calculate_field()
    {
        var t = Transformations(
            new FilterByValue(include: true, matchAll: true, new ValueFilter("Value", ValueFilterCondition.GreaterOrEqual, 5), new ValueFilter("x", ValueFilterCondition.IsNull)),
            CalculateField.ReduceRow("Total", Reducer.Sum, "a", "b") with { ReplaceFields = true },
            CalculateField.BinaryOperation("Ratio", "errors", BinaryOperator.Divide, "calls"));
        Assert.Equal("include", t[0].At("options.type").GetString());
        Assert.Equal("all", t[0].At("options.match").GetString());
        Assert.Equal("greaterOrEqual", t[0].At("options.filters[0].config.id").GetString());
        Assert.Equal(5, t[0].At("options.filters[0].config.options.value").GetDouble());
        Assert.False(t[0].At("options.filters[1].config.options").Has("value"));
        Assert.Equal("reduceRow", t[1].At("options.mode").GetString());
        Assert.Equal("sum", t[1].At("options.reduce.reducer").GetString());
        Assert.True(t[1].At("options.replaceFields").GetBoolean());
        Assert.Equal("binary", t[2].At("options.mode").GetString());
        Assert.Equal("/", t[2].At("options.binary.operator").GetString());
    }

    [Fact]
    public void Filter_conditions_check_their_value()
    {
        Assert.Throws<ArgumentException>(() => new FilterByValue(true, true, new ValueFilter("v", ValueFilterCondition.Greater)));
        Assert.Throws<ArgumentException>(() => new FilterByValue(true, true, new ValueFilter("v", ValueFilterCondition.IsNull, 1)));
    }

    [Fact]
    public void Generic_transformations_copy_their_options()
    {
        var options = new JsonObject { ["limitField"] = 5 };
        var transformation = Transformation.Raw("limit", options) with { Disabled = true };
        options["limitField"] = 99; // the model keeps its own copy
        var t = Transformations(transformation, transformation)[1];
        Assert.Equal("limit", t.GetProperty("id").GetString());
        Assert.True(t.GetProperty("disabled").GetBoolean());
        Assert.Equal(5, t.At("options.limitField").GetInt32());
    }
}
