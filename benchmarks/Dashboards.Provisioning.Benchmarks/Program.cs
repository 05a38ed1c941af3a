using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Dashboards.Provisioning;
using Double = Dashboards.GrafanaDouble.GrafanaDouble;

// Push N dashboards (default 500, in 20 folders) to the Grafana double: a first push, then no-change pushes.
// The no-change push must not be slower than the first (no diffs for unchanged dashboards, folders looked up
// concurrently). Prints times (best of --rounds) and requests per dashboard; exits 1 when the goal is missed.
//   dotnet run -c Release --project benchmarks/Dashboards.Provisioning.Benchmarks -- [--dashboards 500] [--rounds 3]
var count = Arg("--dashboards", 500);
var rounds = Arg("--rounds", 3);

var first = new List<double>();
var unchanged = new List<double>();
double firstRequests = 0, unchangedRequests = 0;
for (var round = 0; round < rounds; round++)
{
    await using var grafana = await Double.StartAsync();
    using var client = new GrafanaClient(new GrafanaSettings(grafana.Url) { Token = Double.EditorToken });
    var pusher = new DashboardPusher(client);
    var documents = Enumerable.Range(0, count).Select(Document).ToList();

    var clock = Stopwatch.StartNew();
    var report = await pusher.PushAsync(documents, new PushOptions());
    first.Add(clock.Elapsed.TotalMilliseconds);
    Require(report.Count(PushStatus.Created) == count, "first push created everything");
    firstRequests = grafana.Requests.Count / (double)count;

    var before = grafana.Requests.Count;
    clock.Restart();
    report = await pusher.PushAsync(documents, new PushOptions());
    unchanged.Add(clock.Elapsed.TotalMilliseconds);
    Require(report.Count(PushStatus.Unchanged) == count, "second push found everything unchanged");
    unchangedRequests = (grafana.Requests.Count - before) / (double)count;
}

var bestFirst = first.Min();
var bestUnchanged = unchanged.Min();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"push {count} dashboards (20 folders, concurrency 4), best of {rounds}:\n" +
    $"  first push      {bestFirst,8:0} ms  {firstRequests:0.00} requests/dashboard\n" +
    $"  no-change push  {bestUnchanged,8:0} ms  {unchangedRequests:0.00} requests/dashboard\n" +
    $"  ratio no-change/first = {bestUnchanged / bestFirst:0.00} (goal <= 1.00)"));
return bestUnchanged <= bestFirst ? 0 : 1;

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

int Arg(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}

static void Require(bool condition, string what)
{
    if (!condition) throw new InvalidOperationException("benchmark precondition failed: " + what);
}
