namespace Dashboards.Suites.DubaiEstate;

/// <summary>
/// The Dubai Estate AI bot's prometheus-client metrics. The guide names three (tool usage, subscription upgrades,
/// query limit hits); the others are what its three dashboards need (listed in dashboards/README.md).
/// </summary>
public static class DubaiEstateMetrics
{
    public static readonly MetricCatalog Catalog = new();

    private static readonly Label Tier = new("tier", "free", "basic", "pro");
    private static readonly Label UserId = new("user_id", "user_1001", "user_1002", "user_1003", "user_1004", "user_1005", "user_1006");
    private static readonly Label Model = new("model", "claude-3-5-sonnet-20241022", "claude-3-opus-20240229", "claude-3-5-haiku-20241022");

    // Named by the guide.
    public static readonly Counter ToolUsage = Catalog.Add(
        new Counter("dubai_estate_tool_usage_total",
            new Label("tool_name", "calculate_chiller_cost", "search_properties", "get_market_data", "calculate_roi",
                "get_service_charges", "compare_areas"),
            UserId)
        { Help = "Tool invocations by the assistant." });

    public static readonly Counter SubscriptionUpgrades = Catalog.Add(
        new Counter("dubai_estate_subscription_upgrades_total",
            new Label("from_tier", "free", "basic"), new Label("to_tier", "basic", "pro"))
        { Help = "Subscription upgrades." });

    public static readonly Counter QueryLimitHits = Catalog.Add(
        new Counter("dubai_estate_query_limit_hits_total", Tier) { Help = "Queries refused because the tier's limit was reached." });

    // Needed by the dashboards.
    public static readonly Counter Queries = Catalog.Add(
        new Counter("dubai_estate_queries_total", new Label("status", "success", "error"), Tier, UserId)
        { Help = "User queries answered (status success) or failed (status error)." });

    public static readonly Histogram QueryDuration = Catalog.Add(
        new Histogram("dubai_estate_query_duration_seconds", Tier) { Buckets = [1, 2, 4, 8, 15, 30, 60], Help = "Time to answer a query in seconds." });

    public static readonly Counter CommandUsage = Catalog.Add(
        new Counter("dubai_estate_command_usage_total", new Label("command", "/start", "/search", "/analyze", "/subscribe", "/help"))
        { Help = "Bot commands used." });

    public static readonly Counter AiCost = Catalog.Add(
        new Counter("dubai_estate_ai_cost_usd_total", Model, UserId) { Help = "Claude API cost in USD." });

    public static readonly Counter AiTokens = Catalog.Add(
        new Counter("dubai_estate_ai_tokens_total", Model, new Label("token_type", "input", "output")) { Help = "Claude API tokens." });

    public static readonly Gauge ActiveUsers = Catalog.Add(
        new Gauge("dubai_estate_active_users", Tier) { Help = "Users active in the last 5 minutes." });

    public static readonly Gauge Users = Catalog.Add(
        new Gauge("dubai_estate_users", Tier) { Help = "Registered users by tier." });

    public static readonly Counter Signups = Catalog.Add(
        new Counter("dubai_estate_user_signups_total", Tier) { Help = "New users." });

    public static readonly Gauge MonthlyRecurringRevenue = Catalog.Add(
        new Gauge("dubai_estate_mrr_usd", Tier) { Help = "Monthly recurring revenue in USD." });
}
