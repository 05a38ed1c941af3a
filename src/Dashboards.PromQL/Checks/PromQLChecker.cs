using Dashboards.PromQL.Functions;
using Dashboards.PromQL.Lexing;
using Dashboards.PromQL.Metrics;
using Dashboards.PromQL.Parsing;

namespace Dashboards.PromQL.Checks;

/// <summary>
/// Checks a parsed or built expression: type errors Prometheus would reject (built trees can contain them), and lints
/// that use a <see cref="MetricCatalog"/> (rate on a gauge, histogram_quantile without <c>le</c>, unknown metrics and labels).
/// </summary>
public static class PromQLChecker
{
    public const string TypeCode = "type";
    public const string SelectorCode = "selector";
    public const string RateOnGaugeCode = "rate-on-gauge";
    public const string HistogramQuantileCode = "histogram-quantile";
    public const string UnknownMetricCode = "unknown-metric";
    public const string UnknownLabelCode = "unknown-label";
    public const string VersionCode = "version";
    public const string ParseCode = "parse";

    /// <summary>Debian 12's prometheus package, the promtool the tests run.</summary>
    public static Version BaselinePrometheusVersion { get; } = new(2, 42);

    /// <summary>Parses and checks text; a parse error becomes one Error diagnostic with its position.</summary>
    public static IReadOnlyList<PromQLDiagnostic> Check(string query, MetricCatalog? catalog = null) => Check(query, catalog, null);

    /// <summary>
    /// Parses and checks text for a target Prometheus (default: <see cref="PromTarget.Default"/>); what the target
    /// does not accept is a <c>version</c> warning naming the release or flag it needs.
    /// </summary>
    public static IReadOnlyList<PromQLDiagnostic> Check(string query, MetricCatalog? catalog, PromTarget? target)
    {
        Expr expr;
        try
        {
            expr = PromQLParser.Parse(query);
        }
        catch (PromQLParseException e)
        {
            return [new PromQLDiagnostic(DiagnosticSeverity.Error, ParseCode, e.Message, new SourceSpan(e.Offset, 0))];
        }
        target ??= PromTarget.Default;
        // The text itself is judged for the target: x[300], by ("job") or 1_000 leave no trace in the tree.
        if (!PromQLParser.TryParse(query, target, out _, out var targetError))
        {
            var list = Check(expr, catalog, target, versionLint: false).ToList();
            list.Add(new PromQLDiagnostic(DiagnosticSeverity.Warning, VersionCode, targetError!.Message, new SourceSpan(targetError.Offset, 0)));
            return list;
        }
        return Check(expr, catalog, target);
    }

    public static IReadOnlyList<PromQLDiagnostic> Check(PromQLExpr expr, MetricCatalog? catalog = null, PromTarget? target = null) => Check(expr.Syntax, catalog, target);

    public static IReadOnlyList<PromQLDiagnostic> Check(Expr expr, MetricCatalog? catalog = null, PromTarget? target = null) =>
        Check(expr, catalog, target, versionLint: true);

    private static IReadOnlyList<PromQLDiagnostic> Check(Expr expr, MetricCatalog? catalog, PromTarget? target, bool versionLint)
    {
        ArgumentNullException.ThrowIfNull(expr);
        target ??= PromTarget.Default;
        var list = new List<PromQLDiagnostic>();
        foreach (var node in ExprWalker.DescendantsAndSelf(expr))
        {
            CheckTypes(node, list);
            CheckLints(node, catalog, list);
        }
        foreach (var use in versionLint ? SyntaxRequirements.Find(expr) : [])
        {
            if (use.RejectedBy(target) is { } why)
                Add(list, DiagnosticSeverity.Warning, VersionCode, use.Node, $"{use.What} {why} (target: {target})");
        }
        return list;
    }

    /// <summary>The oldest Prometheus release that accepts every function, aggregation and piece of syntax in the expression.</summary>
    public static Version MinimumPrometheusVersion(Expr expr)
    {
        var version = new Version(2, 0);
        foreach (var use in SyntaxRequirements.Find(expr))
        {
            if (use.Since > version) version = use.Since;
        }
        return version;
    }

