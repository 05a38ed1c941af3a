namespace Dashboards.Suites.Tests.Documents;

/// <summary>A panel a seed document lists: its title and the (current) Grafana panel type it must have.</summary>
public sealed record ExpectedPanel(string Title, string Type);

/// <summary>A dashboard a seed document describes, transcribed by hand from the document (tests never read the documents).</summary>
public sealed record ExpectedDashboard(
    string FolderUid,
    string Uid,
    string Title,
    IReadOnlyList<string> Rows,
    IReadOnlyList<ExpectedPanel> Panels);

/// <summary>
/// What each seed document asks for. Panel types follow the documents, translated to current Grafana types
/// (graph -> timeseries, singlestat -> stat). Titles drop the type hint in parentheses where the document adds one
/// ("(Node Graph)", "(Gauge)") and the emoji of the Dubai Estate guide.
/// </summary>
public static class ExpectedSuites
{
    private static ExpectedPanel P(string title, string type) => new(title, type);

    // 000: bots framework dashboard guide.
    public static readonly ExpectedDashboard BotsPerformance = new("bots", "bots-performance",
        "Bots Framework - Performance Monitoring", [],
        [
            P("Response Time (p50, p95, p99)", "timeseries"),
            P("API Call Duration by Provider", "timeseries"),
            P("Tool Execution Duration (Top 10 Tools)", "timeseries"),
            P("Message Building Duration", "timeseries"),
            P("Average Response Time by Model", "stat"),
            P("API Calls per Second", "stat"),
            P("Tool Calls per Second", "stat"),
            P("Response Time Heatmap", "heatmap"),
        ]);

    public static readonly ExpectedDashboard BotsCost = new("bots", "bots-cost",
        "Bots Framework - Cost Tracking", [],
        [
            P("Total Cost (Current)", "stat"),
            P("Cost Rate (per hour)", "stat"),
            P("Average Cost per API Call", "stat"),
            P("API Calls per Second", "stat"),
            P("Cost Over Time", "timeseries"),
            P("Cumulative Cost", "timeseries"),
            P("Cost by Provider (Stacked)", "timeseries"),
            P("Cost by Provider (Pie Chart)", "piechart"),
            P("Cost by Model", "timeseries"),
            P("Cost per Operation (Bar Gauge)", "bargauge"),
            P("Cost per Operation (Table)", "table"),
            P("Token Usage (Input vs Output)", "timeseries"),
            P("Cost Efficiency (Cost per 1M Tokens)", "timeseries"),
        ]);

    public static readonly ExpectedDashboard BotsErrors = new("bots", "bots-errors",
        "Bots Framework - Error Tracking", [],
        [
            P("Error Rate (Errors per Second)", "timeseries"),
            P("Error Rate by Provider", "timeseries"),
            P("Error Rate by Type", "barchart"),
            P("Tool Failure Rate", "timeseries"),
            P("Tool Failures by Tool Name", "bargauge"),
            P("Success Rate (Percentage)", "gauge"),
            P("Tool Success Rate", "gauge"),
            P("Error Percentage (Errors vs Total Operations)", "stat"),
            P("Errors Over Time", "timeseries"),
            P("Total Errors (Last Hour)", "stat"),
            P("Error Heatmap", "heatmap"),
            P("Recent Errors (Table)", "table"),
        ]);

    // 001: TTA.dev Phase 3, one dashboard, four tabs as rows, 16 numbered panels.
    public static readonly ExpectedDashboard Tta = new("tta", "tta-agent-observability",
        "TTA.dev Agent Observability", ["Overview", "Workflows", "Primitives", "Resources"],
        [
            P("Service Map - Primitive Connections", "nodeGraph"),
            P("System Health Score", "gauge"),
            P("System Throughput", "timeseries"),
            P("Active Workflows", "stat"),
            P("Error Rate", "stat"),
            P("Top 10 Workflows by P95 Latency", "timeseries"),
            P("Workflow Success Rates", "table"),
            P("Error Distribution by Type", "piechart"),
            P("Primitive Performance Heatmap", "heatmap"),
            P("Primitive Execution Count by Type", "timeseries"),
            P("Cache Hit Rate", "gauge"),
            P("Top 5 Slowest Primitives", "timeseries"),
            P("LLM Tokens by Model", "timeseries"),
            P("Estimated LLM Cost", "stat"),
            P("Cache Hit Rate by Primitive", "timeseries"),
            P("Cache Cost Savings", "stat"),
        ]);

