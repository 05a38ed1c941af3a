// Function builders: one per row of Functions/FunctionTable.cs (a test checks both directions).
using Dashboards.PromQL.Functions;

namespace Dashboards.PromQL;

public static partial class Prom
{
    /// <summary><c>abs(v)</c></summary>
    [PromFunction("abs")]
    public static InstantVector Abs(InstantVector vector) => new(Call("abs", vector.Syntax));

    /// <summary><c>absent(v)</c></summary>
    [PromFunction("absent")]
    public static InstantVector Absent(InstantVector vector) => new(Call("absent", vector.Syntax));

    /// <summary><c>acos(v)</c></summary>
    [PromFunction("acos")]
    public static InstantVector Acos(InstantVector vector) => new(Call("acos", vector.Syntax));

    /// <summary><c>acosh(v)</c></summary>
    [PromFunction("acosh")]
    public static InstantVector Acosh(InstantVector vector) => new(Call("acosh", vector.Syntax));

    /// <summary><c>asin(v)</c></summary>
    [PromFunction("asin")]
    public static InstantVector Asin(InstantVector vector) => new(Call("asin", vector.Syntax));

    /// <summary><c>asinh(v)</c></summary>
    [PromFunction("asinh")]
    public static InstantVector Asinh(InstantVector vector) => new(Call("asinh", vector.Syntax));

    /// <summary><c>atan(v)</c></summary>
    [PromFunction("atan")]
    public static InstantVector Atan(InstantVector vector) => new(Call("atan", vector.Syntax));

    /// <summary><c>atanh(v)</c></summary>
    [PromFunction("atanh")]
    public static InstantVector Atanh(InstantVector vector) => new(Call("atanh", vector.Syntax));

    /// <summary><c>ceil(v)</c></summary>
    [PromFunction("ceil")]
    public static InstantVector Ceil(InstantVector vector) => new(Call("ceil", vector.Syntax));

    /// <summary><c>cos(v)</c></summary>
    [PromFunction("cos")]
    public static InstantVector Cos(InstantVector vector) => new(Call("cos", vector.Syntax));

    /// <summary><c>cosh(v)</c></summary>
    [PromFunction("cosh")]
    public static InstantVector Cosh(InstantVector vector) => new(Call("cosh", vector.Syntax));

    /// <summary><c>deg(v)</c></summary>
    [PromFunction("deg")]
    public static InstantVector Deg(InstantVector vector) => new(Call("deg", vector.Syntax));

    /// <summary><c>exp(v)</c></summary>
    [PromFunction("exp")]
    public static InstantVector Exp(InstantVector vector) => new(Call("exp", vector.Syntax));

    /// <summary><c>floor(v)</c></summary>
    [PromFunction("floor")]
    public static InstantVector Floor(InstantVector vector) => new(Call("floor", vector.Syntax));

    /// <summary><c>histogram_avg(v)</c></summary>
    [PromFunction("histogram_avg")]
    public static InstantVector HistogramAvg(InstantVector vector) => new(Call("histogram_avg", vector.Syntax));

    /// <summary><c>histogram_count(v)</c></summary>
    [PromFunction("histogram_count")]
    public static InstantVector HistogramCount(InstantVector vector) => new(Call("histogram_count", vector.Syntax));

    /// <summary><c>histogram_stddev(v)</c></summary>
    [PromFunction("histogram_stddev")]
    public static InstantVector HistogramStddev(InstantVector vector) => new(Call("histogram_stddev", vector.Syntax));

    /// <summary><c>histogram_stdvar(v)</c></summary>
    [PromFunction("histogram_stdvar")]
    public static InstantVector HistogramStdvar(InstantVector vector) => new(Call("histogram_stdvar", vector.Syntax));

    /// <summary><c>histogram_sum(v)</c></summary>
    [PromFunction("histogram_sum")]
    public static InstantVector HistogramSum(InstantVector vector) => new(Call("histogram_sum", vector.Syntax));

