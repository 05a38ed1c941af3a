using System.Diagnostics;

using Dashboards.Review.DataCheck.Prometheus;

namespace Dashboards.Testing.SyntheticData;

/// <summary>
/// A real Prometheus serving generated data: metrics are written as OpenMetrics, turned into blocks with promtool, the
/// server starts on them; recording rules are then backfilled stage by stage (<c>promtool tsdb create-blocks-from rules</c>
/// against the running server) and the server restarts on the new blocks, so recorded series exist over the same window.
/// </summary>
/// <remarks>
/// The data ends at <see cref="DataWindow.End"/> (the time of generation) and callers query at that instant instead of
/// the wall clock: Prometheus only looks back 5 minutes for instant queries, and a test run on a slow machine must not
/// drift out of that window. Querying at the last sample time is what Grafana's "now" means for live data.
/// </remarks>
public sealed class SyntheticPrometheus : IAsyncDisposable
{
    private SyntheticPrometheus(PrometheusServer server, DataWindow window, GenerationSummary generated)
    {
        Server = server;
        Window = window;
        Generated = generated;
        Client = new PrometheusQueryClient(server.BaseAddress);
    }

    public PrometheusServer Server { get; }

    public PrometheusQueryClient Client { get; private set; }

    /// <summary>The time span covered by the data; query instants at <c>Window.End</c>.</summary>
    public DataWindow Window { get; }

    public GenerationSummary Generated { get; }

    /// <summary>How many recording rule stages were backfilled.</summary>
    public int BackfilledRuleStages { get; private set; }

    /// <summary>Wall time of each set-up phase, for reports.</summary>
    public IReadOnlyDictionary<string, TimeSpan> Timings => _timings;

    private readonly Dictionary<string, TimeSpan> _timings = new(StringComparer.Ordinal);

    /// <summary>
    /// Generates data for <paramref name="metrics"/>, starts the server, and backfills <paramref name="recordingRuleStages"/>:
    /// each stage is the text of a Prometheus rule file whose recording rules only read raw metrics or earlier stages.
    /// </summary>
    public static async Task<SyntheticPrometheus> StartAsync(
        IEnumerable<SyntheticMetric> metrics,
        DataWindow window,
        IReadOnlyList<string>? recordingRuleStages = null,
        SyntheticDataGenerator? generator = null,
        CancellationToken cancellationToken = default)
    {
        var server = PrometheusServer.Create();
        try
        {
            var clock = Stopwatch.StartNew();
            generator ??= new SyntheticDataGenerator();
            var summaries = new List<GenerationSummary>();
            // Small groups, each generated and turned into blocks in one go: the cores stay busy with a mix of both,
            // and only a few groups' OpenMetrics files are on disk at any time.
            var groups = generator.Split(metrics, 4 * Environment.ProcessorCount);
            await Parallel.ForEachAsync(groups.Select((group, index) => (group, index)),
                new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
                async (item, token) =>
                {
                    var scratch = Directory.CreateDirectory(Path.Combine(server.WorkDirectory, "openmetrics-" + item.index)).FullName;
                    var (summary, files) = generator.WriteBlockFiles(item.group, window, scratch);
                    lock (summaries) summaries.Add(summary);
                    foreach (var file in files) await TsdbBlocks.CreateFromOpenMetricsAsync(file, server.DataDirectory, token);
                    Directory.Delete(scratch, recursive: true);
                });
            var generated = new GenerationSummary(summaries.Sum(s => s.Metrics), summaries.Sum(s => s.Series), summaries.Sum(s => s.Samples));
            var loadTime = clock.Elapsed;

            clock.Restart();
            await server.StartAsync(cancellationToken);
            var result = new SyntheticPrometheus(server, window, generated);
            result._timings["generate OpenMetrics and promtool create-blocks"] = loadTime;
            result._timings["start prometheus"] = clock.Elapsed;

            clock.Restart();
            await result.BackfillAsync(recordingRuleStages ?? [], cancellationToken);
            if (result.BackfilledRuleStages > 0) result._timings["backfill recording rules"] = clock.Elapsed;
            return result;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }

    private async Task BackfillAsync(IReadOnlyList<string> stages, CancellationToken cancellationToken)
    {
        for (var stage = 0; stage < stages.Count; stage++)
        {
            var ruleFile = Path.Combine(Server.WorkDirectory, $"rules-stage-{stage}.yml");
            var output = Path.Combine(Server.WorkDirectory, $"backfill-{stage}");
            await File.WriteAllTextAsync(ruleFile, stages[stage], cancellationToken);
            await TsdbBlocks.CreateFromRulesAsync(ruleFile, Server.BaseAddress, Window.Start, Window.End, TimeSpan.FromSeconds(30), output, cancellationToken);
            await Server.StopAsync();
            TsdbBlocks.MoveBlocks(output, Server.DataDirectory);
            await Server.StartAsync(cancellationToken);
            Client.Dispose();
            Client = new PrometheusQueryClient(Server.BaseAddress);
            BackfilledRuleStages++;
        }
    }
}
