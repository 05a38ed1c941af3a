using System.Text.Json.Nodes;
using Dashboards.GrafanaDouble;
using Double = Dashboards.GrafanaDouble.GrafanaDouble;

namespace Dashboards.Provisioning.Tests;

/// <summary>
/// Seeded, bounded chaos: push, plan and prune against a double that injects random faults (5xx, 429, dropped
/// connections, responses lost after acting, bodies aborted or stalled mid-way) at a fixed rate. After every run the
/// report must equal the double's state, nothing is duplicated, and nothing a person edited is overwritten or deleted;
/// once the faults stop, one run converges and the run after it writes nothing.
/// </summary>
public sealed class ChaosTests(Xunit.Abstractions.ITestOutputHelper output)
{
    /// <summary>Seeds, and whether the double answers a version conflict with the newer 409 instead of 412.</summary>
    public static TheoryData<int, bool> Seeds => new()
    {
        { 11, false }, { 23, false }, { 37, false }, { 41, false }, { 53, false }, { 67, false }, { 79, false }, { 97, false },
        { 101, true }, { 131, true },
    };

    private const double FaultRate = 0.25;

    private static readonly FolderRef Ops = new("ops", "Ops");
    private static readonly FolderRef OpsDb = new("ops-db", "Databases", "ops");

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Push_plan_and_prune_stay_true_to_the_server_under_random_faults(int seed, bool conflictAs409)
    {
        await using var grafana = await Double.StartAsync(new GrafanaDoubleOptions { ConflictAs409 = conflictAs409 });
        var settings = TestSupport.Settings(grafana) with
        {
            AttemptTimeout = TimeSpan.FromMilliseconds(400),
            MaxConcurrency = 2,
            Retry = new GrafanaRetryOptions { MaxRetries = 2, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5), MaxRetryAfter = TimeSpan.FromMilliseconds(5) },
        };
        var chaotic = new GrafanaClient(settings);
        using var disposeChaotic = chaotic;
        var client = chaotic;
        var random = new Random(seed);
        var folders = new[] { TestSupport.Bots, Ops, OpsDb, FolderRef.General };
        var code = Enumerable.Range(0, 8).Select(i => TestSupport.Doc($"d{i}", $"Dash {i}", folders[i % folders.Length])).ToList();
        var edited = new Dictionary<string, string>(StringComparer.Ordinal);

        grafana.Faults.Chaos(seed, FaultRate, stall: TimeSpan.FromSeconds(2));
        for (var round = 0; round < 3; round++)
        {
            // Push under chaos.
            var before = Versions(grafana);
            var foldersBefore = Folders(grafana);
            var push = await new DashboardPusher(client).PushAsync(code, new PushOptions());
            AssertPushIsTrue(grafana, push, code, before, foldersBefore, edited, seed, round);

            // A person edits one dashboard that exists in Grafana.
            var candidates = grafana.Store.DashboardUids().Where(u => !edited.ContainsKey(u)).ToList();
            if (candidates.Count > 0)
            {
                var uid = candidates[random.Next(candidates.Count)];
                var note = $"edited by a person in round {round}";
                grafana.Store.EditInUi(uid, d => d["description"] = note);
                edited[uid] = note;
            }

            // Plan under chaos: every readable dashboard is classified as Grafana holds it.
            var plan = await new DashboardPlanner(client).TryPlanAsync(code);
            foreach (var outcome in plan.Where(o => o.Plan is not null))
            {
                Assert.Equal(grafana.Store.GetVersion(outcome.Document.Uid) is null, outcome.Plan!.Action == PlanAction.Create);
                if (edited.ContainsKey(outcome.Document.Uid))
                {
                    Assert.Equal(PlanAction.Conflict, outcome.Plan.Action);
                }
            }

            // The code changes: one dashboard leaves the code, the others change content.
            code = code.Skip(1).Select(d => TestSupport.Doc(d.Uid, d.Title, d.Folder, query: $"up{round}")).ToList();

            // Prune under chaos.
            var present = grafana.Store.DashboardUids().ToHashSet();
            var prune = await new DashboardPruner(client).PruneAsync(code.Select(d => d.Uid), new PruneOptions { Confirm = true });
            AssertPruneIsTrue(grafana, prune, present, code, edited, seed, round);
        }

        // The faults stop: one push converges, the next writes nothing; prune converges too. A patient client, so a
        // busy machine cannot fake a fault.
        grafana.Faults.Clear();
        using var calm = new GrafanaClient(settings with { AttemptTimeout = TimeSpan.FromSeconds(10) });
        client = calm;
        var converged = await new DashboardPusher(client).PushAsync(code, new PushOptions());
        AssertPushIsTrue(grafana, converged, code, Versions(grafana), Folders(grafana), edited, seed, 99);
        Assert.All(converged.Dashboards, d => Assert.True(d.Status is not (PushStatus.Failed or PushStatus.Unknown), $"seed {seed}: {d}"));
        Assert.All(converged.Dashboards, d => Assert.Equal(edited.ContainsKey(d.Uid) ? PushStatus.Skipped : d.Status, d.Status));
        var saves = grafana.Count("POST", "/api/dashboards/db");
        var folderWrites = grafana.Count("POST", "/api/folders") + grafana.Count("PUT", "/api/folders/ops");
        var quiet = await new DashboardPusher(client).PushAsync(code, new PushOptions());
        Assert.Equal(saves, grafana.Count("POST", "/api/dashboards/db"));
        Assert.Equal(folderWrites, grafana.Count("POST", "/api/folders") + grafana.Count("PUT", "/api/folders/ops"));
        Assert.All(quiet.Dashboards, d => Assert.Equal(edited.ContainsKey(d.Uid) ? PushStatus.Skipped : PushStatus.Unchanged, d.Status));
        var pruned = await new DashboardPruner(client).PruneAsync(code.Select(d => d.Uid), new PruneOptions { Confirm = true });
        Assert.All(pruned.Dashboards, d => Assert.True(d.Status is PruneStatus.Deleted or PruneStatus.Kept, $"seed {seed}: {d}"));