    /// <summary><c>ln(v)</c></summary>
    [PromFunction("ln")]
    public static InstantVector Ln(InstantVector vector) => new(Call("ln", vector.Syntax));

    /// <summary><c>log10(v)</c></summary>
    [PromFunction("log10")]
    public static InstantVector Log10(InstantVector vector) => new(Call("log10", vector.Syntax));

    /// <summary><c>log2(v)</c></summary>
    [PromFunction("log2")]
    public static InstantVector Log2(InstantVector vector) => new(Call("log2", vector.Syntax));

    /// <summary><c>rad(v)</c></summary>
    [PromFunction("rad")]
    public static InstantVector Rad(InstantVector vector) => new(Call("rad", vector.Syntax));

    /// <summary><c>sgn(v)</c></summary>
    [PromFunction("sgn")]
    public static InstantVector Sgn(InstantVector vector) => new(Call("sgn", vector.Syntax));

    /// <summary><c>sin(v)</c></summary>
    [PromFunction("sin")]
    public static InstantVector Sin(InstantVector vector) => new(Call("sin", vector.Syntax));

    /// <summary><c>sinh(v)</c></summary>
    [PromFunction("sinh")]
    public static InstantVector Sinh(InstantVector vector) => new(Call("sinh", vector.Syntax));

    /// <summary><c>sort(v)</c></summary>
    [PromFunction("sort")]
    public static InstantVector Sort(InstantVector vector) => new(Call("sort", vector.Syntax));

    /// <summary><c>sort_desc(v)</c></summary>
    [PromFunction("sort_desc")]
    public static InstantVector SortDesc(InstantVector vector) => new(Call("sort_desc", vector.Syntax));

    /// <summary><c>sqrt(v)</c></summary>
    [PromFunction("sqrt")]
    public static InstantVector Sqrt(InstantVector vector) => new(Call("sqrt", vector.Syntax));

    /// <summary><c>tan(v)</c></summary>
    [PromFunction("tan")]
    public static InstantVector Tan(InstantVector vector) => new(Call("tan", vector.Syntax));

    /// <summary><c>tanh(v)</c></summary>
    [PromFunction("tanh")]
    public static InstantVector Tanh(InstantVector vector) => new(Call("tanh", vector.Syntax));

    /// <summary><c>timestamp(v)</c></summary>
    [PromFunction("timestamp")]
    public static InstantVector Timestamp(InstantVector vector) => new(Call("timestamp", vector.Syntax));

    /// <summary><c>absent_over_time(v[d])</c></summary>
    [PromFunction("absent_over_time")]
    public static InstantVector AbsentOverTime(RangeVector range) => new(Call("absent_over_time", range.Syntax));

    /// <summary><c>avg_over_time(v[d])</c></summary>
    [PromFunction("avg_over_time")]
    public static InstantVector AvgOverTime(RangeVector range) => new(Call("avg_over_time", range.Syntax));

    /// <summary><c>changes(v[d])</c></summary>
    [PromFunction("changes")]
    public static InstantVector Changes(RangeVector range) => new(Call("changes", range.Syntax));

    /// <summary><c>count_over_time(v[d])</c></summary>
    [PromFunction("count_over_time")]
    public static InstantVector CountOverTime(RangeVector range) => new(Call("count_over_time", range.Syntax));

    /// <summary><c>delta(v[d])</c></summary>
    [PromFunction("delta")]
    public static InstantVector Delta(RangeVector range) => new(Call("delta", range.Syntax));

    /// <summary><c>deriv(v[d])</c></summary>
    [PromFunction("deriv")]
    public static InstantVector Deriv(RangeVector range) => new(Call("deriv", range.Syntax));

    /// <summary><c>idelta(v[d])</c></summary>
    [PromFunction("idelta")]
    public static InstantVector Idelta(RangeVector range) => new(Call("idelta", range.Syntax));

