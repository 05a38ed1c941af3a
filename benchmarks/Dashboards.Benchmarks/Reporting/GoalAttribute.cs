namespace Dashboards.Benchmarks.Reporting;

public enum GoalKind
{
    /// <summary>Mean time per item at most <c>Limit</c> nanoseconds.</summary>
    MaxNanosecondsPerItem,

    /// <summary>At least <c>Limit</c> items a second.</summary>
    MinItemsPerSecond,

    /// <summary>Mean time of one whole operation at most <c>Limit</c> milliseconds.</summary>
    MaxMillisecondsPerOperation,

    /// <summary>No target: only show the per-item figures.</summary>
    Report,
}

/// <summary>
/// The target a benchmark method is held to, shown by <see cref="GoalColumns"/> next to BenchmarkDotNet's figures.
/// <paramref name="item"/> names what one operation is made of (panel, query, dashboard); the count comes from
/// <see cref="IItemCount"/> on the benchmark class.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class GoalAttribute(string item, GoalKind kind, double limit) : Attribute
{
    public string Item { get; } = item;
    public GoalKind Kind { get; } = kind;
    public double Limit { get; } = limit;
}

/// <summary>How many items (panels, queries) one operation of the benchmark handles, for the given parameters.</summary>
public interface IItemCount
{
    int ItemCount { get; }
}
