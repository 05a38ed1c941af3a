using System.Globalization;
using System.Text;
using Dashboards.PromQL.Lexing;
using Dashboards.PromQL.Parsing;
using Dashboards.QuerySyntax;

namespace Dashboards.PromQL.Printing;

/// <summary>
/// Prints canonical PromQL: single line, only the parentheses precedence needs, strings double-quoted and escaped,
/// grouping before the aggregation body (<c>sum by (a) (x)</c>), durations in Prometheus's format.
/// The output parses back to an equal tree.
/// </summary>
public static class PromQLPrinter
{
    [ThreadStatic]
    private static StringBuilder? _cached;

    public static string Print(Expr expr)
    {
        ArgumentNullException.ThrowIfNull(expr);
        var sb = Rent();
        WriteNode(new StringBuilderSink(sb), expr);
        return Return(sb);
    }

    /// <summary>Multi-line form: an expression longer than <paramref name="maxLineWidth"/> is split at its top-level structure.</summary>
    public static string PrintPretty(Expr expr, int maxLineWidth = 100)
    {
        ArgumentNullException.ThrowIfNull(expr);
        var sb = new StringBuilder();
        PrettyPrinter.Write(sb, expr, 0, maxLineWidth);
        return sb.ToString();
    }

    public static string PrintMatcher(LabelMatcher matcher)
    {
        var sb = Rent();
        WriteMatcher(new StringBuilderSink(sb), matcher);
        return Return(sb);
    }

    private static StringBuilder Rent()
    {
        var sb = _cached;
        if (sb is null) return new StringBuilder(128);
        _cached = null;
        return sb;
    }

    private static string Return(StringBuilder sb)
    {
        var s = sb.ToString();
        if (sb.Capacity <= 4096)
        {
            sb.Clear();
            _cached = sb;
        }
        return s;
    }

    /// <summary>Appends the canonical text of <paramref name="expr"/>.</summary>
    public static void Write(StringBuilder sb, Expr expr) => Write(new StringBuilderSink(sb), expr);

    /// <summary>Writes the canonical text of <paramref name="expr"/> into <paramref name="sink"/> (e.g. a reused <see cref="CharBuffer"/>).</summary>
    public static void Write<TSink>(TSink sink, Expr expr) where TSink : struct, ITextSink
    {
        ArgumentNullException.ThrowIfNull(expr);
        WriteNode(sink, expr);
    }