    /// <summary><c>increase(v[d])</c></summary>
    [PromFunction("increase")]
    public static InstantVector Increase(RangeVector range) => new(Call("increase", range.Syntax));

    /// <summary><c>irate(v[d])</c></summary>
    [PromFunction("irate")]
    public static InstantVector Irate(RangeVector range) => new(Call("irate", range.Syntax));

    /// <summary><c>last_over_time(v[d])</c></summary>
    [PromFunction("last_over_time")]
    public static InstantVector LastOverTime(RangeVector range) => new(Call("last_over_time", range.Syntax));

    /// <summary><c>mad_over_time(v[d])</c></summary>
    [PromFunction("mad_over_time")]
    public static InstantVector MadOverTime(RangeVector range) => new(Call("mad_over_time", range.Syntax));

    /// <summary><c>max_over_time(v[d])</c></summary>
    [PromFunction("max_over_time")]
    public static InstantVector MaxOverTime(RangeVector range) => new(Call("max_over_time", range.Syntax));

    /// <summary><c>min_over_time(v[d])</c></summary>
    [PromFunction("min_over_time")]
    public static InstantVector MinOverTime(RangeVector range) => new(Call("min_over_time", range.Syntax));

    /// <summary><c>present_over_time(v[d])</c></summary>
    [PromFunction("present_over_time")]
    public static InstantVector PresentOverTime(RangeVector range) => new(Call("present_over_time", range.Syntax));

    /// <summary><c>rate(v[d])</c></summary>
    [PromFunction("rate")]
    public static InstantVector Rate(RangeVector range) => new(Call("rate", range.Syntax));

    /// <summary><c>resets(v[d])</c></summary>
    [PromFunction("resets")]
    public static InstantVector Resets(RangeVector range) => new(Call("resets", range.Syntax));

    /// <summary><c>stddev_over_time(v[d])</c></summary>
    [PromFunction("stddev_over_time")]
    public static InstantVector StddevOverTime(RangeVector range) => new(Call("stddev_over_time", range.Syntax));

    /// <summary><c>stdvar_over_time(v[d])</c></summary>
    [PromFunction("stdvar_over_time")]
    public static InstantVector StdvarOverTime(RangeVector range) => new(Call("stdvar_over_time", range.Syntax));

    /// <summary><c>sum_over_time(v[d])</c></summary>
    [PromFunction("sum_over_time")]
    public static InstantVector SumOverTime(RangeVector range) => new(Call("sum_over_time", range.Syntax));

    /// <summary><c>day_of_month()</c>: of the evaluation time.</summary>
    [PromFunction("day_of_month")]
    public static InstantVector DayOfMonth() => new(Call("day_of_month"));

    /// <summary><c>day_of_month(v)</c>: of each sample value read as a Unix timestamp.</summary>
    [PromFunction("day_of_month")]
    public static InstantVector DayOfMonth(InstantVector timestamps) => new(Call("day_of_month", timestamps.Syntax));

    /// <summary><c>day_of_week()</c>: of the evaluation time.</summary>
    [PromFunction("day_of_week")]
    public static InstantVector DayOfWeek() => new(Call("day_of_week"));

    /// <summary><c>day_of_week(v)</c>: of each sample value read as a Unix timestamp.</summary>
    [PromFunction("day_of_week")]
    public static InstantVector DayOfWeek(InstantVector timestamps) => new(Call("day_of_week", timestamps.Syntax));

    /// <summary><c>day_of_year()</c>: of the evaluation time.</summary>
    [PromFunction("day_of_year")]
    public static InstantVector DayOfYear() => new(Call("day_of_year"));

    /// <summary><c>day_of_year(v)</c>: of each sample value read as a Unix timestamp.</summary>
    [PromFunction("day_of_year")]
    public static InstantVector DayOfYear(InstantVector timestamps) => new(Call("day_of_year", timestamps.Syntax));