        // Nothing duplicated: one folder per uid in code, titles unique per parent; every edit survived.
        var stored = grafana.Store.Folders();
        Assert.Equal(stored.Count, stored.DistinctBy(f => (f.ParentUid, f.Title)).Count());
        Assert.Subset(new HashSet<string> { "bots", "ops", "ops-db" }, stored.Select(f => f.Uid).ToHashSet());
        foreach (var (uid, note) in edited)
        {
            Assert.Equal(note, grafana.Store.GetDashboard(uid)?["description"]?.GetValue<string>());
        }
        Assert.True(grafana.Faults.ChaosInjected > 0, $"seed {seed} injected no fault");
        output.WriteLine($"seed {seed}: {grafana.Faults.ChaosInjected} faults injected over {grafana.Requests.Count} requests");
    }

    private static Dictionary<string, int> Versions(Double grafana) =>
        grafana.Store.Snapshot().ToDictionary(s => s.Uid, s => s.Version, StringComparer.Ordinal);

    private static Dictionary<string, string> Folders(Double grafana) =>
        grafana.Store.Folders().ToDictionary(f => f.Uid, f => f.Title, StringComparer.Ordinal);

    private static void AssertPushIsTrue(
        Double grafana, PushReport report, IReadOnlyList<DashboardDocument> code, Dictionary<string, int> before,
        Dictionary<string, string> foldersBefore, Dictionary<string, string> edited, int seed, int round)
    {
        foreach (var result in report.Dashboards)
        {
            var where = $"seed {seed} round {round}: {result.Uid} {result.Status}: {result.Detail}";
            var doc = code.Single(d => d.Uid == result.Uid);
            var ours = DashboardNormalizer.Prepare(doc).ContentHash;
            var live = grafana.Store.GetDashboard(result.Uid);
            var liveIsOurs = live is not null && ManagedMarker.RecordedHash(live) == ours
                             && DashboardNormalizer.ContentHash(live) == ours
                             && (grafana.Store.GetFolderUidOf(result.Uid) ?? FolderRef.GeneralUid) == result.FolderUid;
            switch (result.Status)
            {
                case PushStatus.Created or PushStatus.Updated or PushStatus.Unchanged:
                    Assert.True(liveIsOurs, where);
                    Assert.Equal(grafana.Store.GetVersion(result.Uid), result.Version);
                    break;
                case PushStatus.Failed:
                    Assert.True(before.GetValueOrDefault(result.Uid) == (grafana.Store.GetVersion(result.Uid) ?? 0), where);
                    break;
                case PushStatus.Skipped:
                    Assert.False(liveIsOurs, where);
                    break;
            }
            if (edited.TryGetValue(result.Uid, out var note))
            {
                Assert.Equal(note, live?["description"]?.GetValue<string>());
            }
        }
        foreach (var folder in report.Folders.Where(f => f.Status is FolderStatus.Created or FolderStatus.Existing or FolderStatus.Renamed))
        {
            Assert.Contains(grafana.Store.Folders(), f => f.Uid == folder.Folder.Uid && f.Title == folder.Folder.Title);
        }
        foreach (var folder in report.Folders.Where(f => f.Status == FolderStatus.Failed))
        {
            // Failed means nothing changed: absent stays absent, an existing folder keeps its title.
            Assert.True(foldersBefore.GetValueOrDefault(folder.Folder.Uid) == Folders(grafana).GetValueOrDefault(folder.Folder.Uid), $"seed {seed} round {round}: {folder}");
        }
    }

    private static void AssertPruneIsTrue(
        Double grafana, PruneReport report, HashSet<string> present, IReadOnlyList<DashboardDocument> code,
        Dictionary<string, string> edited, int seed, int round)
    {
        var now = grafana.Store.DashboardUids().ToHashSet();
        foreach (var result in report.Dashboards)
        {
            var where = $"seed {seed} round {round}: prune {result.Uid} {result.Status}: {result.Detail}";
            switch (result.Status)
            {
                case PruneStatus.Deleted:
                    Assert.DoesNotContain(result.Uid, now);
                    break;
                case PruneStatus.Kept when result.Detail != "already gone":
                case PruneStatus.Failed or PruneStatus.WouldDelete:
                    Assert.True(now.Contains(result.Uid), where);
                    break;
            }
        }
        // Nothing in code and nothing a person edited was deleted.
        Assert.All(code.Where(d => present.Contains(d.Uid)), d => Assert.Contains(d.Uid, now));
        Assert.All(edited.Keys, uid => Assert.True(now.Contains(uid), $"seed {seed} round {round}: edited {uid} was deleted"));
    }
}
