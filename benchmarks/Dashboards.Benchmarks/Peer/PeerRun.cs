using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Dashboards.Benchmarks.Reporting;
using Dashboards.Benchmarks.Workloads;
using Dashboards.Model.Json;
using Dashboards.Model.Schema;

namespace Dashboards.Benchmarks.Peer;

/// <summary>
/// <c>Dashboards.Benchmarks peer</c>: build and serialize the sample dashboard here and in Grafana's foundation SDK under
/// node (benchmarks/peer), side by side in one run. Rounds interleave the two (peer first on odd rounds, ours first on even),
/// and each figure is the median over rounds, as wall time and as process CPU time (a loaded machine inflates wall time).
/// Before timing, both outputs are compared (<see cref="PeerEquivalence"/>) so the two really build the same dashboard.
/// </summary>
public static class PeerRun
{
    public const string Usage =
        "usage: Dashboards.Benchmarks peer [--rounds 5] [--ms 1500] [--panels 10,50] [--peer DIR]\n" +
        "  DIR is benchmarks/peer (found from the current directory when omitted); run `npm ci` there first";

    /// <summary>The issue's target: at least this many times faster than the peer at build and serialize.</summary>
    public const double TargetRatio = 3.0;

    public static int Run(IReadOnlyList<string> args)
    {
        int rounds = 5, ms = 1500;
        int[] sizes = [10, 50];
        string? peerDir = null;
        try
        {
            for (var i = 0; i < args.Count; i++)
            {
                var name = args[i];
                if (i + 1 >= args.Count) throw new ArgumentException($"option '{name}' needs a value");
                var value = args[++i];
                switch (name)
                {
                    case "--rounds": rounds = Positive(name, value); break;
                    case "--ms": ms = Positive(name, value); break;
                    case "--panels": sizes = [.. value.Split(',').Select(v => Positive(name, v))]; break;
                    case "--peer": peerDir = value; break;
                    default: throw new ArgumentException($"unknown option '{name}'");
                }
            }
            peerDir ??= FindPeerDirectory();
            if (!File.Exists(Path.Combine(peerDir, "node_modules", "@grafana", "grafana-foundation-sdk", "package.json")))
                throw new ArgumentException($"the peer's packages are not installed: run `npm ci` in {peerDir} (or `dotnet cake --target=BenchPeer`)");
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine("error: " + e.Message);
            Console.Error.WriteLine(Usage);
            return 2;
        }

        foreach (var panels in sizes)
        {
            var ours = DashboardJson.Serialize(SampleDashboards.Build(0, panels));
            var theirs = Node(peerDir, "dump", "--panels", panels.ToString(CultureInfo.InvariantCulture));
            var differences = PeerEquivalence.Compare(ours, System.Text.Encoding.UTF8.GetBytes(theirs));
            if (differences.Count > 0)
            {
                Console.Error.WriteLine($"error: the peer's {panels}-panel dashboard is not equivalent to ours:");
                foreach (var d in differences.Take(20)) Console.Error.WriteLine("  " + d);
                return 1;
            }
            Console.WriteLine($"equivalent   {panels}-panel dashboards: same panels (types, titles, ids), same queries, every key we emit is in the peer's output ({ours.Length:N0} B ours, {theirs.Length:N0} B peer)");
        }

        // Warm our side once (tiered JIT reaches its final code); the peer warms up inside each of its processes.
        foreach (var panels in sizes) Measure(panels, ms * 2);

        var results = sizes.ToDictionary(s => s, _ => new List<(Sample Ours, Sample Peer)>());
        for (var round = 1; round <= rounds; round++)
        {
            foreach (var panels in sizes)
            {
                Sample ours, peer;
                if (round % 2 == 1) { peer = MeasurePeer(peerDir, panels, ms); ours = Measure(panels, ms); }
                else { ours = Measure(panels, ms); peer = MeasurePeer(peerDir, panels, ms); }
                results[panels].Add((ours, peer));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"round {round}  {panels,3} panels  ours {ours.WallNs / 1000,9:F1} µs wall {ours.CpuNs / 1000,9:F1} µs CPU   peer {peer.WallNs / 1000,9:F1} µs wall {peer.CpuNs / 1000,9:F1} µs CPU   ratio {peer.WallNs / ours.WallNs:F2}× wall {peer.CpuNs / ours.CpuNs:F2}× CPU"));
            }
        }

        Console.WriteLine();
        Console.WriteLine("| Panels | Ours (median, wall / CPU) | Peer: foundation SDK, node (wall / CPU) | Ratio wall | Ratio CPU | Ours alloc/panel | Target ≥ 3× |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---|");
        var met = true;
        foreach (var panels in sizes)
        {
            var rows = results[panels];
            var ratioWall = Median(rows.Select(r => r.Peer.WallNs / r.Ours.WallNs));
            var ratioCpu = Median(rows.Select(r => r.Peer.CpuNs / r.Ours.CpuNs));
            var ok = ratioCpu >= TargetRatio;
            met &= ok;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {panels} | {Median(rows.Select(r => r.Ours.WallNs)) / 1000:F1} / {Median(rows.Select(r => r.Ours.CpuNs)) / 1000:F1} µs | {Median(rows.Select(r => r.Peer.WallNs)) / 1000:F1} / {Median(rows.Select(r => r.Peer.CpuNs)) / 1000:F1} µs | {ratioWall:F2}× | **{ratioCpu:F2}×** | {Median(rows.Select(r => r.Ours.AllocatedBytes)) / panels:N0} B | {(ok ? "met" : "MISSED")} |"));
        }
        // Schema validation against build+serialize, ours, in the same process. The compiler checks the schema while the
        // JSON is written (SchemaCursor), so validation costs the difference between building and serializing with the
        // check and without it.
        Console.WriteLine();
        Console.WriteLine("| Panels | Build+serialize (CPU) | Build+serialize+validate (CPU) | Validation (difference) | Validation : build+serialize | Validation alloc/panel | Target ≤ 1 |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---|");
        foreach (var panels in sizes)
        {
            var probe = SchemaValidator.StartCursor();
            var sample = SampleDashboards.Build(0, panels);
            DashboardJson.Serialize(sample, Dashboards.Model.LayoutEngine.Arrange(sample), probe);
            if (!probe.Accepted) throw new InvalidOperationException("the sample dashboard is not accepted by the streaming schema check");
            var build = new List<Sample>();
            var validated = new List<Sample>();
            for (var round = 0; round < 5; round++)
            {
                build.Add(Measure(panels, ms / 2));
                validated.Add(Measure(panels, ms / 2, validate: true));
            }
            var b = Median(build.Select(x => x.CpuNs));
            var v = Median(validated.Select(x => x.CpuNs));
            // Ratio per round (adjacent measurements), then the median: steadier than a difference of medians on a loaded machine.
            var ratio = Median(build.Zip(validated, (x, y) => (y.CpuNs - x.CpuNs) / x.CpuNs));
            var alloc = Median(validated.Select(x => x.AllocatedBytes)) - Median(build.Select(x => x.AllocatedBytes));
            met &= ratio <= 1;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {panels} | {b / 1000:F1} µs | {v / 1000:F1} µs | {(v - b) / 1000:F1} µs | **{ratio:F2}** | {alloc / panels:N0} B | {(ratio <= 1 ? "met" : "MISSED")} |"));
        }

        Console.WriteLine($"node {results.Values.First()[0].Peer.NodeVersion}, .NET {Environment.Version}, {Environment.ProcessorCount} cores, load average {LoadAverage()}; the target is judged on the CPU-time ratio.");
        return met ? 0 : 1;
    }

    /// <summary>
    /// <c>loop PANELS SECONDS [validate]</c>: build and serialize (and validate) the sample for a while, for a profiler
    /// (<c>perf record -p</c>); prints the mean CPU time per operation.
    /// </summary>
    public static int Loop(IReadOnlyList<string> args)
    {
        var panels = args.Count > 0 ? Positive("panels", args[0]) : 50;
        var seconds = args.Count > 1 ? Positive("seconds", args[1]) : 10;
        if (args.Count > 2 && args[2] == "suites")
        {
            // Which of the five suites' dashboards the streaming schema check accepts (the rest pay for the full validators).
            foreach (var (_, dashboard) in SuiteCatalog.Catalog.AllDashboards())
            {
                var cursor = SchemaValidator.StartCursor();
                DashboardJson.Serialize(dashboard, Dashboards.Model.LayoutEngine.Arrange(dashboard), cursor);
                Console.WriteLine($"{(cursor.Accepted ? "accepted" : "REJECTED")}  {dashboard.Uid}");
            }
            return 0;
        }
        if (args.Count > 2 && args[2] == "fixed")
        {
            // A fixed number of operations after the warm-up, for `perf stat` (instructions and cycles per operation).
            Measure(panels, 2000);
            var count = seconds * 10_000;
            var sink = 0L;
            for (var i = 0; i < count; i++) sink += DashboardJson.Serialize(SampleDashboards.Build(i & 15, panels)).Length;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} operations ({sink} bytes)"));
            return 0;
        }
        if (args.Count > 2 && args[2] == "split")
        {
            var d = SampleDashboards.Build(7, panels);
            Time(() => SampleDashboards.Build(7, panels).PanelCount + DashboardJson.Serialize(d).Length, 2000); // warm-up: tiered JIT reaches its final code
            // Alternating short rounds; the minimum is the least disturbed by other processes on a shared machine.
            var builds = new List<Sample>();
            var serializes = new List<Sample>();
            for (var round = 0; round < Math.Max(3, seconds * 4); round++)
            {
                builds.Add(Time(() => SampleDashboards.Build(7, panels).PanelCount, 125));
                serializes.Add(Time(() => DashboardJson.Serialize(d).Length, 125));
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"build {builds.Min(b => b.CpuNs) / 1000:F2} µs (median {Median(builds.Select(b => b.CpuNs)) / 1000:F2}) {builds[0].AllocatedBytes:N0} B; " +
                $"serialize {serializes.Min(b => b.CpuNs) / 1000:F2} µs (median {Median(serializes.Select(b => b.CpuNs)) / 1000:F2}) {serializes[0].AllocatedBytes:N0} B"));
            return 0;
        }
        var validate = args.Count > 2 && args[2] == "validate";
        Measure(panels, 2000, validate); // warm-up: tiered JIT reaches its final code
        var gcs = GC.CollectionCount(0);
        var paused = GC.GetTotalPauseDuration();
        var cpu = ProcessCpuClock.Instance.GetTimestamp();
        var sample = Measure(panels, seconds * 1000, validate);
        var share = (GC.GetTotalPauseDuration() - paused).TotalSeconds / ((ProcessCpuClock.Instance.GetTimestamp() - cpu) / 1e9);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{sample.CpuNs / 1000:F1} µs CPU, {sample.AllocatedBytes:N0} B per operation; {GC.CollectionCount(0) - gcs} gen0 GCs, paused {share:P1} of the CPU time"));
        return 0;
    }

    /// <summary>One timing: nanoseconds per build+serialize (wall, process CPU) and bytes allocated per operation (ours).</summary>
    private sealed record Sample(double WallNs, double CpuNs, double AllocatedBytes, string NodeVersion = "");

    private static Sample Measure(int panels, int ms, bool validate = false) => validate
        ? Time(() =>
        {
            var n = 0;
            for (var k = 0; k < 16; k++)
            {
                var dashboard = SampleDashboards.Build(k, panels);
                var cursor = SchemaValidator.StartCursor();
                n += DashboardJson.Serialize(dashboard, Dashboards.Model.LayoutEngine.Arrange(dashboard), cursor).Length;
                if (!cursor.Accepted) throw new InvalidOperationException("a sample dashboard was not accepted");
            }
            return n;
        }, ms, 16)
        : Time(() => { var n = 0; for (var k = 0; k < 16; k++) n += DashboardJson.Serialize(SampleDashboards.Build(k, panels)).Length; return n; }, ms, 16);

    /// <summary>Runs <paramref name="batch"/> (which does <paramref name="perBatch"/> operations) for at least <paramref name="ms"/>.</summary>
    private static Sample Time(Func<int> batch, int ms, int perBatch = 1)
    {
        long ops = 0, sink = 0;
        var budget = Stopwatch.Frequency * ms / 1000;
        var cpu0 = ProcessCpuClock.Instance.GetTimestamp();
        var alloc0 = GC.GetAllocatedBytesForCurrentThread();
        var t0 = Stopwatch.GetTimestamp();
        long elapsed = 0;
        while (elapsed < budget)
        {
            sink += batch();
            ops += perBatch;
            elapsed = Stopwatch.GetTimestamp() - t0;
        }
        var alloc = GC.GetAllocatedBytesForCurrentThread() - alloc0;
        var cpu = ProcessCpuClock.Instance.GetTimestamp() - cpu0;
        GC.KeepAlive(sink);
        return new Sample(elapsed * 1e9 / Stopwatch.Frequency / ops, (double)cpu / ops, (double)alloc / ops);
    }

    private static Sample MeasurePeer(string peerDir, int panels, int ms)
    {
        var ms_ = ms.ToString(CultureInfo.InvariantCulture);
        var line = Node(peerDir, "time", "--panels", panels.ToString(CultureInfo.InvariantCulture), "--warmup-ms", ms_, "--ms", ms_);
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        return new Sample(root.GetProperty("wallNsPerOp").GetDouble(), root.GetProperty("cpuNsPerOp").GetDouble(), 0,
            root.GetProperty("node").GetString() ?? "");
    }

    private static string Node(string peerDir, params string[] args)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = peerDir, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("bench.js");
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"node bench.js {string.Join(' ', args)} failed ({process.ExitCode}): {stderr.Result}");
        return stdout;
    }

    private static string FindPeerDirectory()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "benchmarks", "peer");
            if (File.Exists(Path.Combine(candidate, "bench.js"))) return candidate;
        }
        throw new ArgumentException("benchmarks/peer not found above the current directory: pass --peer DIR");
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static int Positive(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ArgumentException($"option '{name}' needs a positive whole number, not '{value}'");

    private static int GetArrayLengthOrZero(this JsonElement e) => e.ValueKind == JsonValueKind.Array ? e.GetArrayLength() : 1;
}