    /// <summary><c>days_in_month()</c>: of the evaluation time.</summary>
    [PromFunction("days_in_month")]
    public static InstantVector DaysInMonth() => new(Call("days_in_month"));

    /// <summary><c>days_in_month(v)</c>: of each sample value read as a Unix timestamp.</summary>
    [PromFunction("days_in_month")]
    public static InstantVector DaysInMonth(InstantVector timestamps) => new(Call("days_in_month", timestamps.Syntax));

    /// <summary><c>hour()</c>: of the evaluation time.</summary>
    [PromFunction("hour")]
    public static InstantVector Hour() => new(Call("hour"));

    /// <summary><c>hour(v)</c>: of each sample value read as a Unix timestamp.</summary>
    [PromFunction("hour")]
    public static InstantVector Hour(InstantVector timestamps) => new(Call("hour", timestamps.Syntax));

    /// <summary><c>minute()</c>: of the evaluation time.</summary>
    [PromFunction("minute")]
    public static InstantVector Minute() => new(Call("minute"));

    /// <summary><c>minute(v)</c>: of each sample value read as a Unix timestamp.</summary>
    [PromFunction("minute")]
    public static InstantVector Minute(InstantVector timestamps) => new(Call("minute", timestamps.Syntax));

    /// <summary><c>month()</c>: of the evaluation time.</summary>
    [PromFunction("month")]
    public static InstantVector Month() => new(Call("month"));

    /// <summary><c>month(v)</c>: of each sample value read as a Unix timestamp.</summary>
    [PromFunction("month")]
    public static InstantVector Month(InstantVector timestamps) => new(Call("month", timestamps.Syntax));

    /// <summary><c>year()</c>: of the evaluation time.</summary>
    [PromFunction("year")]
    public static InstantVector Year() => new(Call("year"));

    /// <summary><c>year(v)</c>: of each sample value read as a Unix timestamp.</summary>
    [PromFunction("year")]
    public static InstantVector Year(InstantVector timestamps) => new(Call("year", timestamps.Syntax));

    /// <summary><c>clamp(v, min, max)</c></summary>
    [PromFunction("clamp")]
    public static InstantVector Clamp(InstantVector vector, Scalar min, Scalar max) => new(Call("clamp", vector.Syntax, min.Syntax, max.Syntax));

    /// <summary><c>clamp_max(v, max)</c></summary>
    [PromFunction("clamp_max")]
    public static InstantVector ClampMax(InstantVector vector, Scalar max) => new(Call("clamp_max", vector.Syntax, max.Syntax));

    /// <summary><c>clamp_min(v, min)</c></summary>
    [PromFunction("clamp_min")]
    public static InstantVector ClampMin(InstantVector vector, Scalar min) => new(Call("clamp_min", vector.Syntax, min.Syntax));

    /// <summary><c>double_exponential_smoothing(v[d], sf, tf)</c> (Prometheus 3.0+, experimental; was holt_winters).</summary>
    [PromFunction("double_exponential_smoothing")]
    public static InstantVector DoubleExponentialSmoothing(RangeVector range, Scalar smoothingFactor, Scalar trendFactor) => new(Call("double_exponential_smoothing", range.Syntax, smoothingFactor.Syntax, trendFactor.Syntax));

    /// <summary><c>holt_winters(v[d], sf, tf)</c> (Prometheus 2.x; renamed double_exponential_smoothing in 3.0).</summary>
    [PromFunction("holt_winters")]
    public static InstantVector HoltWinters(RangeVector range, Scalar smoothingFactor, Scalar trendFactor) => new(Call("holt_winters", range.Syntax, smoothingFactor.Syntax, trendFactor.Syntax));

    /// <summary><c>histogram_fraction(lower, upper, v)</c></summary>
    [PromFunction("histogram_fraction")]
    public static InstantVector HistogramFraction(Scalar lower, Scalar upper, InstantVector histograms) => new(Call("histogram_fraction", lower.Syntax, upper.Syntax, histograms.Syntax));

