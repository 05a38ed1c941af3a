using System.Diagnostics;
using System.Globalization;
using Dashboards.Benchmarks.Workloads;
using Dashboards.Model;

namespace Dashboards.Benchmarks.Scale;

/// <summary>
/// The scale run: generates <c>--dashboards</c> dashboards of <c>--panels</c> panels, compiles each batch
/// (model validation, JSON, schema validation) and writes it to disk before generating the next, so memory stays
/// flat however many dashboards there are. Reports wall time and peak memory against the targets.
/// </summary>
public static class ScaleRun
{
    private const double TargetSeconds = 30;
    private const double TargetPeakMegabytes = 500;
    private const int SampleEvery = 100;

    public static int Run(IReadOnlyList<string> args)
    {
        ScaleOptions options;
        try { options = ScaleOptions.Parse(args); }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"scale: {e.Message}\n{ScaleOptions.Usage}");
            return 2;
        }

        var folderPath = Path.Combine(Path.GetFullPath(options.Output), SampleDashboards.Folder.Uid);
        Directory.CreateDirectory(folderPath);

        var total = Stopwatch.StartNew();
        var (generate, compile, write) = (new Stopwatch(), new Stopwatch(), new Stopwatch());
        var uids = new HashSet<string>(StringComparer.Ordinal);
        long bytesWritten = 0, maxHeap = 0, maxCommitted = 0;
        var batch = new Dashboard[Math.Min(options.Batch, options.Dashboards)];

        for (var start = 0; start < options.Dashboards; start += batch.Length)
        {
            var count = Math.Min(batch.Length, options.Dashboards - start);
            generate.Start();
            for (var i = 0; i < count; i++) batch[i] = SampleDashboards.Build(start + i, options.Panels);
            generate.Stop();

            compile.Start();
            var result = CatalogCompiler.Compile(Catalog.Create().AddFolder(SampleDashboards.Folder, count == batch.Length ? batch : batch[..count]));
            compile.Stop();
            if (!result.Success)
            {
                Console.Error.WriteLine($"scale: dashboards {start}..{start + count - 1} do not compile:\n  " + string.Join("\n  ", result.Errors));
                return 1;
            }

            write.Start();
            foreach (var compiled in result.Dashboards)
            {
                // Compile checks uids within one batch; the run checks them across batches.
                if (!uids.Add(compiled.Uid))
                {
                    Console.Error.WriteLine($"scale: uid '{compiled.Uid}' is generated twice");
                    return 1;
                }
                File.WriteAllBytes(Path.Combine(folderPath, compiled.Uid + ".json"), compiled.Json);
                bytesWritten += compiled.Json.Length;
            }
            write.Stop();
            Array.Clear(batch);

            if ((start / batch.Length) % Math.Max(1, SampleEvery / batch.Length) == 0)
            {
                var info = GC.GetGCMemoryInfo();
                maxHeap = Math.Max(maxHeap, info.HeapSizeBytes);
                maxCommitted = Math.Max(maxCommitted, info.TotalCommittedBytes);
            }
        }
        total.Stop();

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var peakMb = process.PeakWorkingSet64 / 1048576.0;
        var seconds = total.Elapsed.TotalSeconds;
        var panels = (long)options.Dashboards * options.Panels;

        var report = new (string Name, string Value)[]
        {
            ("dashboards", $"{options.Dashboards:N0} × {options.Panels} panels = {panels:N0} panels, batch {batch.Length}"),
            ("output", $"{folderPath} ({bytesWritten / 1048576.0:N1} MB in {uids.Count:N0} files)"),
            ("wall time", $"{seconds:N2} s  ({options.Dashboards / seconds:N0} dashboards/s, {seconds * 1e6 / panels:N2} µs/panel)"),
            ("  generate", $"{generate.Elapsed.TotalSeconds:N2} s"),
            ("  compile", $"{compile.Elapsed.TotalSeconds:N2} s  (model validation, JSON, schema validation)"),
            ("  write", $"{write.Elapsed.TotalSeconds:N2} s"),
            ("peak working set", $"{peakMb:N1} MB  (Process.PeakWorkingSet64)"),
            ("max GC heap", $"{maxHeap / 1048576.0:N1} MB  (GCMemoryInfo.HeapSizeBytes, sampled every {SampleEvery} dashboards)"),
            ("max GC committed", $"{maxCommitted / 1048576.0:N1} MB  (GCMemoryInfo.TotalCommittedBytes)"),
            ("allocated", $"{GC.GetTotalAllocatedBytes(precise: true) / 1048576.0:N0} MB total, {GC.GetTotalAllocatedBytes() / (double)options.Dashboards / 1024:N0} KB/dashboard"),
            ("collections", $"gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}, pauses {GC.GetTotalPauseDuration().TotalMilliseconds:N0} ms"),
            ("target time", $"≤ {TargetSeconds} s: {(seconds <= TargetSeconds ? "met" : "MISSED")}"),
            ("target memory", $"≤ {TargetPeakMegabytes} MB peak: {(peakMb <= TargetPeakMegabytes ? "met" : "MISSED")}"),
        };
        foreach (var (name, value) in report)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-18} {value}"));
        return 0;
    }
}
