using Dashboards.Model;
using Dashboards.PromQL;

namespace Dashboards.Benchmarks.Profiling;

/// <summary>
/// <c>Dashboards.Benchmarks alloc</c>: bytes allocated by each step of building the sample's first panel
/// (<see cref="Workloads.SampleDashboards"/>), to see where the build's allocation per panel goes.
/// Each step is warmed up, then run 1,000 times; <see cref="GC.GetAllocatedBytesForCurrentThread"/> is the judge.
/// </summary>
public static class BuildAllocations
{
    public static int Run()
    {
        var rate = PromDuration.RateInterval;
        static InstantVector Requests() =>
            Prom.Metric("http_requests_total").Where("job", "$job").Matches("instance", "$instance").Where("service", "svc0");
        var requests = Requests();
        var sum = Prom.Sum(Prom.Rate(requests.Range(rate))).By("code");
        var target = new PrometheusTarget(sum);
        var panel = new TimeSeriesPanel("Requests per second 1");

        Step("label-matcher chain (metric + 3 matchers)", () => Requests());
        Step("the chain, then [range] (selector built)", () => Requests().Range(rate));
        Step("sum(rate(x[r])) by (code), chain built", () => Prom.Sum(Prom.Rate(requests.Range(rate))).By("code"));
        Step("printing that query (the string)", () => sum.ToString());
        Step("new PrometheusTarget (prints once)", () => new PrometheusTarget(sum));
        Step("target.Legend(Legend.Label(..))", () => target.Legend(Legend.Label("code")));
        Step("target.Instant()", () => target.Instant());
        Step("new TimeSeriesPanel(title)", () => new TimeSeriesPanel("Requests per second 1"));
        Step("panel.WithTargets(target)", () => panel.WithTargets(target));
        Step("panel.Unit(..)", () => panel.Unit(Unit.RequestsPerSecond));
        Step("panel.Decimals(..)", () => panel.Decimals(3));
        Step("panel.Legend(l => l.AsTable().WithCalcs(..))", () => panel.Legend(l => l.AsTable().WithCalcs(Reducer.Mean, Reducer.Max)));
        Step("the sample's panel 0, all of it", () => new TimeSeriesPanel("Requests per second" + " 1")
            .WithTargets(new PrometheusTarget(Prom.Sum(Prom.Rate(Requests().Range(rate))).By("code")).Legend(Legend.Label("code")))
            .Unit(Unit.RequestsPerSecond)
            .Legend(l => l.AsTable().WithCalcs(Reducer.Mean, Reducer.Max)));
        return 0;
    }

    private static void Step(string name, Func<object> step)
    {
        for (var i = 0; i < 1000; i++) step();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++) step();
        Console.WriteLine($"{name,-50} {(GC.GetAllocatedBytesForCurrentThread() - before) / 1000,6} B");
    }
}
