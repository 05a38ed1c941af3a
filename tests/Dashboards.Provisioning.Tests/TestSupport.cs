using System.Text.Json.Nodes;
using Dashboards.GrafanaDouble;

namespace Dashboards.Provisioning.Tests;

/// <summary>Settings and documents shared by the tests. Retry delays are tiny so fault tests run fast.</summary>
internal static class TestSupport
{
    public static GrafanaSettings Settings(GrafanaDouble.GrafanaDouble grafana, string token = GrafanaDouble.GrafanaDouble.EditorToken) =>
        new(grafana.Url)
        {
            Token = token,
            AttemptTimeout = TimeSpan.FromSeconds(10),
            Retry = new GrafanaRetryOptions { MaxRetries = 3, BaseDelay = TimeSpan.FromMilliseconds(5), MaxDelay = TimeSpan.FromMilliseconds(50) },
        };

    public static GrafanaClient Client(GrafanaDouble.GrafanaDouble grafana, List<string>? log = null, string token = GrafanaDouble.GrafanaDouble.EditorToken) =>
        new(Settings(grafana, token), log: log is null ? null : line => { lock (log) log.Add(line); });

    public static FolderRef Bots { get; } = new("bots", "Bots");

    public static DashboardDocument Doc(string uid, string title, FolderRef? folder = null, string query = "up", int refreshSeconds = 30) =>
        new(uid, title, folder ?? Bots, new JsonObject
        {
            ["uid"] = uid,
            ["title"] = title,
            ["schemaVersion"] = 41,
            ["refresh"] = $"{refreshSeconds}s",
            ["tags"] = new JsonArray("team-bots"),
            ["panels"] = new JsonArray(new JsonObject
            {
                ["id"] = 1,
                ["type"] = "timeseries",
                ["title"] = "Requests",
                ["gridPos"] = new JsonObject { ["h"] = 8, ["w"] = 12, ["x"] = 0, ["y"] = 0 },
                ["targets"] = new JsonArray(new JsonObject { ["refId"] = "A", ["expr"] = query }),
            }),
        });
}
