using System.Globalization;
using System.Text.Json;

namespace Dashboards.Review.DataCheck.Prometheus;

/// <summary>
/// Minimal client of the Prometheus HTTP API (v1): instant and range queries, label names and values, series.
/// Query errors (bad PromQL, timeouts) come back as a failed <see cref="PrometheusQueryResult"/>, never as exceptions,
/// so a caller can report every failing query. Transport failures do throw.
/// </summary>
public sealed class PrometheusQueryClient(HttpClient http) : IDisposable
{
    public PrometheusQueryClient(Uri baseAddress) : this(new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) }) { }

    /// <summary><c>POST /api/v1/query</c> at <paramref name="time"/> (form-encoded, as Grafana sends it).</summary>
    public Task<PrometheusQueryResult> QueryAsync(string query, DateTimeOffset time, CancellationToken cancellationToken = default) =>
        PostAsync("api/v1/query", [new("query", query), new("time", Seconds(time))], cancellationToken);

    /// <summary><c>POST /api/v1/query_range</c> from <paramref name="start"/> to <paramref name="end"/> every <paramref name="step"/>.</summary>
    public Task<PrometheusQueryResult> QueryRangeAsync(string query, DateTimeOffset start, DateTimeOffset end, TimeSpan step,
        CancellationToken cancellationToken = default) =>
        PostAsync("api/v1/query_range",
            [new("query", query), new("start", Seconds(start)), new("end", Seconds(end)), new("step", step.TotalSeconds.ToString(CultureInfo.InvariantCulture))],
            cancellationToken);

    /// <summary><c>GET /api/v1/label/&lt;name&gt;/values</c>, optionally restricted by series selectors (<c>match[]</c>) and time.</summary>
    public Task<PrometheusListResult> LabelValuesAsync(string label, IEnumerable<string>? match = null, DateTimeOffset? start = null,
        DateTimeOffset? end = null, CancellationToken cancellationToken = default) =>
        GetListAsync($"api/v1/label/{Uri.EscapeDataString(label)}/values", match, start, end, cancellationToken);

    /// <summary><c>GET /api/v1/labels</c>: label names, optionally restricted by series selectors.</summary>
    public Task<PrometheusListResult> LabelNamesAsync(IEnumerable<string>? match = null, DateTimeOffset? start = null,
        DateTimeOffset? end = null, CancellationToken cancellationToken = default) =>
        GetListAsync("api/v1/labels", match, start, end, cancellationToken);

    /// <summary><c>POST /api/v1/series</c>: label sets of the series matching the selectors.</summary>
    public async Task<PrometheusQueryResult> SeriesAsync(IEnumerable<string> match, DateTimeOffset start, DateTimeOffset end,
        CancellationToken cancellationToken = default)
    {
        var form = match.Select(m => new KeyValuePair<string, string>("match[]", m))
            .Append(new("start", Seconds(start))).Append(new("end", Seconds(end))).ToList();
        using var response = await http.PostAsync("api/v1/series", new FormUrlEncodedContent(form), cancellationToken);
        using var document = await ReadAsync(response, cancellationToken);
        if (!IsSuccess(document.RootElement, out var error)) return PrometheusQueryResult.Failed(error);
        var series = document.RootElement.GetProperty("data").EnumerateArray()
            .Select(item => new PrometheusSeries(ReadLabels(item), 0, null)).ToList();
        return new PrometheusQueryResult(true, null, "series", series, null);
    }

    public void Dispose() => http.Dispose();

    private async Task<PrometheusQueryResult> PostAsync(string path, IReadOnlyList<KeyValuePair<string, string>> form, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsync(path, new FormUrlEncodedContent(form), cancellationToken);
        using var document = await ReadAsync(response, cancellationToken);
        var root = document.RootElement;
        if (!IsSuccess(root, out var error)) return PrometheusQueryResult.Failed(error);
        var data = root.GetProperty("data");
        var resultType = data.GetProperty("resultType").GetString() ?? "";
        var result = data.GetProperty("result");
        return resultType switch
        {
            "vector" or "matrix" => new PrometheusQueryResult(true, null, resultType, result.EnumerateArray().Select(ReadSeries).ToList(), null),
            // A scalar or string result is one value: [time, "value"].
            _ => new PrometheusQueryResult(true, null, resultType, [], result[1].GetString()),
        };
    }

    private async Task<PrometheusListResult> GetListAsync(string path, IEnumerable<string>? match, DateTimeOffset? start, DateTimeOffset? end,
        CancellationToken cancellationToken)
    {
        var query = new List<string>();
        query.AddRange((match ?? []).Select(m => "match[]=" + Uri.EscapeDataString(m)));
        if (start is { } s) query.Add("start=" + Seconds(s));
        if (end is { } e) query.Add("end=" + Seconds(e));
        var uri = query.Count == 0 ? path : path + "?" + string.Join('&', query);
        using var response = await http.GetAsync(uri, cancellationToken);
        using var document = await ReadAsync(response, cancellationToken);
        if (!IsSuccess(document.RootElement, out var error)) return new PrometheusListResult(false, error, []);
        var values = document.RootElement.GetProperty("data").EnumerateArray().Select(v => v.GetString() ?? "").ToList();
        return new PrometheusListResult(true, null, values);
    }

    private static async Task<JsonDocument> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            throw new HttpRequestException($"Prometheus answered {(int)response.StatusCode} with a body that is not JSON: {body[..Math.Min(body.Length, 500)]}");
        }
    }

    private static bool IsSuccess(JsonElement root, out string error)
    {
        if (root.TryGetProperty("status", out var status) && status.GetString() == "success")
        {
            error = "";
            return true;
        }

        var type = root.TryGetProperty("errorType", out var t) ? t.GetString() : "unknown";
        var message = root.TryGetProperty("error", out var m) ? m.GetString() : root.GetRawText();
        error = $"{type}: {message}";
        return false;
    }

    private static PrometheusSeries ReadSeries(JsonElement item)
    {
        var labels = ReadLabels(item.GetProperty("metric"));
        if (item.TryGetProperty("values", out var values))
        {
            var points = new List<SamplePoint>(values.GetArrayLength());
            foreach (var v in values.EnumerateArray()) points.Add(new SamplePoint(v[0].GetDouble(), ParseValue(v[1].GetString())));
            return new PrometheusSeries(labels, values.GetArrayLength(), values[values.GetArrayLength() - 1][1].GetString(), points);
        }
        var value = item.GetProperty("value");
        return new PrometheusSeries(labels, 1, value[1].GetString());
    }

    private static double ParseValue(string? text) => text switch
    {
        "NaN" or null => double.NaN,
        "+Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        _ => double.Parse(text, CultureInfo.InvariantCulture),
    };

    private static IReadOnlyDictionary<string, string> ReadLabels(JsonElement metric) =>
        metric.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "", StringComparer.Ordinal);

    private static string Seconds(DateTimeOffset time) =>
        (time.ToUnixTimeMilliseconds() / 1000.0).ToString("0.###", CultureInfo.InvariantCulture);
}

