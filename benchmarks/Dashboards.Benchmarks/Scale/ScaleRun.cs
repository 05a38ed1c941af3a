using System.Diagnostics;
using System.Globalization;
using Dashboards.Benchmarks.Workloads;
using Dashboards.Model;

namespace Dashboards.Benchmarks.Scale;

/// <summary>
/// The scale run: generates <c>--dashboards</c> dashboards of <c>--panels</c> panels, compiles each batch
/// (model validation, JSON, schema validation) and writes it to disk before generating the next, so memory stays
/// flat however many dashboards there are. <c>--workers</c> threads each stream their own share (dashboard i goes to
/// worker i mod workers). Reports wall time and peak memory against the targets.
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

        var memory = new MemorySampler();
        var total = Stopwatch.StartNew();
        var workers = new Worker[Math.Min(options.Workers, options.Dashboards)];
        for (var w = 0; w < workers.Length; w++) workers[w] = new Worker(w, workers.Length, options, folderPath, memory);
        if (workers.Length == 1) workers[0].Run();
        else
        {
            var threads = workers.Select(worker => new Thread(worker.Run) { Name = "scale-worker" }).ToArray();
            foreach (var thread in threads) thread.Start();
            foreach (var thread in threads) thread.Join();
        }
        total.Stop();

        if (workers.FirstOrDefault(w => w.Failure is not null) is { } failed)
        {
            Console.Error.WriteLine("scale: " + failed.Failure);
            return 1;
        }

        Report(options, workers, folderPath, total.Elapsed, memory);
        return 0;
    }

    private static void Report(ScaleOptions options, Worker[] workers, string folderPath, TimeSpan elapsed, MemorySampler memory)
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var peakMb = process.PeakWorkingSet64 / 1048576.0;
        var seconds = elapsed.TotalSeconds;
        var panels = (long)options.Dashboards * options.Panels;
        var files = workers.Sum(w => w.Files);
        double Phase(Func<Worker, Stopwatch> pick) => workers.Sum(w => pick(w).Elapsed.TotalSeconds);
        var phaseNote = workers.Length > 1 ? " summed over workers" : "";

        var report = new (string Name, string Value)[]
        {
            ("dashboards", $"{options.Dashboards:N0} × {options.Panels} panels = {panels:N0} panels, batch {options.Batch}, workers {workers.Length}"),
            ("output", $"{folderPath} ({workers.Sum(w => w.BytesWritten) / 1048576.0:N1} MB in {files:N0} files)"),
            ("wall time", $"{seconds:N2} s  ({options.Dashboards / seconds:N0} dashboards/s, {seconds * 1e6 / panels:N2} µs/panel)"),
            ("  generate", $"{Phase(w => w.Generate):N2} s{phaseNote}"),
            ("  compile", $"{Phase(w => w.Compile):N2} s{phaseNote}  (model validation, JSON, schema validation)"),
            ("  write", $"{Phase(w => w.Write):N2} s{phaseNote}"),
            ("peak working set", $"{peakMb:N1} MB  (Process.PeakWorkingSet64)"),
            ("max GC heap", $"{memory.MaxHeap / 1048576.0:N1} MB  (GCMemoryInfo.HeapSizeBytes, sampled every {SampleEvery} dashboards)"),
            ("max GC committed", $"{memory.MaxCommitted / 1048576.0:N1} MB  (GCMemoryInfo.TotalCommittedBytes)"),
            ("allocated", $"{GC.GetTotalAllocatedBytes(precise: true) / 1048576.0:N0} MB total, {GC.GetTotalAllocatedBytes() / (double)options.Dashboards / 1024:N0} KB/dashboard"),
            ("collections", $"gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}, pauses {GC.GetTotalPauseDuration().TotalMilliseconds:N0} ms"),
            ("target time", $"≤ {TargetSeconds} s: {(seconds <= TargetSeconds ? "met" : "MISSED")}"),
            ("target memory", $"≤ {TargetPeakMegabytes} MB peak: {(peakMb <= TargetPeakMegabytes ? "met" : "MISSED")}"),
        };
        foreach (var (name, value) in report)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-18} {value}"));
    }

    /// <summary>Largest GC heap and committed memory seen; sampled by the workers every <see cref="SampleEvery"/> dashboards.</summary>
    private sealed class MemorySampler
    {
        private long _maxHeap, _maxCommitted;
        public long MaxHeap => Interlocked.Read(ref _maxHeap);
        public long MaxCommitted => Interlocked.Read(ref _maxCommitted);

        public void Sample()
        {
            var info = GC.GetGCMemoryInfo();
            Max(ref _maxHeap, info.HeapSizeBytes);
            Max(ref _maxCommitted, info.TotalCommittedBytes);
        }

        private static void Max(ref long field, long value)
        {
            var seen = Interlocked.Read(ref field);
            while (value > seen && Interlocked.CompareExchange(ref field, value, seen) != seen) seen = Interlocked.Read(ref field);
        }
    }

    /// <summary>Streams dashboards <c>index, index + stride, ...</c>: generate a batch, compile it, write it, drop it.</summary>
    private sealed class Worker(int index, int stride, ScaleOptions options, string folderPath, MemorySampler memory)
    {
        public Stopwatch Generate { get; } = new();
        public Stopwatch Compile { get; } = new();
        public Stopwatch Write { get; } = new();
        public long BytesWritten { get; private set; }
        public int Files { get; private set; }
        public string? Failure { get; private set; }

        public void Run()
        {
            var batch = new List<Dashboard>(options.Batch);
            var done = 0;
            for (var next = index; next < options.Dashboards && Failure is null; next += stride)
            {
                Generate.Start();
                batch.Add(SampleDashboards.Build(next, options.Panels));
                Generate.Stop();
                if (batch.Count == options.Batch || next + stride >= options.Dashboards)
                {
                    CompileAndWrite(batch);
                    done += batch.Count;
                    batch.Clear();
                    if (done % SampleEvery < options.Batch) memory.Sample();
                }
            }
        }

        private void CompileAndWrite(List<Dashboard> batch)
        {
            Compile.Start();
            // Uids are unique by construction (bench-{i}); the compiler checks them within a batch.
            var result = CatalogCompiler.Compile(Catalog.Create().AddFolder(SampleDashboards.Folder, [.. batch]));
            Compile.Stop();
            if (!result.Success)
            {
                Failure = $"dashboards {batch[0].Uid}..{batch[^1].Uid} do not compile:\n  " + string.Join("\n  ", result.Errors);
                return;
            }

            Write.Start();
            foreach (var compiled in result.Dashboards)
            {
                File.WriteAllBytes(Path.Combine(folderPath, compiled.Uid + ".json"), compiled.Json);
                BytesWritten += compiled.Json.Length;
                Files++;
            }
            Write.Stop();
        }
    }
}