    private static void Add(List<PromQLDiagnostic> list, DiagnosticSeverity severity, string code, Expr node, string message) =>
        list.Add(new PromQLDiagnostic(severity, code, message, node.Span, node.Span.IsKnown ? null : Truncate(node.ToString())));

    private static string Truncate(string s) => s.Length <= 80 ? s : s[..77] + "...";

    private static bool IsNumeric(PromType t) => t is PromType.Scalar or PromType.InstantVector;

    private static void CheckTypes(Expr node, List<PromQLDiagnostic> list)
    {
        switch (node)
        {
            case VectorSelector vs:
                if (vs.MetricName is null && vs.Matchers.All(m => m.MatchesEmpty))
                    Add(list, DiagnosticSeverity.Error, SelectorCode, node, "vector selector must contain at least one non-empty matcher");
                foreach (var m in vs.Matchers)
                {
                    if (m.Name.Length == 0 || StringLiterals.HasLoneSurrogate(m.Name))
                        Add(list, DiagnosticSeverity.Error, SelectorCode, node, $"invalid label name \"{m.Name}\"");
                    if (m.Op is MatchOp.Regex or MatchOp.NotRegex && RegexCheck.Problem(m.Value) is { } regexProblem)
                        Add(list, DiagnosticSeverity.Error, SelectorCode, node, $"invalid regular expression \"{m.Value}\" for label {m.Name}: {regexProblem}");
                    if (m.Name == "__name__" && vs.MetricName is not null)
                        Add(list, DiagnosticSeverity.Error, SelectorCode, node, "metric name must not be set twice");
                }
                break;
            case MatrixSelector ms:
                if (ms.Range.IsFixed && ms.Range.Milliseconds <= 0)
                    Add(list, DiagnosticSeverity.Error, TypeCode, node, "range must be greater than 0");
                break;
            case Subquery sq:
                if (sq.Inner.Type != PromType.InstantVector)
                    Add(list, DiagnosticSeverity.Error, TypeCode, node, $"subquery is only allowed on instant vector, got {sq.Inner.Type.DisplayName()}");
                break;
            case UnaryExpr u:
                if (!IsNumeric(u.Operand.Type))
                    Add(list, DiagnosticSeverity.Error, TypeCode, node, $"unary expression only allowed on expressions of type scalar or instant vector, got {u.Operand.Type.DisplayName()}");
                break;
            case BinaryExpr b:
                var op = TokenTable.Text(b.Op);
                if (!IsNumeric(b.Left.Type) || !IsNumeric(b.Right.Type))
                    Add(list, DiagnosticSeverity.Error, TypeCode, node, $"binary expression \"{op}\" must contain only scalar and instant vector types, got {b.Left.Type.DisplayName()} and {b.Right.Type.DisplayName()}");
                else if (b.Op.IsSetOperator() && (b.Left.Type == PromType.Scalar || b.Right.Type == PromType.Scalar))
                    Add(list, DiagnosticSeverity.Error, TypeCode, node, $"set operator \"{op}\" not allowed in binary scalar expression");
                else if (b.Op.IsComparison() && b.Left.Type == PromType.Scalar && b.Right.Type == PromType.Scalar && !b.ReturnBool)
                    Add(list, DiagnosticSeverity.Error, TypeCode, node, "comparisons between scalars must use BOOL modifier");
                if (b.ReturnBool && !b.Op.IsComparison())
                    Add(list, DiagnosticSeverity.Error, TypeCode, node, "bool modifier can only be used on comparison operators");
                if (b.Matching is { } matching)
                {
                    if (b.Left.Type == PromType.Scalar || b.Right.Type == PromType.Scalar)
                        Add(list, DiagnosticSeverity.Error, TypeCode, node, "vector matching only allowed between instant vectors");
                    if (matching.Cardinality != VectorMatchCardinality.OneToOne && b.Op.IsSetOperator())
                        Add(list, DiagnosticSeverity.Error, TypeCode, node, $"no grouping allowed for \"{op}\" operation");
                    if (matching.On)
                    {
                        foreach (var l in matching.Include)
                        {
                            if (matching.MatchingLabels.Contains(l))
                                Add(list, DiagnosticSeverity.Error, TypeCode, node, $"label \"{l}\" must not occur in ON and GROUP clause at once");
                        }
                    }
                }
                break;
            case AggregateExpr a:
                var name = TokenTable.Text(a.Op);
                if (a.Body.Type != PromType.InstantVector)
                    Add(list, DiagnosticSeverity.Error, TypeCode, node, $"expected type instant vector in aggregation expression \"{name}\", got {a.Body.Type.DisplayName()}");
                var want = a.Op.ParameterType();
                if (want is null && a.Parameter is not null)
                    Add(list, DiagnosticSeverity.Error, TypeCode, node, $"aggregation \"{name}\" takes no parameter");
                else if (want is not null && a.Parameter is null)
                    Add(list, DiagnosticSeverity.Error, TypeCode, node, $"aggregation \"{name}\" needs a {want.Value.DisplayName()} parameter");
                else if (want is not null && a.Parameter!.Type != want)
                    Add(list, DiagnosticSeverity.Error, TypeCode, node, $"expected type {want.Value.DisplayName()} in aggregation parameter of \"{name}\", got {a.Parameter.Type.DisplayName()}");
                break;
            case FunctionCall f:
                CheckCall(f, list);
                break;
        }
    }

