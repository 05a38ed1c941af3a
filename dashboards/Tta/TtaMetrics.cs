using Dashboards.PromQL.Metrics;

namespace Dashboards.Suites.Tta;

/// <summary>
/// The seven TTA.dev core metrics (Phase 2) as Prometheus sees them. Counters carry <c>_total</c>; the execution
/// histogram is in milliseconds, as the document's panels say.
/// </summary>
public static class TtaMetrics
{
    public static readonly MetricCatalog Catalog = new();

    private static readonly Label PrimitiveName = new("primitive_name",
        "SequentialPrimitive", "ParallelPrimitive", "RouterPrimitive", "RetryPrimitive", "CachePrimitive", "FallbackPrimitive");
    private static readonly Label PrimitiveType = new("primitive_type", "sequential", "parallel", "router", "retry", "cache", "fallback");
    private static readonly Label ExecutionStatus = new("execution_status", "success", "error");
    private static readonly Label ErrorType = new("error_type", "TimeoutError", "ValueError", "RateLimitError", "ConnectionError");

    public static readonly Counter PrimitiveExecutions = Catalog.Add(
        new Counter("primitive_execution_count", PrimitiveName, PrimitiveType, ExecutionStatus, ErrorType)
        { Help = "Primitive executions by status (error_type set on failures)." });

    public static readonly Histogram PrimitiveExecutionDuration = Catalog.Add(
        new Histogram("primitive_execution_duration", PrimitiveName, PrimitiveType)
        { Buckets = [10, 50, 100, 250, 500, 1000, 2500, 5000, 10000], Help = "Primitive execution time in milliseconds." });

    public static readonly Counter PrimitiveConnections = Catalog.Add(
        new Counter("primitive_connection_count",
            new Label("source_primitive", "SequentialPrimitive", "RouterPrimitive", "ParallelPrimitive"),
            new Label("target_primitive", "CachePrimitive", "RetryPrimitive", "FallbackPrimitive"))
        { Help = "Calls from one primitive to another (the service map's edges)." });

    public static readonly Gauge WorkflowsActive = Catalog.Add(
        new Gauge("agent_workflows_active", new Label("agent", "coordinator", "executor", "reviewer"))
        { Help = "Workflows currently executing." });

    public static readonly Counter LlmTokens = Catalog.Add(
        new Counter("llm_tokens_total",
            new Label("llm_model_name", "gpt-4o", "gpt-4-turbo", "gpt-3.5-turbo", "gemini-2.0-flash", "llama-3.3-70b-versatile"))
        { Help = "LLM tokens consumed, by model." });

    public static readonly Counter CacheHits = Catalog.Add(
        new Counter("cache_hits", PrimitiveName) { Help = "Cache lookups that hit." });

    public static readonly Counter CacheLookups = Catalog.Add(
        new Counter("cache_total", PrimitiveName) { Help = "All cache lookups (hits and misses)." });
}