    // 002: Sidepanel monitoring spec, three views plus the panels of its "Sidepanel Overview" JSON.
    public static readonly ExpectedDashboard SidepanelSystem = new("sidepanel", "sidepanel-system-overview",
        "Sidepanel - System Overview", [],
        [
            P("Health", "stat"),
            P("Uptime", "stat"),
            P("Errors", "stat"),
            P("Active Connections", "stat"),
            P("Connections", "timeseries"),
            P("Requests/min", "timeseries"),
            P("Request Rate", "timeseries"),
            P("Latency Distribution", "heatmap"),
        ]);

    public static readonly ExpectedDashboard SidepanelVenice = new("sidepanel", "sidepanel-venice-api",
        "Sidepanel - Venice API", [],
        [
            P("Balance", "timeseries"),
            P("Venice Balance", "gauge"),
            P("API Latency", "stat"),
            P("Tokens Today", "stat"),
            // The "Cost" box (Today / Week / Month): one stat per calendar period, each with its own time range.
            P("Cost Today", "stat"),
            P("Cost This Week", "stat"),
            P("Cost This Month", "stat"),
        ]);

    public static readonly ExpectedDashboard SidepanelSessions = new("sidepanel", "sidepanel-session-analytics",
        "Sidepanel - Session Analytics", [],
        [
            P("Sessions Created", "timeseries"),
            P("Top Models", "piechart"),
            P("Avg Session", "stat"),
            P("Active Now", "stat"),
        ]);

    // 003: Dubai Estate AI observability guide.
    public static readonly ExpectedDashboard DubaiMissionControl = new("dubai-estate", "dubai-estate-mission-control",
        "Mission Control", ["KPIs", "Charts"],
        [
            P("Queries (Last Hour)", "stat"),
            P("Success Rate", "stat"),
            P("Cost (Last Hour)", "stat"),
            P("Active Users", "stat"),
            P("Avg Response Time", "stat"),
            P("Errors", "stat"),
            P("Query Rate (success vs failures)", "timeseries"),
            P("Response Time Percentiles (P50, P95, P99)", "timeseries"),
            P("Tool Usage (top 10 tools)", "bargauge"),
            P("Command Usage Distribution", "piechart"),
            P("Cost Over Time", "timeseries"),
            P("Top Users by Query Count", "bargauge"),
            P("Recent Logs", "logs"),
        ]);

    public static readonly ExpectedDashboard DubaiUserAnalytics = new("dubai-estate", "dubai-estate-user-analytics",
        "User Analytics & Business Metrics", ["Metrics", "Charts"],
        [
            P("Total Signups (24h)", "stat"),
            P("Active Users (Now)", "stat"),
            P("Upgrades (24h)", "stat"),
            P("MRR (Monthly Recurring Revenue)", "stat"),
            P("User Signups Over Time", "timeseries"),
            P("Active Users Over Time", "timeseries"),
            P("Users by Tier (Free/Basic/Pro)", "piechart"),
            P("Query Limit Hits by Tier", "timeseries"),
            P("Conversion Rate (Limit→Upgrade)", "timeseries"),
            P("Top Users by Activity", "table"),
            P("Top Users by Cost", "table"),
            P("Revenue Trend", "timeseries"),
        ]);

    public static readonly ExpectedDashboard DubaiAiCost = new("dubai-estate", "dubai-estate-ai-cost",
        "AI & Cost Analytics", ["Metrics", "Charts"],
        [
            P("Total Cost (24h)", "stat"),
            P("Avg Cost per Query", "stat"),
            P("Total Tokens (24h)", "stat"),
            P("Projected Monthly Cost", "stat"),
            P("Cost Over Time", "timeseries"),
            P("Token Usage Over Time", "timeseries"),
            P("Cost by Model (Sonnet/Opus/Haiku)", "piechart"),
            P("Token Usage by Model", "timeseries"),
            P("Cost per Query Over Time", "timeseries"),
            P("Cost Efficiency (Queries per Dollar)", "timeseries"),
            P("Most Expensive Queries", "table"),
        ]);

