using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Dashboards.Provisioning;
using Double = Dashboards.GrafanaDouble.GrafanaDouble;

// Push N dashboards (default 500, in 20 folders) to the Grafana double: a first push into an empty double, then a
// no-change push of the same documents, both in this process, in every round (a fresh double per round). Warm-up
// rounds run first and are not counted (JIT, connection pool). Prints median and best of the rounds for both pushes,
// wall clock and process CPU (the double runs in-process, so CPU covers client and server), and the no-change/first
// ratio: the median of each round's own ratio (the two pushes of a round run back to back, so a load spike on this
// shared machine hits both), plus median/median and best/best. Exits 1 when the median round ratio misses --goal.
//   dotnet run -c Release --project benchmarks/Dashboards.Provisioning.Benchmarks -- [--dashboards 500] [--rounds 7] [--warmup 2] [--goal 1.0]
var count = Arg("--dashboards", 500);
var rounds = Arg("--rounds", 7);
var warmup = Arg("--warmup", 2);
var goal = Arg("--goal", 1.0);

var documents = Enumerable.Range(0, count).Select(Document).ToList();
var first = new List<Sample>();
var unchanged = new List<Sample>();
double firstRequests = 0, unchangedRequests = 0;
for (var round = -warmup; round < rounds; round++)
{
    await using var grafana = await Double.StartAsync();
    using var client = new GrafanaClient(new GrafanaSettings(grafana.Url) { Token = Double.EditorToken });
    var pusher = new DashboardPusher(client);

    var (report, firstSample) = await Measure(() => pusher.PushAsync(documents, new PushOptions()));
    Require(report.Count(PushStatus.Created) == count, "first push created everything");
    firstRequests = grafana.Requests.Count / (double)count;

    var before = grafana.Requests.Count;
    (report, var unchangedSample) = await Measure(() => pusher.PushAsync(documents, new PushOptions()));
    Require(report.Count(PushStatus.Unchanged) == count, "second push found everything unchanged");
    Require(grafana.Requests.Skip(before).All(r => r.Method == "GET"), "second push only read");
    unchangedRequests = (grafana.Requests.Count - before) / (double)count;

    if (round >= 0)
    {
        first.Add(firstSample);
        unchanged.Add(unchangedSample);
    }
}

var ratios = first.Zip(unchanged, (f, u) => u.WallMs / f.WallMs).ToList();
var cpuRatios = first.Zip(unchanged, (f, u) => u.CpuMs / f.CpuMs).ToList();
var ratio = Median(ratios);
var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"push {count} dashboards (20 folders, concurrency 4) to the Grafana double; {rounds} rounds after {warmup} warm-up, " +
    $"{Environment.ProcessorCount} cores, load {load} at the end\n" +
    $"                  wall median  wall best   cpu median  requests/dashboard\n" +
    $"  first push      {Median(first.Select(s => s.WallMs)),8:0} ms {first.Min(s => s.WallMs),8:0} ms {Median(first.Select(s => s.CpuMs)),8:0} ms   {firstRequests:0.00}\n" +
    $"  no-change push  {Median(unchanged.Select(s => s.WallMs)),8:0} ms {unchanged.Min(s => s.WallMs),8:0} ms {Median(unchanged.Select(s => s.CpuMs)),8:0} ms   {unchangedRequests:0.00}\n" +
    $"  ratio no-change/first: median of rounds {ratio:0.00} (rounds {string.Join(' ', ratios.Select(r => r.ToString("0.00", CultureInfo.InvariantCulture)))}), " +
    $"median/median {Median(unchanged.Select(s => s.WallMs)) / Median(first.Select(s => s.WallMs)):0.00}, " +
    $"best/best {unchanged.Min(s => s.WallMs) / first.Min(s => s.WallMs):0.00}, cpu {Median(cpuRatios):0.00}  (goal <= {goal:0.00})"));
return ratio <= goal ? 0 : 1;

static async Task<(PushReport Report, Sample Sample)> Measure(Func<Task<PushReport>> push)
{
    var process = Process.GetCurrentProcess();
    var cpu = process.TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var report = await push();
    var wall = clock.Elapsed.TotalMilliseconds;
    process.Refresh();
    return (report, new Sample(wall, (process.TotalProcessorTime - cpu).TotalMilliseconds));
}

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

static DashboardDocument Document(int i)
{
    var uid = $"bench-{i:D4}";
    var panels = new JsonArray();
    for (var p = 0; p < 12; p++)
    {
        panels.Add(new JsonObject
        {
            ["id"] = p + 1,
            ["type"] = "timeseries",
            ["title"] = $"Panel {p}",
            ["gridPos"] = new JsonObject { ["h"] = 8, ["w"] = 12, ["x"] = p % 2 * 12, ["y"] = p / 2 * 8 },
            ["targets"] = new JsonArray(new JsonObject { ["refId"] = "A", ["expr"] = $"sum by (job) (rate(http_requests_total{{panel=\"{p}\"}}[5m]))" }),
            ["fieldConfig"] = new JsonObject { ["defaults"] = new JsonObject { ["unit"] = "reqps" }, ["overrides"] = new JsonArray() },
        });
    }
    var folder = new FolderRef($"folder-{i % 20:D2}", $"Folder {i % 20}");
    return new DashboardDocument(uid, $"Dashboard {i}", folder, new JsonObject
    {
        ["uid"] = uid,
        ["title"] = $"Dashboard {i}",
        ["schemaVersion"] = 41,
        ["tags"] = new JsonArray("bench"),
        ["panels"] = panels,
    });
}

T Arg<T>(string name, T fallback) where T : IParsable<T>
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? T.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}

static void Require(bool condition, string what)
{
    if (!condition) throw new InvalidOperationException("benchmark precondition failed: " + what);
}

internal readonly record struct Sample(double WallMs, double CpuMs);
