using System.Text.Json.Nodes;
using Dashboards.Review.DataCheck.Checks;
using Dashboards.Review.DataCheck.Grafana;
using Dashboards.Review.DataCheck.Prometheus;

namespace Dashboards.Review.Preview;

/// <summary>One series of a panel's small chart.</summary>
public sealed record PanelSeries(string Name, IReadOnlyList<SamplePoint> Points);

/// <summary>The real series of one panel, or why there are none.</summary>
public sealed record PanelData(IReadOnlyList<PanelSeries> Series, string? Error)
{
    public bool IsEmpty => Series.Count == 0;
}

/// <summary>
/// Fetches what each panel would draw from a live Prometheus: variables resolved as Grafana does (set to All),
/// queries prepared exactly as check-data prepares them, run as range queries. Keyed by panel id.
/// </summary>
public static class PreviewData
{
    /// <summary>Most series drawn per panel.</summary>
    public const int MaxSeries = 6;

    public static async Task<IReadOnlyDictionary<int, PanelData>> FetchAsync(JsonNode dashboardJson, PrometheusQueryClient client, DateTimeOffset now,
        CancellationToken cancellationToken = default)
    {
        var dashboard = DashboardQueries.Read(dashboardJson);
        var data = new Dictionary<int, PanelData>();
        GrafanaTimeRange range;
        try
        {
            range = GrafanaTimeRange.Resolve(dashboard.TimeFrom, dashboard.TimeTo, now);
        }
        catch (FormatException)
        {
            return data;
        }
        var resolved = await new VariableResolver(client).ResolveAsync(dashboard, range, VariableSelection.All, cancellationToken);
        foreach (var panel in dashboard.Targets.Where(t => t.PanelId is not null && t.DatasourceType == "prometheus" && !t.Hidden).GroupBy(t => t.PanelId!.Value))
        {
            var series = new List<PanelSeries>();
            string? error = null;
            foreach (var target in panel)
            {
                var prepared = DashboardQueryChecker.Prepare(target, dashboard, resolved, now);
                if (prepared.Error is not null)
                {
                    error ??= prepared.Error;
                    continue;
                }
                var stepMs = Math.Max(1, (long)prepared.Step.TotalMilliseconds);
                var start = DateTimeOffset.FromUnixTimeMilliseconds(prepared.Range.From.ToUnixTimeMilliseconds() / stepMs * stepMs);
                var end = DateTimeOffset.FromUnixTimeMilliseconds(prepared.Range.To.ToUnixTimeMilliseconds() / stepMs * stepMs);
                var result = await client.QueryRangeAsync(prepared.Query, start, end, prepared.Step, cancellationToken);
                if (!result.Success)
                {
                    error ??= result.Error;
                    continue;
                }
                foreach (var s in result.Series)
                {
                    if (series.Count >= MaxSeries) break;
                    series.Add(new PanelSeries(Name(s.Labels, target.RefId), s.Points ?? []));
                }
            }
            data[panel.Key] = new PanelData(series, error);
        }
        return data;
    }

    private static string Name(IReadOnlyDictionary<string, string> labels, string refId)
    {
        var shown = labels.Where(l => l.Key != "__name__").Select(l => $"{l.Key}={l.Value}").ToList();
        return shown.Count == 0 ? (labels.TryGetValue("__name__", out var name) ? name : refId) : string.Join(", ", shown);
    }
}