    // 004: AVA.AI resilience dashboards.
    public static readonly ExpectedDashboard AvaCircuitBreakers = new("ava", "ava-circuit-breaker-health",
        "Circuit Breaker Health", [],
        [
            P("Circuit Breaker State", "stat"),
            P("Circuit Opens (Last 24h)", "stat"),
            P("Circuit Recoveries (Last 24h)", "stat"),
            P("Failure Rate by Service", "timeseries"),
            P("Circuit State Transitions", "state-timeline"),
            P("Open Rate", "stat"),
            P("Average Recovery Time", "stat"),
            P("Health Score", "gauge"),
        ]);

    public static readonly ExpectedDashboard AvaErrors = new("ava", "ava-error-analytics",
        "Error Analytics", [],
        [
            P("5xx Error Rate", "stat"),
            P("4xx Error Rate", "stat"),
            P("Error Budget vs 99.9% SLO", "stat"),
            P("MTTR (Mean Time To Resolution)", "stat"),
            P("Error Distribution by Status Code", "piechart"),
            P("Error Rate by Endpoint", "timeseries"),
            P("Error Timeline", "timeseries"),
            P("Top Error Messages (Last 1h)", "table"),
        ]);

    public static readonly ExpectedDashboard AvaPerformance = new("ava", "ava-performance-metrics",
        "Performance Metrics", [],
        [
            P("Response Time Percentiles (p50, p95, p99)", "stat"),
            P("Throughput (requests/second)", "stat"),
            P("Latency Percentiles Over Time", "timeseries"),
            P("Request Rate by Endpoint", "timeseries"),
            P("Connection Pool Efficiency", "gauge"),
            P("Rate Limit Hits (429 Responses)", "timeseries"),
            P("Slowest Endpoints (p99)", "bargauge"),
            P("Database Query Performance", "timeseries"),
        ]);

    /// <summary>Folders (uid, title) the suites go into.</summary>
    public static readonly IReadOnlyList<(string Uid, string Title)> Folders =
    [
        ("bots", "Bots Framework"),
        ("tta", "TTA.dev"),
        ("sidepanel", "Sidepanel"),
        ("dubai-estate", "Dubai Estate AI"),
        ("ava", "AVA.AI"),
    ];

    /// <summary>Rule files the suites emit, by name, with the alerts and recording rules the documents define.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> RuleNames = new Dictionary<string, IReadOnlyList<string>>
    {
        ["bots"] =
        [
            "bots:cost_rate:5m", "bots:error_rate:5m", "bots:success_rate:5m",
            "HighResponseTime", "SlowAPICalls", "SlowToolExecution",
            "DailyBudgetExceeded", "MonthlyBudgetAlert",
            "HighErrorRate", "LowSuccessRate", "HighToolFailureRate", "ProviderErrors",
        ],
        ["sidepanel"] = ["HighErrorRate", "LowDiemBalance", "CriticalDiemBalance", "HighLatency"],
        ["dubai-estate"] =
        [
            "HighErrorRate", "CriticalErrorRate", "SlowResponses", "DailyCostBudget", "HourlyCostOverrun", "NoQueries", "UserQueryAbuse",
        ],
        ["ava"] = ["CircuitBreakerHighOpenRate", "HighErrorRate", "SlowResponseTime"],
    };

    public static readonly IReadOnlyList<ExpectedDashboard> All =
    [
        BotsPerformance, BotsCost, BotsErrors,
        Tta,
        SidepanelSystem, SidepanelVenice, SidepanelSessions,
        DubaiMissionControl, DubaiUserAnalytics, DubaiAiCost,
        AvaCircuitBreakers, AvaErrors, AvaPerformance,
    ];
}
