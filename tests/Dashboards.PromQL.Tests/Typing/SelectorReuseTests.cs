namespace Dashboards.PromQL.Tests.Typing;

/// <summary>
/// Repeated selector chains share their immutable nodes, and a selector keeps its printed text. Neither may be visible
/// except through ReferenceEquals: every query prints and compares exactly as a freshly parsed one.
/// </summary>
public class SelectorReuseTests
{
    private static InstantVector Requests(string service) =>
        Prom.Metric("reuse_requests_total").Where("job", "$job").Matches("instance", "$instance").Where("service", service);

    [Fact]
    public void A_repeated_chain_returns_the_same_nodes_and_a_different_one_does_not()
    {
        var first = Requests("api");
        Assert.Same(first, Requests("api"));
        // Equal strings that are different objects reuse too (values built at run time, not literals).
        Assert.Same(first, Requests(new string("api".AsSpan())));
        var other = Requests("web");
        Assert.NotSame(first, other);
        Assert.Equal("reuse_requests_total{job=\"$job\", instance=~\"$instance\", service=\"web\"}", other.ToString());
        Assert.Equal("reuse_requests_total{job=\"$job\", instance=~\"$instance\", service=\"api\"}", first.ToString());
        // The operator is part of the key.
        var root = Prom.Metric("reuse_requests_total");
        Assert.Equal("reuse_requests_total{job!=\"$job\"}", root.Not("job", "$job").ToString());
        Assert.Equal("reuse_requests_total{job=\"$job\"}", root.Where("job", "$job").ToString());
        Assert.Equal("reuse_requests_total{job=~\"$job\"}", root.Matches("job", "$job").ToString());
    }

    [Fact]
    public void The_same_range_over_a_reused_selector_is_reused_and_another_range_is_not()
    {
        var range = Requests("api").Range(PromDuration.RateInterval);
        Assert.Same(range, Requests("api").Range(PromDuration.RateInterval));
        var fiveMinutes = Requests("api").Range(PromDuration.FromMinutes(5));
        Assert.Equal("reuse_requests_total{job=\"$job\", instance=~\"$instance\", service=\"api\"}[5m]", fiveMinutes.ToString());
        Assert.Equal("reuse_requests_total{job=\"$job\", instance=~\"$instance\", service=\"api\"}[$__rate_interval]", range.ToString());
        Assert.Equal("reuse_requests_total{job=\"$job\", instance=~\"$instance\", service=\"web\"}[$__rate_interval]", Requests("web").Range(PromDuration.RateInterval).ToString());
        Assert.Equal("rate(reuse_requests_total[1h])", Prom.Rate(Prom.Metric("reuse_requests_total").Range(PromDuration.FromHours(1))).ToString());
    }

    [Fact]
    public void Alternating_steps_on_one_parent_keep_each_result_intact()
    {
        var parent = Prom.Metric("reuse_alternating").Where("a", "1");
        var results = new List<(InstantVector Query, string Expected)>();
        for (var i = 0; i < 20; i++)
        {
            var value = (i % 3).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var step = parent.Where("b", value).Matches("c", "x|y");
            results.Add((step, $"reuse_alternating{{a=\"1\", b=\"{value}\", c=~\"x|y\"}}"));
        }
        foreach (var (query, expected) in results)
        {
            Assert.Equal(expected, query.ToString());
            Assert.Equal(InstantVector.Parse(expected), query);
        }
    }

    [Fact]
    public void Shared_chains_built_on_many_threads_print_what_each_thread_asked_for()
    {
        var failures = 0;
        Parallel.For(0, 2000, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var service = "s" + (i % 7).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var metric = "reuse_threads_" + (i % 3).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var query = Prom.Sum(Prom.Rate(Prom.Metric(metric).Where("job", "$job").Where("service", service).Range(PromDuration.RateInterval))).By("code");
            if (query.ToString() != $"sum by (code) (rate({metric}{{job=\"$job\", service=\"{service}\"}}[$__rate_interval]))") Interlocked.Increment(ref failures);
        });
        Assert.Equal(0, failures);
    }

    [Fact]
    public void A_printed_selector_prints_its_copies_from_their_own_contents()
    {
        var selector = (VectorSelector)Prom.Metric("reuse_copies").Where("job", "api").Syntax;
        Assert.Equal("reuse_copies{job=\"api\"}", selector.ToString()); // printed, so the text is kept
        Assert.Equal("reuse_copies{job=\"api\", code=\"500\"}", selector.AddMatcher(LabelMatcher.Equal("code", "500")).ToString());
        Assert.Equal("other{job=\"api\"}", selector.WithMetricName("other").ToString());
        Assert.Equal("{job=\"api\"}", selector.WithMetricName(null).ToString());
        Assert.Equal("reuse_copies{job=\"api\"} offset 5m", selector.WithOffset(PromDuration.FromMinutes(5)).ToString());
        Assert.Equal("reuse_copies", selector.WithMatchers(default).ToString());
        Assert.Equal("reuse_copies{job=\"api\"}", selector.ToString());
    }

    [Fact]
    public void Printing_does_not_change_equality_or_hash()
    {
        var printed = new VectorSelector("reuse_equality", EquatableArray.Create(LabelMatcher.Equal("job", "api")));
        var fresh = new VectorSelector("reuse_equality", EquatableArray.Create(LabelMatcher.Equal("job", "api")));
        _ = printed.ToString();
        Assert.Equal(fresh, printed);
        Assert.Equal(fresh.GetHashCode(), printed.GetHashCode());
        Assert.NotEqual(fresh, printed.WithMatchers(EquatableArray.Create(LabelMatcher.Equal("job", "web"))));
    }
}