/// <summary>One result series: its labels, how many samples it has, the last sample's value (as Prometheus prints it), and for range queries the samples.</summary>
public sealed record PrometheusSeries(IReadOnlyDictionary<string, string> Labels, int SampleCount, string? LastValue, IReadOnlyList<SamplePoint>? Points = null);

/// <summary>A sample of a range query: unix seconds and value.</summary>
public readonly record struct SamplePoint(double Time, double Value);

/// <summary>
/// The answer to a query. <see cref="IsEmpty"/> is what Grafana shows as "No data": a vector or matrix without series.
/// Scalars and strings always have a value.
/// </summary>
public sealed record PrometheusQueryResult(bool Success, string? Error, string ResultType, IReadOnlyList<PrometheusSeries> Series, string? ScalarValue)
{
    public bool IsEmpty => Success && ScalarValue is null && Series.Count == 0;

    public static PrometheusQueryResult Failed(string error) => new(false, error, "", [], null);
}

/// <summary>The answer to a label names/values request.</summary>
public sealed record PrometheusListResult(bool Success, string? Error, IReadOnlyList<string> Values);

/// <summary>Where a Prometheus is and how to sign in: a bearer token, or a user and password (basic auth), or neither.</summary>
public sealed record PrometheusConnection(Uri Url, string? BearerToken = null, string? User = null, string? Password = null)
{
    /// <summary>A client for this Prometheus; paths under the URL are kept (<c>https://host/prometheus/</c>).</summary>
    public PrometheusQueryClient CreateClient(TimeSpan? timeout = null)
    {
        if (BearerToken is not null && User is not null) throw new ArgumentException("Give a bearer token or a user and password, not both.");
        var baseAddress = Url.AbsoluteUri.EndsWith('/') ? Url : new Uri(Url.AbsoluteUri + "/");
        var http = new HttpClient { BaseAddress = baseAddress, Timeout = timeout ?? TimeSpan.FromSeconds(60) };
        if (BearerToken is not null)
            http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", BearerToken);
        else if (User is not null)
            http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(User + ":" + (Password ?? ""))));
        return new PrometheusQueryClient(http);
    }
}
