namespace Dashboards.Suites.Ava;

/// <summary>
/// AVA.AI backend metrics: circuit breakers, FastAPI HTTP metrics, the Twilio connection pool (counters, so
/// <c>_total</c>), plus what the dashboards need and the document does not define yet (see dashboards/README.md).
/// </summary>
public static class AvaMetrics
{
    public static readonly MetricCatalog Catalog = new();

    private static readonly Label Service = new("service", "vapi", "twilio");
    private static readonly Label Method = new("method", "GET", "POST");
    private static readonly Label Path = new("path",
        "/api/v1/vapi/settings", "/api/v1/vapi/webhook", "/api/v1/twilio/voice", "/api/v1/calls", "/health");
    private static readonly Label Status = new("status", "200", "201", "400", "404", "429", "500", "502", "503");

    // Named by the document.
    public static readonly Gauge CircuitBreakerState = Catalog.Add(
        new Gauge("circuit_breaker_state", Service) { Help = "Circuit breaker state: 0 closed, 1 half-open, 2 open." });

    public static readonly Counter CircuitBreakerFailures = Catalog.Add(
        new Counter("circuit_breaker_failures_total", Service) { Help = "Calls the breaker counted as failures." });

    public static readonly Counter CircuitBreakerOpens = Catalog.Add(
        new Counter("circuit_breaker_opens_total", Service) { Help = "Transitions to open." });

    public static readonly Counter CircuitBreakerCloses = Catalog.Add(
        new Counter("circuit_breaker_closes_total", Service) { Help = "Transitions back to closed (recoveries)." });

    public static readonly Histogram HttpRequestDuration = Catalog.Add(
        new Histogram("http_request_duration_seconds", Method, Path) { Buckets = [0.05, 0.1, 0.2, 0.3, 0.5, 1, 2, 5], Help = "HTTP request duration in seconds." });

    public static readonly Counter HttpRequests = Catalog.Add(
        new Counter("http_requests_total", Method, Path, Status) { Help = "HTTP requests by status code." });

    public static readonly Counter ConnectionPoolHits = Catalog.Add(
        new Counter("twilio_connection_pool_hits") { Help = "Twilio requests served by a pooled connection." });

    public static readonly Counter ConnectionPoolMisses = Catalog.Add(
        new Counter("twilio_connection_pool_misses") { Help = "Twilio requests that had to open a connection." });

    // Needed by the dashboards.
    public static readonly Histogram CircuitBreakerRecovery = Catalog.Add(
        new Histogram("circuit_breaker_recovery_duration_seconds", Service) { Buckets = [5, 10, 30, 60, 120, 300], Help = "Time from open to closed in seconds." });

    public static readonly Histogram IncidentResolution = Catalog.Add(
        new Histogram("incident_resolution_duration_seconds", new Label("service", "vapi", "twilio", "api"))
        { Buckets = [60, 300, 600, 1800, 3600], Help = "Time from first error to recovery in seconds (MTTR)." });

    public static readonly Counter Errors = Catalog.Add(
        new Counter("ava_errors_total",
            new Label("error_type", "VapiTimeoutError", "TwilioRestException", "ValidationError", "DatabaseError"),
            new Label("error_message", "Vapi request timed out", "Twilio 20429 Too Many Requests", "Invalid phone number", "Connection pool exhausted"))
        { Help = "Application errors by type and message." });

    public static readonly Histogram DbQueryDuration = Catalog.Add(
        new Histogram("db_query_duration_seconds", new Label("operation", "select", "insert", "update", "delete"))
        { Buckets = [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1], Help = "Database query duration in seconds." });
}
