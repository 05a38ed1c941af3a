using Dashboards.Model.Json;

namespace Dashboards.Benchmarks.Profiling;

/// <summary><c>writerfloor</c>: the writer alone, writing as many properties as the 10-panel sample (522), for comparison.</summary>
public static class WriterFloor
{
    public static int Run()
    {
        var writer = new GrafanaJsonWriter();
        long sink = 0;
        void Once()
        {
            writer.Reset();
            writer.WriteStartObject();
            for (var p = 0; p < 10; p++)
            {
                writer.WriteStartObject("panel"u8);
                for (var g = 0; g < 10; g++)
                {
                    writer.WriteStartObject("group"u8);
                    writer.WriteString("type"u8, "timeseries");
                    writer.WriteNumber("id"u8, g);
                    writer.WriteBoolean("showLegend"u8, true);
                    writer.WriteString("displayMode"u8, "table");
                    writer.WriteEndObject();
                }
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
            sink += writer.Written.Length;
        }
        for (var i = 0; i < 200_000; i++) Once();
        var cpu = Reporting.ProcessCpuClock.Instance.GetTimestamp();
        const int n = 400_000;
        for (var i = 0; i < n; i++) Once();
        var ns = Reporting.ProcessCpuClock.Instance.GetTimestamp() - cpu;
        Console.WriteLine($"{ns / 1000.0 / n:F2} µs CPU per document of 520 properties, {writer.Written.Length} bytes ({sink})");
        return 0;
    }
}