    private static void WriteNode<TSink>(TSink sb, Expr expr) where TSink : struct, ITextSink
    {
        switch (expr)
        {
            case NumberLiteral { IsDuration: true } n:
                AppendSecondsAsDuration(sb, n.Value);
                break;
            case NumberLiteral n:
                AppendNumber(sb, n.Value);
                break;
            case StringLiteral s:
                GoStringLiteral.AppendQuoted(sb, s.Value, InvalidUtf8.KeepAsRawBytes);
                break;
            case NumberVariable v:
                sb.Append(v.Variable);
                break;
            case VectorSelector vs:
                WriteSelectorCore(sb, vs);
                WriteExtension(sb, vs.Extension);
                WriteModifiers(sb, vs.Offset, vs.At);
                break;
            case MatrixSelector ms:
                WriteSelectorCore(sb, ms.Selector);
                sb.Append('[');
                ms.Range.AppendTo(sb);
                sb.Append(']');
                WriteExtension(sb, ms.Selector.Extension);
                WriteModifiers(sb, ms.Selector.Offset, ms.Selector.At);
                break;
            case Subquery sq:
                WriteOperand(sb, sq.Inner, SubqueryInnerNeedsParens(sq.Inner));
                sb.Append('[');
                sq.Range.AppendTo(sb);
                sb.Append(':');
                sq.Step?.AppendTo(sb);
                sb.Append(']');
                WriteModifiers(sb, sq.Offset, sq.At);
                break;
            case UnaryExpr u:
                sb.Append(TokenTable.Text(u.Op));
                WriteOperand(sb, u.Operand, UnaryOperandNeedsParens(u.Operand));
                break;
            case BinaryExpr b:
                WriteOperand(sb, b.Left, LeftNeedsParens(b.Op, b.Left));
                sb.Append(' ');
                sb.Append(TokenTable.Text(b.Op));
                WriteBinaryModifiers(sb, b);
                sb.Append(' ');
                var rightStart = sb.Length;
                WriteOperand(sb, b.Right, RightNeedsParens(b.Op, b.Right));
                DisambiguateGroupModifier(sb, b, rightStart);
                break;
            case AggregateExpr a:
                sb.Append(TokenTable.Text(a.Op));
                if (a.Grouping is { } g)
                {
                    sb.Append(g.Without ? " without " : " by ");
                    WriteLabelList(sb, g.Labels);
                    sb.Append(' ');
                }
                sb.Append('(');
                if (a.Parameter is not null)
                {
                    WriteNode(sb, a.Parameter);
                    sb.Append(", ");
                }
                WriteNode(sb, a.Body);
                sb.Append(')');
                break;
            case FunctionCall f:
                sb.Append(f.Function.Name);
                sb.Append('(');
                for (var i = 0; i < f.Args.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    WriteNode(sb, f.Args[i]);
                }
                sb.Append(')');
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(expr), expr.GetType().Name, "Unknown expression node.");
        }
    }

    private static void WriteExtension<TSink>(TSink sb, RangeExtension extension) where TSink : struct, ITextSink
    {
        if (extension == RangeExtension.Anchored) sb.Append(" anchored");
        else if (extension == RangeExtension.Smoothed) sb.Append(" smoothed");
    }

    internal static void WriteBinaryModifiers<TSink>(TSink sb, BinaryExpr b) where TSink : struct, ITextSink
    {
        WriteMatchingModifiers(sb, b);
        if (b.Fill is { } fill)
        {
            if (fill.Left is { } l && fill.Right is { } r && l.Equals(r))
            {
                sb.Append(" fill (");
                AppendNumber(sb, l);
                sb.Append(')');
            }
            else
            {
                if (fill.Left is { } left)
                {
                    sb.Append(" fill_left (");
                    AppendNumber(sb, left);
                    sb.Append(')');
                }
                if (fill.Right is { } right)
                {
                    sb.Append(" fill_right (");
                    AppendNumber(sb, right);
                    sb.Append(')');
                }
            }
        }
    }

    private static void WriteMatchingModifiers<TSink>(TSink sb, BinaryExpr b) where TSink : struct, ITextSink
    {
        if (b.ReturnBool) sb.Append(" bool");
        if (b.Matching is { } m)
        {
            sb.Append(m.On ? " on " : " ignoring ");
            WriteLabelList(sb, m.MatchingLabels);
            if (m.Cardinality != VectorMatchCardinality.OneToOne)
            {
                sb.Append(m.Cardinality == VectorMatchCardinality.ManyToOne ? " group_left" : " group_right");
                if (!m.Include.IsEmpty)
                {
                    sb.Append(' ');
                    WriteLabelList(sb, m.Include);
                }
            }
        }
    }

    /// <summary>
    /// <c>group_left (</c> always starts a label list, so a bare <c>group_left</c> followed by an operand that starts with
    /// "(" gets an explicit empty list: <c>group_left () (a + b)</c>.
    /// </summary>
    internal static void DisambiguateGroupModifier<TSink>(TSink sb, BinaryExpr b, int rightStart) where TSink : struct, ITextSink
    {
        if (b.Matching is { Cardinality: not VectorMatchCardinality.OneToOne, Include.IsEmpty: true } && b.Fill is null
            && sb.CharAt(rightStart) == '(')
            sb.Insert(rightStart, "() ");
    }

    private static void WriteOperand<TSink>(TSink sb, Expr e, bool parens) where TSink : struct, ITextSink
    {
        if (parens) sb.Append('(');
        WriteNode(sb, e);
        if (parens) sb.Append(')');
    }

    /// <summary>How tightly a node binds when printed: binary operators by their precedence, unary and negative numbers 6, atoms 9.</summary>
    internal static int PrecedenceOf(Expr e) => e switch
    {
        BinaryExpr b => TokenTable.Precedence(b.Op),
        UnaryExpr => TokenTable.UnaryPrecedence,
        NumberLiteral n when n.Value < 0 || double.IsNegative(n.Value) && !double.IsNaN(n.Value) => TokenTable.UnaryPrecedence,
        _ => TokenTable.AtomPrecedence,
    };

    internal static bool LeftNeedsParens(BinaryOp op, Expr left)
    {
        var p = TokenTable.Precedence(op);
        var c = PrecedenceOf(left);
        return c < p || (c == p && TokenTable.IsRightAssociative(op)) || EndsWithParenthesizedOffset(left);
    }

    private static bool IsParenthesizedOffset(PromDuration offset) => offset.Expression is DurationBinary;

    /// <summary>
    /// True when the printed text ends with <c>offset (a + b)</c>: an operator right after it would be read as part of
    /// the offset (<c>x offset (1m) + 5</c> offsets by 1m + 5s), so such a left operand is wrapped in parentheses.
    /// </summary>
    private static bool EndsWithParenthesizedOffset(Expr e) => e switch
    {
        VectorSelector { Offset: { } o } => IsParenthesizedOffset(o),
        MatrixSelector { Selector.Offset: { } o } => IsParenthesizedOffset(o),
        Subquery { Offset: { } o } => IsParenthesizedOffset(o),
        BinaryExpr b => !RightNeedsParens(b.Op, b.Right) && EndsWithParenthesizedOffset(b.Right),
        UnaryExpr u => !UnaryOperandNeedsParens(u.Operand) && EndsWithParenthesizedOffset(u.Operand),
        _ => false,
    };

    internal static bool RightNeedsParens(BinaryOp op, Expr right)
    {
        var c = PrecedenceOf(right);
        // A unary operator is a prefix: it can start the right operand without parentheses.
        if (c == TokenTable.UnaryPrecedence) return false;
        var p = TokenTable.Precedence(op);
        return c < p || (c == p && !TokenTable.IsRightAssociative(op));
    }

    internal static bool UnaryOperandNeedsParens(Expr operand) =>
        // A number right after a sign would merge into a negative literal, so it keeps its parentheses.
        operand is NumberLiteral || PrecedenceOf(operand) < TokenTable.AtomPrecedence - 2;

    internal static bool SubqueryInnerNeedsParens(Expr inner) => inner switch
    {
        VectorSelector vs => vs.Offset is not null || vs.At is not null,
        MatrixSelector or Subquery => true,
        _ => PrecedenceOf(inner) < TokenTable.AtomPrecedence,
    };

    private static void WriteSelectorCore<TSink>(TSink sb, VectorSelector vs) where TSink : struct, ITextSink
    {
        if (vs.PrintedCore is { } printed)
        {
            sb.Append(printed);
            return;
        }
        var start = sb.Length;
        WriteSelectorText(sb, vs);
        vs.PrintedCore = sb.TextFrom(start);
    }

    private static void WriteSelectorText<TSink>(TSink sb, VectorSelector vs) where TSink : struct, ITextSink
    {
        // A name that is not a classic metric name, or reads as a keyword, goes quoted inside the braces: {"a.b", x="y"}.
        var bare = vs.MetricName is not null && VectorSelector.IsBareMetricName(vs.MetricName);
        if (bare) sb.Append(vs.MetricName);
        if (vs.Matchers.IsEmpty && bare) return;
        sb.Append('{');
        if (vs.MetricName is not null && !bare)
        {
            GoStringLiteral.AppendQuoted(sb, vs.MetricName, InvalidUtf8.KeepAsRawBytes);
            if (!vs.Matchers.IsEmpty) sb.Append(", ");
        }
        for (var i = 0; i < vs.Matchers.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            WriteMatcher(sb, vs.Matchers[i]);
        }
        sb.Append('}');
    }

    private static void WriteMatcher<TSink>(TSink sb, LabelMatcher m) where TSink : struct, ITextSink
    {
        WriteLabelName(sb, m.Name);
        sb.Append(TokenTable.Text(m.Op));
        GoStringLiteral.AppendQuoted(sb, m.Value, InvalidUtf8.KeepAsRawBytes);
    }

    /// <summary>A label name, quoted when it is not a classic one (<c>"http.method"</c>, Prometheus 3.0+).</summary>
    internal static void WriteLabelName<TSink>(TSink sb, string name) where TSink : struct, ITextSink
    {
        if (Metrics.PromNames.IsValidLabelName(name)) sb.Append(name);
        else GoStringLiteral.AppendQuoted(sb, name, InvalidUtf8.KeepAsRawBytes);
    }

    private static void WriteModifiers<TSink>(TSink sb, PromDuration? offset, AtModifier? at) where TSink : struct, ITextSink
    {
        if (offset is { } o)
        {
            sb.Append(" offset ");
            // After offset a signed or bare number, duration, function or -(...) is complete; "x offset 5m + 1m" adds 1m to
            // x offset 5m, so arithmetic goes in parentheses (and LeftNeedsParens keeps a following operator out of them).
            switch (o.Expression)
            {
                case DurationBinary:
                    sb.Append('(');
                    o.AppendTo(sb);
                    sb.Append(')');
                    break;
                case DurationNegation { Operand: not DurationFunction } n:
                    sb.Append("-(");
                    WriteDuration(sb, n.Operand);
                    sb.Append(')');
                    break;
                default:
                    o.AppendTo(sb);
                    break;
            }
        }
        if (at is not null)
        {
            sb.Append(" @ ");
            if (at.Kind == AtKind.Start) sb.Append("start()");
            else if (at.Kind == AtKind.End) sb.Append("end()");
            else AppendNumber(sb, at.Timestamp);
        }
    }

    internal static void WriteLabelList<TSink>(TSink sb, EquatableArray<string> labels) where TSink : struct, ITextSink
    {
        sb.Append('(');
        for (var i = 0; i < labels.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            // In a label list Prometheus reads NaN and Inf as numbers, so they go quoted there.
            if (labels[i].Length == 3 && (labels[i].Equals("nan", StringComparison.OrdinalIgnoreCase) || labels[i].Equals("inf", StringComparison.OrdinalIgnoreCase)))
                GoStringLiteral.AppendQuoted(sb, labels[i], InvalidUtf8.KeepAsRawBytes);
            else
                WriteLabelName(sb, labels[i]);
        }
        sb.Append(')');
    }

    /// <summary>Seconds written as a duration, as Prometheus prints a number literal that was written as one: <c>5m</c>, <c>-1h30m</c>.</summary>
    internal static void AppendSecondsAsDuration<TSink>(TSink sb, double seconds) where TSink : struct, ITextSink
    {
        var ms = (long)Math.Round(seconds * 1000);
        if (ms < 0)
        {
            sb.Append('-');
            ms = -ms;
        }
        PromDuration.AppendMilliseconds(sb, ms);
    }

    /// <summary>A duration expression: <c>5m + 1m</c>, <c>max_of(step(), 5s)</c>; parentheses as written, plus any precedence needs.</summary>
    public static void WriteDuration(StringBuilder sb, DurationExpr expr) => WriteDuration(new StringBuilderSink(sb), expr);

    internal static void WriteDuration<TSink>(TSink sb, DurationExpr expr) where TSink : struct, ITextSink
    {
        switch (expr)
        {
            case DurationNumber { IsDuration: true } n:
                AppendSecondsAsDuration(sb, n.Seconds);
                break;
            case DurationNumber n:
                AppendNumber(sb, n.Seconds);
                break;
            case DurationNegation neg:
                sb.Append('-');
                WriteDurationOperand(sb, neg.Operand, DurationPrecedence(neg.Operand) < TokenTable.UnaryPrecedence + 1 || neg.Operand is DurationNumber);
                break;
            case DurationFunction f:
                sb.Append(f.Kind switch
                {
                    DurationFunctionKind.Step => "step(",
                    DurationFunctionKind.Range => "range(",
                    DurationFunctionKind.MinOf => "min_of(",
                    _ => "max_of(",
                });
                if (f.Left is not null)
                {
                    WriteDuration(sb, f.Left);
                    sb.Append(", ");
                    WriteDuration(sb, f.Right!);
                }
                sb.Append(')');
                break;
            case DurationBinary b:
            {
                var p = DurationPrecedence(b);
                var right = b.Op == DurationOp.Power;
                var lp = DurationPrecedence(b.Left);
                WriteDurationOperand(sb, b.Left, lp < p || (lp == p && right) || (right && lp == TokenTable.UnaryPrecedence));
                sb.Append(' ');
                sb.Append(DurationOpText(b.Op));
                sb.Append(' ');
                var rp = DurationPrecedence(b.Right);
                WriteDurationOperand(sb, b.Right, rp != TokenTable.UnaryPrecedence && (rp < p || (rp == p && !right)));
                break;
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(expr), expr.GetType().Name, "Unknown duration node.");
        }
    }

    private static void WriteDurationOperand<TSink>(TSink sb, DurationExpr e, bool parens) where TSink : struct, ITextSink
    {
        if (parens) sb.Append('(');
        WriteDuration(sb, e);
        if (parens) sb.Append(')');
    }

    private static int DurationPrecedence(DurationExpr e) => e switch
    {
        DurationBinary { Op: DurationOp.Add or DurationOp.Subtract } => 4,
        DurationBinary { Op: DurationOp.Power } => 7,
        DurationBinary => 5,
        DurationNegation => TokenTable.UnaryPrecedence,
        DurationNumber n when n.Seconds < 0 || double.IsNegative(n.Seconds) => TokenTable.UnaryPrecedence,
        _ => TokenTable.AtomPrecedence,
    };

    internal static string DurationOpText(DurationOp op) => op switch
    {
        DurationOp.Add => "+",
        DurationOp.Subtract => "-",
        DurationOp.Multiply => "*",
        DurationOp.Divide => "/",
        DurationOp.Modulo => "%",
        _ => "^",
    };

    /// <summary>Shortest text that parses back to the same double: <c>0.95</c>, <c>1e-05</c>, <c>Inf</c>, <c>NaN</c>.</summary>
    public static string FormatNumber(double value)
    {
        var sb = new StringBuilder(24);
        AppendNumber(new StringBuilderSink(sb), value);
        return sb.ToString();
    }

    internal static void AppendNumber<TSink>(TSink sb, double value) where TSink : struct, ITextSink
    {
        if (double.IsNaN(value))
        {
            sb.Append("NaN");
            return;
        }
        if (double.IsPositiveInfinity(value))
        {
            sb.Append("Inf");
            return;
        }
        if (double.IsNegativeInfinity(value))
        {
            sb.Append("-Inf");
            return;
        }
        // Integers (the common case: 5, 100, 3600) print without the round-trip formatter.
        if (value == Math.Floor(value) && Math.Abs(value) < 1e15 && !(value == 0 && double.IsNegative(value)))
        {
            AppendInteger(sb, (long)value);
            return;
        }
        if (TryAppendShortDecimal(sb, value)) return;
        Span<char> buffer = stackalloc char[32];
        value.TryFormat(buffer, out var written, "R", CultureInfo.InvariantCulture);
        for (var i = 0; i < written; i++)
        {
            if (buffer[i] == 'E') buffer[i] = 'e';
        }
        sb.Append(buffer[..written]);
    }

    /// <summary>An integer's digits (invariant), without a string in between.</summary>
    internal static void AppendInteger<TSink>(TSink sb, long value) where TSink : struct, ITextSink
    {
        Span<char> digits = stackalloc char[20];
        value.TryFormat(digits, out var n, default, CultureInfo.InvariantCulture);
        sb.Append(digits[..n]);
    }

    private static readonly double[] PowersOfTen = [1, 10, 100, 1e3, 1e4, 1e5, 1e6];

    /// <summary>
    /// Quantiles, ratios and thresholds (0.95, 0.999, 12.5) without the general shortest-round-trip formatter, which
    /// costs more than the rest of a typical query. The fewest decimals k (1 to 6) for which digits / 10^k gives back the
    /// value exactly is the shortest round-trip form; for |value| in [0.001, 1e9) at most one digit string of that length
    /// can round-trip and "R" writes it in plain notation, so the text is the same. Other values take the general path.
    /// </summary>
    internal static bool TryAppendShortDecimal<TSink>(TSink sb, double value) where TSink : struct, ITextSink
    {
        var magnitude = Math.Abs(value);
        if (!(magnitude >= 1e-3 && magnitude < 1e9)) return false;
        for (var k = 1; k < PowersOfTen.Length; k++)
        {
            var scaled = Math.Round(magnitude * PowersOfTen[k]);
            if (scaled / PowersOfTen[k] != magnitude) continue;
            Span<char> digits = stackalloc char[20];
            ((long)scaled).TryFormat(digits, out var n, default, CultureInfo.InvariantCulture);
            if (value < 0) sb.Append('-');
            if (n <= k)
            {
                sb.Append('0');
                sb.Append('.');
                for (var z = 0; z < k - n; z++) sb.Append('0');
                sb.Append(digits[..n]);
            }
            else
            {
                sb.Append(digits[..(n - k)]);
                sb.Append('.');
                sb.Append(digits[(n - k)..n]);
            }
            return true;
        }
        return false;
    }
}