    /// <summary><c>histogram_quantile(φ, v)</c>: v is usually <c>sum by (le) (rate(x_bucket[d]))</c>.</summary>
    [PromFunction("histogram_quantile")]
    public static InstantVector HistogramQuantile(Scalar quantile, InstantVector buckets) => new(Call("histogram_quantile", quantile.Syntax, buckets.Syntax));

    /// <summary><c>label_replace(v, dst, replacement, src, regex)</c></summary>
    [PromFunction("label_replace")]
    public static InstantVector LabelReplace(InstantVector vector, string destination, string replacement, string source, string regex) => new(Call("label_replace", vector.Syntax, Str(destination), Str(replacement), Str(source), Str(regex)));

    /// <summary><c>label_join(v, dst, separator, src...)</c></summary>
    [PromFunction("label_join")]
    public static InstantVector LabelJoin(InstantVector vector, string destination, string separator, params string[] sources) => new(CallWithStrings("label_join", [vector.Syntax, Str(destination), Str(separator)], sources));

    /// <summary><c>predict_linear(v[d], t)</c></summary>
    [PromFunction("predict_linear")]
    public static InstantVector PredictLinear(RangeVector range, Scalar seconds) => new(Call("predict_linear", range.Syntax, seconds.Syntax));

    /// <summary><c>quantile_over_time(φ, v[d])</c></summary>
    [PromFunction("quantile_over_time")]
    public static InstantVector QuantileOverTime(Scalar quantile, RangeVector range) => new(Call("quantile_over_time", quantile.Syntax, range.Syntax));

    /// <summary><c>pi()</c></summary>
    [PromFunction("pi")]
    public static Scalar Pi() => new(Call("pi"));

    /// <summary><c>time()</c>: evaluation time in seconds since the epoch.</summary>
    [PromFunction("time")]
    public static Scalar Time() => new(Call("time"));

    /// <summary><c>scalar(v)</c>: the single sample value, or NaN.</summary>
    [PromFunction("scalar")]
    public static Scalar Scalar(InstantVector vector) => new(Call("scalar", vector.Syntax));

    /// <summary><c>vector(s)</c></summary>
    [PromFunction("vector")]
    public static InstantVector Vector(Scalar scalar) => new(Call("vector", scalar.Syntax));

    /// <summary><c>round(v)</c></summary>
    [PromFunction("round")]
    public static InstantVector Round(InstantVector vector) => new(Call("round", vector.Syntax));

    /// <summary><c>round(v, to_nearest)</c></summary>
    [PromFunction("round")]
    public static InstantVector Round(InstantVector vector, Scalar toNearest) => new(Call("round", vector.Syntax, toNearest.Syntax));

    /// <summary><c>sort_by_label(v, label...)</c> (Prometheus 2.49+, experimental).</summary>
    [PromFunction("sort_by_label")]
    public static InstantVector SortByLabel(InstantVector vector, params string[] labels) => new(CallWithStrings("sort_by_label", [vector.Syntax], labels));

    /// <summary><c>sort_by_label_desc(v, label...)</c> (Prometheus 2.49+, experimental).</summary>
    [PromFunction("sort_by_label_desc")]
    public static InstantVector SortByLabelDesc(InstantVector vector, params string[] labels) => new(CallWithStrings("sort_by_label_desc", [vector.Syntax], labels));

    /// <summary><c>info(v)</c> (Prometheus 3.0+, experimental).</summary>
    [PromFunction("info")]
    public static InstantVector Info(InstantVector vector) => new(Call("info", vector.Syntax));

    /// <summary><c>info(v, selector)</c> (Prometheus 3.0+, experimental).</summary>
    [PromFunction("info")]
    public static InstantVector Info(InstantVector vector, InstantVector dataLabelSelector) => new(Call("info", vector.Syntax, dataLabelSelector.Syntax));

