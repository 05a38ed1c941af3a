namespace Dashboards.Suites.Sidepanel;

/// <summary>
/// The bridge's prom-client metrics (bridge/src/metrics/prometheus.ts) plus the ones the three views need and the
/// document does not define yet (listed in dashboards/README.md for the service owners).
/// </summary>
public static class SidepanelMetrics
{
    public static readonly MetricCatalog Catalog = new();

    private static readonly Label Method = new("method", "chat.send", "chat.stream", "models.list", "session.create", "balance.get");
    private static readonly Label Status = new("status", "success", "error");
    private static readonly Label Model = new("model", "llama-3.3-70b", "qwen-2.5-72b", "deepseek-r1");
    private static readonly Label Job = new("job", "sidepanel-bridge");

    // Defined by the document.
    public static readonly Gauge ActiveConnections = Catalog.Add(
        new Gauge("sidepanel_ws_active_connections") { Help = "Number of active WebSocket connections" });

    public static readonly Counter Connections = Catalog.Add(
        new Counter("sidepanel_ws_connections_total") { Help = "Total WebSocket connections" });

    public static readonly Histogram RequestDuration = Catalog.Add(
        new Histogram("sidepanel_request_duration_seconds", Method) { Buckets = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5], Help = "Request duration in seconds" });

    public static readonly Counter Requests = Catalog.Add(
        new Counter("sidepanel_requests_total", Method, Status) { Help = "Total requests" });

    public static readonly Gauge VeniceBalance = Catalog.Add(
        new Gauge("sidepanel_venice_balance_diem") { Help = "Current Venice Diem balance" });

    public static readonly Counter VeniceTokens = Catalog.Add(
        new Counter("sidepanel_venice_tokens_total", new Label("type", "prompt", "completion")) { Help = "Total tokens used" });

    public static readonly Gauge ActiveSessions = Catalog.Add(
        new Gauge("sidepanel_sessions_active") { Help = "Number of active sessions" });

    // Needed by the views, not defined by the document.
    public static readonly Gauge HealthStatus = Catalog.Add(
        new Gauge("sidepanel_health_status") { Help = "Bridge health: 2 healthy, 1 degraded, 0 unhealthy" });

    public static readonly Gauge Up = Catalog.Add(
        new Gauge("up", Job) { Help = "Written by Prometheus for each scrape: 1 if the target answered" });

    public static readonly Gauge ProcessStartTime = Catalog.Add(
        new Gauge("process_start_time_seconds", Job) { Help = "prom-client default metric: process start, Unix seconds" });

    public static readonly Histogram VeniceRequestDuration = Catalog.Add(
        new Histogram("sidepanel_venice_request_duration_seconds", Model) { Buckets = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10], Help = "Venice API call duration in seconds" });

    public static readonly Counter VeniceCost = Catalog.Add(
        new Counter("sidepanel_venice_cost_usd_total", Model) { Help = "Venice API cost in USD" });

    public static readonly Gauge VeniceBalanceReset = Catalog.Add(
        new Gauge("sidepanel_venice_balance_reset_timestamp_seconds") { Help = "When the Diem balance resets, Unix seconds" });

    public static readonly Counter SessionsCreated = Catalog.Add(
        new Counter("sidepanel_sessions_created_total", Model) { Help = "Sessions created, by model" });

    public static readonly Histogram SessionDuration = Catalog.Add(
        new Histogram("sidepanel_session_duration_seconds") { Buckets = [60, 300, 900, 1800, 3600, 7200], Help = "Length of ended sessions in seconds" });

    public static readonly Histogram SessionMessages = Catalog.Add(
        new Histogram("sidepanel_session_messages") { Buckets = [1, 5, 10, 20, 50, 100], Help = "Messages per ended session" });

    public static readonly Histogram SessionTokens = Catalog.Add(
        new Histogram("sidepanel_session_tokens") { Buckets = [500, 1000, 5000, 10000, 50000], Help = "Tokens per ended session" });
}