    private static void CheckCall(FunctionCall f, List<PromQLDiagnostic> list)
    {
        var def = f.Function;
        var n = f.Args.Count;
        if (n < def.MinArgs || (def.MaxArgs >= 0 && n > def.MaxArgs))
        {
            Add(list, DiagnosticSeverity.Error, TypeCode, f, $"wrong number of arguments in call to \"{def.Name}\": got {n}, expected {(def.MinArgs == def.MaxArgs ? def.MinArgs.ToString() : def.MaxArgs < 0 ? $"at least {def.MinArgs}" : $"{def.MinArgs} to {def.MaxArgs}")}");
        }
        for (var i = 0; i < n && def.ArgTypes.Length > 0; i++)
        {
            var want = def.ArgType(i);
            var got = f.Args[i].Type;
            if (got != want)
            {
                var hint = want == PromType.RangeVector && got == PromType.InstantVector ? $" (add a range, e.g. {def.Name}(x[5m]))" : "";
                Add(list, DiagnosticSeverity.Error, TypeCode, f, $"expected type {want.DisplayName()} in call to function \"{def.Name}\", got {got.DisplayName()}{hint}");
            }
        }
    }

    private static readonly HashSet<string> CounterFunctions = new(StringComparer.Ordinal) { "rate", "irate", "increase", "resets" };

    private static void CheckLints(Expr node, MetricCatalog? catalog, List<PromQLDiagnostic> list)
    {
        switch (node)
        {
            case FunctionCall f when CounterFunctions.Contains(f.Name) && catalog is not null:
                foreach (var vs in Selectors(f))
                {
                    if (vs.MetricName is not null && catalog.TryResolve(vs.MetricName, out var s) && IsNotCounterLike(s))
                        Add(list, DiagnosticSeverity.Warning, RateOnGaugeCode, f,
                            $"{f.Name}() on {s.Metric.Kind.ToString().ToLowerInvariant()} '{vs.MetricName}': {f.Name} is for counters; use deriv() or delta() for a gauge, or avg_over_time() to smooth it");
                }
                break;
            case FunctionCall f when f.Name == "histogram_quantile" && f.Args.Count == 2:
                CheckHistogramQuantile(f, catalog, list);
                break;
            case VectorSelector vs when catalog is not null && vs.MetricName is not null:
                if (!catalog.TryResolve(vs.MetricName, out var series))
                {
                    Add(list, DiagnosticSeverity.Warning, UnknownMetricCode, node, $"metric '{vs.MetricName}' is not in the catalog{Suggest(catalog, vs.MetricName)}");
                    break;
                }
                foreach (var m in vs.Matchers)
                {
                    if (!IsKnownLabel(series, m.Name))
                        Add(list, DiagnosticSeverity.Warning, UnknownLabelCode, node, $"label '{m.Name}' is not declared on metric '{series.Metric.Name}' ({string.Join(", ", series.Metric.Labels.Select(l => l.Name))})");
                }
                break;
        }
    }

