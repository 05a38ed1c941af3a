
namespace Dashboards.EndToEnd.Tests.DataTests;

public sealed class PrometheusRulesTests
{
    private const string Yaml = """
        groups:
          - name: api
            interval: 30s
            rules:
              - record: job:requests:rate5m_ratio
                expr: job:errors:rate5m / job:requests:rate5m
              - record: job:requests:rate5m
                expr: sum by (job) (rate(requests_total[5m]))
                labels:
                  team: core
              - record: job:errors:rate5m
                expr: sum by (job) (rate(errors_total[5m]))
              - alert: HighErrorRatio
                expr: job:requests:rate5m_ratio > 0.05
                for: 10m
                labels:
                  severity: page
        """;

    [Fact]
    public void Reads_recording_and_alerting_rules()
    {
        var rules = PrometheusRules.Read("api.yml", Yaml);
        Assert.Equal(4, rules.Count);
        Assert.Equal("api / record job:requests:rate5m", rules[1].Location);
        Assert.Equal("core", rules[1].Labels["team"]);
        var alert = rules[3];
        Assert.False(alert.IsRecording);
        Assert.Equal("job:requests:rate5m_ratio > 0.05", alert.Expr);
    }

    [Fact]
    public void Orders_recording_rules_in_stages_by_what_they_read()
    {
        var stages = PrometheusRules.RecordingStages(PrometheusRules.Read("api.yml", Yaml));
        Assert.Equal(2, stages.Count);
        var first = PrometheusRules.Read("stage1", stages[0]);
        Assert.Equal(["job:requests:rate5m", "job:errors:rate5m"], first.Select(r => r.Name));
        Assert.Equal("core", first[0].Labels["team"]);
        var second = Assert.Single(PrometheusRules.Read("stage2", stages[1]));
        Assert.Equal("job:requests:rate5m_ratio", second.Name);
        Assert.Equal("job:errors:rate5m / job:requests:rate5m", second.Expr);
    }

    [Theory]
    [InlineData("sum(job:requests:rate5m)", "job:requests:rate5m", true)]
    [InlineData("sum(job:requests:rate5m_ratio)", "job:requests:rate5m", false)]
    [InlineData("sum(x{name=\"job:requests:rate5m\"})", "job:requests:rate5m", false)]
    public void Knows_which_series_an_expression_reads(string expr, string name, bool reads) =>
        Assert.Equal(reads, PrometheusRules.Reads(expr, name));
}
