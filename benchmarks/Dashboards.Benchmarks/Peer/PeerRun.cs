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

    /// <summary>The target: at least this many times faster than the peer at build and serialize.</summary>
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
        // Schema validation against build+serialize, ours, in the same process: the compiled schema's fast path on valid JSON.
        Console.WriteLine();
        Console.WriteLine("| Panels | Build+serialize (CPU) | Schema validation (CPU) | of which JsonDocument.Parse | Validation : build+serialize | Validation alloc/panel | Target ≤ 1 |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---|");
        foreach (var panels in sizes)
        {
            var json = DashboardJson.Serialize(SampleDashboards.Build(0, panels));
            if (!SchemaValidator.FastPath.Accepts(json)) throw new InvalidOperationException("the sample dashboard does not take the schema fast path");
            var build = new List<Sample>();
            var validate = new List<Sample>();
            var parse = new List<Sample>();
            for (var round = 0; round < 3; round++)
            {
                build.Add(Measure(panels, ms / 2));
                validate.Add(Time(() => SchemaValidator.Validate("bench", json).Count, ms / 2));
                parse.Add(Time(() => { using var d = JsonDocument.Parse(json); return d.RootElement.GetArrayLengthOrZero(); }, ms / 2));
            }
            var ratio = Median(validate.Select(v => v.CpuNs)) / Median(build.Select(b => b.CpuNs));
            met &= ratio <= 1;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {panels} | {Median(build.Select(b => b.CpuNs)) / 1000:F1} µs | {Median(validate.Select(v => v.CpuNs)) / 1000:F1} µs | {Median(parse.Select(v => v.CpuNs)) / 1000:F1} µs | **{ratio:F2}** | {Median(validate.Select(v => v.AllocatedBytes)) / panels:N0} B | {(ratio <= 1 ? "met" : "MISSED")} |"));
        }

        Console.WriteLine($"node {results.Values.First()[0].Peer.NodeVersion}, .NET {Environment.Version}, {Environment.ProcessorCount} cores, load average {LoadAverage()}; the target is judged on the CPU-time ratio.");
        return met ? 0 : 1;
    }

    /// <summary>One timing: nanoseconds per build+serialize (wall, process CPU) and bytes allocated per operation (ours).</summary>
    private sealed record Sample(double WallNs, double CpuNs, double AllocatedBytes, string NodeVersion = "");

    private static Sample Measure(int panels, int ms) =>
        Time(() => { var n = 0; for (var k = 0; k < 16; k++) n += DashboardJson.Serialize(SampleDashboards.Build(k, panels)).Length; return n; }, ms, 16);

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