    /// <summary><c>first_over_time(v[d])</c> (Prometheus 3.7+, experimental until 3.14).</summary>
    [PromFunction("first_over_time")]
    public static InstantVector FirstOverTime(RangeVector range) => new(Call("first_over_time", range.Syntax));

    /// <summary><c>ts_of_first_over_time(v[d])</c> (Prometheus 3.7+, experimental).</summary>
    [PromFunction("ts_of_first_over_time")]
    public static InstantVector TsOfFirstOverTime(RangeVector range) => new(Call("ts_of_first_over_time", range.Syntax));

    /// <summary><c>ts_of_last_over_time(v[d])</c> (Prometheus 3.5+, experimental).</summary>
    [PromFunction("ts_of_last_over_time")]
    public static InstantVector TsOfLastOverTime(RangeVector range) => new(Call("ts_of_last_over_time", range.Syntax));

    /// <summary><c>ts_of_max_over_time(v[d])</c> (Prometheus 3.5+, experimental).</summary>
    [PromFunction("ts_of_max_over_time")]
    public static InstantVector TsOfMaxOverTime(RangeVector range) => new(Call("ts_of_max_over_time", range.Syntax));

    /// <summary><c>ts_of_min_over_time(v[d])</c> (Prometheus 3.5+, experimental).</summary>
    [PromFunction("ts_of_min_over_time")]
    public static InstantVector TsOfMinOverTime(RangeVector range) => new(Call("ts_of_min_over_time", range.Syntax));

    /// <summary><c>histogram_quantiles(v, "label", φ)</c> (Prometheus 3.11+, experimental): one series per quantile, told apart by the label.</summary>
    [PromFunction("histogram_quantiles")]
    public static InstantVector HistogramQuantiles(InstantVector histograms, string quantileLabel, Scalar quantile) => new(Call("histogram_quantiles", histograms.Syntax, Str(quantileLabel), quantile.Syntax));

    /// <summary><c>histogram_quantiles(v, "label", φ1, φ2)</c> (Prometheus 3.11+, experimental).</summary>
    [PromFunction("histogram_quantiles")]
    public static InstantVector HistogramQuantiles(InstantVector histograms, string quantileLabel, Scalar quantile1, Scalar quantile2) => new(Call("histogram_quantiles", histograms.Syntax, Str(quantileLabel), quantile1.Syntax, quantile2.Syntax));

    /// <summary><c>start_timestamp(v)</c> (Prometheus 3.14+, experimental): the start timestamp of each sample.</summary>
    [PromFunction("start_timestamp")]
    public static InstantVector StartTimestamp(InstantVector vector) => new(Call("start_timestamp", vector.Syntax));

    /// <summary><c>start()</c> (Prometheus 3.12+, experimental): the query's start time in seconds.</summary>
    [PromFunction("start")]
    public static Scalar Start() => new(Call("start"));

    /// <summary><c>end()</c> (Prometheus 3.12+, experimental): the query's end time in seconds.</summary>
    [PromFunction("end")]
    public static Scalar End() => new(Call("end"));

    /// <summary><c>range()</c> (Prometheus 3.12+, experimental): end minus start, in seconds.</summary>
    [PromFunction("range")]
    public static Scalar QueryRange() => new(Call("range"));

    /// <summary><c>step()</c> (Prometheus 3.12+, experimental): the query step in seconds.</summary>
    [PromFunction("step")]
    public static Scalar Step() => new(Call("step"));

    /// <summary><c>min_of(a, b)</c> (Prometheus 3.13+, experimental).</summary>
    [PromFunction("min_of")]
    public static Scalar MinOf(Scalar a, Scalar b) => new(Call("min_of", a.Syntax, b.Syntax));

    /// <summary><c>max_of(a, b)</c> (Prometheus 3.13+, experimental).</summary>
    [PromFunction("max_of")]
    public static Scalar MaxOf(Scalar a, Scalar b) => new(Call("max_of", a.Syntax, b.Syntax));
}
