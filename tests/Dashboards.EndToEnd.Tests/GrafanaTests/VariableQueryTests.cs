
namespace Dashboards.EndToEnd.Tests.GrafanaTests;

public sealed class VariableQueryTests
{
    [Fact]
    public void Parses_label_values_with_and_without_selector()
    {
        Assert.Equal(new LabelValuesQuery(null, "job"), VariableQuery.Parse("label_values(job)"));
        Assert.Equal(new LabelValuesQuery("up", "job"), VariableQuery.Parse("label_values(up, job)"));
        Assert.Equal(new LabelValuesQuery("up{job=\"$job\", env=~\"a|b\"}", "instance"),
            VariableQuery.Parse(" label_values(up{job=\"$job\", env=~\"a|b\"}, instance) "));
    }

    [Fact]
    public void Parses_the_other_functions()
    {
        Assert.Equal(new LabelNamesQuery(null), VariableQuery.Parse("label_names()"));
        Assert.Equal(new MetricNamesQuery("node_.*"), VariableQuery.Parse("metrics(node_.*)"));
        Assert.Equal(new QueryResultQuery("topk(5, sum by (job) (up))"), VariableQuery.Parse("query_result(topk(5, sum by (job) (up)))"));
        Assert.Equal(new SeriesQuery("up{job=\"api\"}"), VariableQuery.Parse("up{job=\"api\"}"));
    }
}
