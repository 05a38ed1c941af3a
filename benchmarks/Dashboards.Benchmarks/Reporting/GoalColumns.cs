using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Dashboards.Benchmarks.Reporting;

/// <summary>
/// Three extra summary columns derived from a benchmark's <see cref="GoalAttribute"/>: the figure the goal is stated in
/// (time per panel, queries a second...), allocation per item, and the goal with whether it was met.
/// </summary>
public static class GoalColumns
{
    public static IColumn[] All { get; } = [new PerItemColumn(), new AllocatedPerItemColumn(), new GoalColumn()];

    internal static (GoalAttribute Goal, int Items)? Describe(BenchmarkCase benchmark)
    {
        var method = benchmark.Descriptor.WorkloadMethod;
        if (method.GetCustomAttribute<GoalAttribute>() is not { } goal) return null;
        return (goal, ItemCount(benchmark));
    }

    /// <summary>Creates the benchmark class with the case's parameters and asks it how many items one operation handles.</summary>
    private static int ItemCount(BenchmarkCase benchmark)
    {
        var type = benchmark.Descriptor.Type;
        if (!typeof(IItemCount).IsAssignableFrom(type)) return 1;
        var instance = (IItemCount)Activator.CreateInstance(type)!;
        foreach (var parameter in benchmark.Parameters.Items)
        {
            const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance;
            if (type.GetProperty(parameter.Name, flags) is { } property) property.SetValue(instance, parameter.Value);
            else type.GetField(parameter.Name, flags)?.SetValue(instance, parameter.Value);
        }
        return instance.ItemCount;
    }

    internal static double? MeanNanoseconds(Summary summary, BenchmarkCase benchmark) =>
        summary[benchmark]?.ResultStatistics?.Mean;

    internal static string Time(double nanoseconds) => nanoseconds switch
    {
        < 1_000 => nanoseconds.ToString("0.0", CultureInfo.InvariantCulture) + " ns",
        < 1_000_000 => (nanoseconds / 1_000).ToString("0.000", CultureInfo.InvariantCulture) + " µs",
        _ => (nanoseconds / 1_000_000).ToString("0.000", CultureInfo.InvariantCulture) + " ms",
    };

    internal static string Rate(double perSecond) => perSecond.ToString("N0", CultureInfo.InvariantCulture);

    private abstract class Column(string id, string name, string legend) : IColumn
    {
        public string Id => "Goal." + id;
        public string ColumnName => name;
        public string Legend => legend;
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => false;
        public UnitType UnitType => UnitType.Dimensionless;
        public bool IsAvailable(Summary summary) => true;
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
        {
            if (Describe(benchmarkCase) is not { } described) return "-";
            return Value(summary, benchmarkCase, described.Goal, described.Items) ?? "NA";
        }

        protected abstract string? Value(Summary summary, BenchmarkCase benchmark, GoalAttribute goal, int items);
    }

    private sealed class PerItemColumn() : Column("PerItem", "Per item", "Mean time per item, or items a second for throughput goals")
    {
        protected override string? Value(Summary summary, BenchmarkCase benchmark, GoalAttribute goal, int items)
        {
            if (MeanNanoseconds(summary, benchmark) is not { } mean) return null;
            var perItem = mean / items;
            return goal.Kind == GoalKind.MinItemsPerSecond
                ? $"{Rate(1e9 / perItem)} {goal.Item}/s"
                : $"{Time(perItem)}/{goal.Item} (×{items})";
        }
    }

    private sealed class AllocatedPerItemColumn() : Column("AllocPerItem", "Alloc/item", "Managed bytes allocated per item")
    {
        protected override string? Value(Summary summary, BenchmarkCase benchmark, GoalAttribute goal, int items)
        {
            var report = summary[benchmark];
            if (report is null) return null;
            var bytes = report.GcStats.GetBytesAllocatedPerOperation(benchmark);
            return bytes is { } b ? $"{(b / (double)items).ToString("N0", CultureInfo.InvariantCulture)} B" : null;
        }
    }

    private sealed class GoalColumn() : Column("Goal", "Goal", "The target and whether the mean meets it")
    {
        protected override string? Value(Summary summary, BenchmarkCase benchmark, GoalAttribute goal, int items)
        {
            if (MeanNanoseconds(summary, benchmark) is not { } mean) return null;
            var (text, met) = goal.Kind switch
            {
                GoalKind.MaxNanosecondsPerItem => ($"≤ {Time(goal.Limit)}/{goal.Item}", mean / items <= goal.Limit),
                GoalKind.MinItemsPerSecond => ($"≥ {Rate(goal.Limit)} {goal.Item}/s", 1e9 * items / mean >= goal.Limit),
                GoalKind.MaxMillisecondsPerOperation => ($"≤ {goal.Limit.ToString(CultureInfo.InvariantCulture)} ms", mean <= goal.Limit * 1e6),
                _ => ("", true),
            };
            if (goal.Kind == GoalKind.Report) return "-";
            return $"{text}: {(met ? "met" : "MISSED")}";
        }
    }
}
