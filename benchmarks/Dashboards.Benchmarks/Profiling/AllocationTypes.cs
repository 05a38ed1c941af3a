using System.Diagnostics.Tracing;
using System.Globalization;
using Dashboards.Benchmarks.Workloads;
using Dashboards.Model.Json;

namespace Dashboards.Benchmarks.Profiling;

/// <summary>
/// <c>Dashboards.Benchmarks alloctypes [PANELS] [SECONDS] [build|serialize|validate]</c>: which types the sample's build and
/// serialize allocate, by bytes, from the runtime's allocation sampling (one event per ~100 KB allocated, naming the
/// type of the object that crossed the mark): over millions of operations the shares converge on the real ones.
/// </summary>
public static class AllocationTypes
{
    public static int Run(IReadOnlyList<string> args)
    {
        var panels = args.Count > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
        var seconds = args.Count > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var what = args.Count > 2 ? args[2] : "both";
        var built = SampleDashboards.Build(3, panels);
        using var listener = new AllocationListener();
        var end = DateTime.UtcNow.AddSeconds(seconds);
        long ops = 0, sink = 0;
        while (DateTime.UtcNow < end)
        {
            for (var k = 0; k < 64; k++, ops++)
            {
                if (what == "serialize") sink += DashboardJson.Serialize(built).Length;
                else if (what == "validate")
                {
                    var cursor = Dashboards.Model.Schema.SchemaValidator.StartCursor();
                    sink += DashboardJson.Serialize(built, Dashboards.Model.LayoutEngine.Arrange(built), cursor).Length;
                }
                else if (what == "build") sink += SampleDashboards.Build(k, panels).PanelCount;
                else sink += DashboardJson.Serialize(SampleDashboards.Build(k, panels)).Length;
            }
        }
        var total = listener.Counts.Values.Sum();
        Console.WriteLine($"{ops:N0} operations ({what}, {panels} panels), {total:N0} samples; share of bytes by type:");
        foreach (var (type, count) in listener.Counts.OrderByDescending(p => p.Value).Take(40))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{100.0 * count / total,6:F1}%  {type}"));
        return sink == 42 ? 1 : 0;
    }

    private sealed class AllocationListener : EventListener
    {
        public Dictionary<string, long> Counts { get; } = [];

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
                EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1 /* GC */);
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName != "GCAllocationTick_V4" && e.EventName != "GCAllocationTick_V3") return;
            var i = e.PayloadNames!.IndexOf("TypeName");
            var name = i >= 0 ? e.Payload![i] as string ?? "?" : "?";
            lock (Counts) Counts[name] = Counts.GetValueOrDefault(name) + 1;
        }
    }
}