    private static bool IsNotCounterLike(SeriesName s) => s.Metric.Kind switch
    {
        MetricKind.Gauge => true,
        MetricKind.Summary => s.Role == SeriesRole.Value,
        _ => false,
    };

    private static bool IsKnownLabel(SeriesName s, string label)
    {
        if (label is "job" or "instance" or "__name__") return true;
        if (label == "le" && s.Role == SeriesRole.Bucket) return true;
        if (label == "quantile" && s.Metric.Kind == MetricKind.Summary && s.Role == SeriesRole.Value) return true;
        return s.Metric.FindLabel(label) is not null;
    }

    private static string Suggest(MetricCatalog catalog, string name)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var s in catalog.AllSeries)
        {
            var d = Distance(s.Name, name);
            if (d < bestDistance)
            {
                bestDistance = d;
                best = s.Name;
            }
        }
        return best is not null && bestDistance <= Math.Max(3, name.Length / 4) ? $"; did you mean '{best}'?" : "";
    }

    private static int Distance(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }

    private static IEnumerable<VectorSelector> Selectors(Expr e) => ExprWalker.DescendantsAndSelf(e).OfType<VectorSelector>();

    private static void CheckHistogramQuantile(FunctionCall f, MetricCatalog? catalog, List<PromQLDiagnostic> list)
    {
        var arg = f.Args[1];
        var selectors = Selectors(arg).Where(s => s.MetricName is not null).ToList();
        foreach (var vs in selectors)
        {
            var name = vs.MetricName!;
            if (catalog is not null && catalog.TryResolve(name, out var s))
            {
                if (s.Role != SeriesRole.Bucket)
                    Add(list, DiagnosticSeverity.Warning, HistogramQuantileCode, f,
                        $"histogram_quantile over '{name}', which is not a _bucket series{(s.Metric is Histogram h ? $"; use '{h.BucketName}'" : $" ({s.Metric.Kind.ToString().ToLowerInvariant()})")}");
            }
            else if (!name.EndsWith("_bucket", StringComparison.Ordinal))
            {
                Add(list, DiagnosticSeverity.Info, HistogramQuantileCode, f,
                    $"histogram_quantile over '{name}', which does not end in _bucket; fine only for a native histogram");
            }
        }
        // Walk down from the argument: the first aggregation decides whether 'le' survives.
        var current = arg;
        while (true)
        {
            switch (current)
            {
                case AggregateExpr a:
                    var keepsLe = a.Grouping is { Without: false } g ? g.Labels.Contains("le")
                        : a.Grouping is { Without: true } w && !w.Labels.Contains("le");
                    var classic = Selectors(a).Any(s => s.MetricName?.EndsWith("_bucket", StringComparison.Ordinal) == true);
                    if (!keepsLe && classic)
                        Add(list, DiagnosticSeverity.Warning, HistogramQuantileCode, f,
                            $"histogram_quantile needs the 'le' label, but {TokenTable.Text(a.Op)}{(a.Grouping is null ? "" : a.Grouping.Without ? " without (...)" : " by (...)")} drops it; group by (le, ...)");
                    return;
                case FunctionCall { Name: "rate" or "irate" or "increase" or "delta" or "idelta" or "sort" or "sort_desc" or "last_over_time" or "max_over_time" or "avg_over_time" } fn when fn.Args.Count > 0:
                    current = fn.Args[0];
                    break;
                case MatrixSelector or VectorSelector or Subquery:
                    return;
                default:
                    return;
            }
        }
    }
}
