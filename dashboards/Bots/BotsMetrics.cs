using Dashboards.PromQL.Metrics;

namespace Dashboards.Suites.Bots;

/// <summary>
/// The eleven OpenTelemetry metrics of the bots framework as Prometheus sees them (names as the document's queries use
/// them; counters carry <c>_total</c>, see dashboards/README.md).
/// </summary>
public static class BotsMetrics
{
    public static readonly MetricCatalog Catalog = new();

    private static readonly Label Provider = new("provider", "anthropic", "openai", "google");
    private static readonly Label Model = new("model",
        "claude-3-5-sonnet-latest", "claude-3-5-haiku-latest", "gpt-4o", "gpt-4o-mini", "gemini-1.5-pro");
    private static readonly Label Success = new("success", "true", "false");
    private static readonly Label Status = new("status", "success", "error", "timeout");
    private static readonly Label ToolName = new("tool_name", "web_search", "read_file", "write_file", "run_python", "http_get");
    private static readonly Label TokenType = new("token_type", "input", "output");
    private static readonly Label ErrorType = new("error_type",
        "RateLimitError", "APITimeoutError", "APIConnectionError", "AuthenticationError", "ToolExecutionError");
    private static readonly Label Operation = new("operation", "respond", "api_call", "tool_execution", "message_building");

    // Performance (histograms, seconds).
    public static readonly Histogram ResponseTime = Catalog.Add(
        new Histogram("bot_response_time", Provider, Model, Success) { Buckets = [0.1, 0.25, 0.5, 1, 2, 4, 5, 10, 30], Help = "Total time for bot.respond() in seconds." });

    public static readonly Histogram ApiCallDuration = Catalog.Add(
        new Histogram("bot_api_call_duration", Provider, Model, Status) { Buckets = [0.1, 0.25, 0.5, 1, 2, 3, 5, 10, 30], Help = "Time spent in LLM API calls in seconds." });

    public static readonly Histogram ToolExecutionDuration = Catalog.Add(
        new Histogram("bot_tool_execution_duration", Provider, Model, ToolName, Success) { Buckets = [0.01, 0.05, 0.1, 0.5, 1, 2, 5, 10], Help = "Time executing tools in seconds." });

    public static readonly Histogram MessageBuildingDuration = Catalog.Add(
        new Histogram("bot_message_building_duration", Provider, Model) { Buckets = [0.001, 0.005, 0.01, 0.05, 0.1, 0.5], Help = "Time building messages in seconds." });

    // Usage (counters).
    public static readonly Counter ApiCalls = Catalog.Add(
        new Counter("bot_api_calls_total", Provider, Model, Status) { Help = "LLM API calls." });

    public static readonly Counter ToolCalls = Catalog.Add(
        new Counter("bot_tool_calls_total", Provider, Model, ToolName, Success) { Help = "Tool executions." });

    public static readonly Counter TokensUsed = Catalog.Add(
        new Counter("bot_tokens_used", Provider, Model, TokenType) { Help = "Tokens used, by input/output." });

    // Cost.
    public static readonly Histogram CostPerOperation = Catalog.Add(
        new Histogram("bot_cost_usd", Provider, Model) { Buckets = [0.0005, 0.001, 0.005, 0.01, 0.02, 0.05, 0.1, 0.5], Help = "Cost of one operation in USD." });

    public static readonly Counter CostTotal = Catalog.Add(
        new Counter("bot_cost_total_usd", Provider, Model) { Help = "Cumulative cost in USD." });

    // Errors (counters).
    public static readonly Counter Errors = Catalog.Add(
        new Counter("bot_errors_total", Provider, Model, ErrorType, Operation) { Help = "Errors, by exception class and operation." });

    public static readonly Counter ToolFailures = Catalog.Add(
        new Counter("bot_tool_failures_total", Provider, Model, ToolName, ErrorType) { Help = "Tool executions that failed." });
}
