using System.Globalization;
using System.Text;
using Dashboards.LogQL.Lexing;
using Dashboards.LogQL.Parsing;

namespace Dashboards.LogQL.Printing;

/// <summary>
/// Prints a syntax tree as canonical LogQL: one line, <c>", "</c> between matchers and labels, one space around pipes
/// and binary operators, matchers and label filters without spaces (<c>level="error"</c>, <c>status&gt;=400</c>),
/// strings double-quoted, and only the parentheses that precedence needs. Parsing the output gives back an equal tree.
/// </summary>
public static class LogQLPrinter
{
    public static string Print(Expr expr)
    {
        var sb = new StringBuilder(64);
        Append(sb, expr);
        return sb.ToString();
    }

    public static string Print(LabelFilter filter)
    {
        var sb = new StringBuilder(32);
        AppendFilter(sb, filter, 0);
        return sb.ToString();
    }

    public static string Print(PipelineStage stage)
    {
        var sb = new StringBuilder(32);
        AppendStage(sb, stage);
        return sb.ToString();
    }

    /// <summary>A log query with its unwrap, as it stands inside a range aggregation.</summary>
    public static string Print(LogExpr log, Unwrap unwrap)
    {
        var sb = new StringBuilder(64);
        AppendLog(sb, log);
        AppendUnwrap(sb, unwrap);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, Expr expr)
    {
        switch (expr)
        {
            case LogExpr log:
                AppendLog(sb, log);
                break;
            case NumberLiteral n:
                AppendNumber(sb, n.Value);
                break;
            case VectorLiteral v:
                sb.Append(TokenTable.Vector).Append('(');
                AppendNumber(sb, v.Value);
                sb.Append(')');
                break;
            case RangeAggregation r:
                sb.Append(TokenTable.Text(r.Op)).Append('(');
                if (r.Parameter is { } p)
                {
                    AppendNumber(sb, p);
                    sb.Append(", ");
                }
                AppendRange(sb, r.Range);
                sb.Append(')');
                if (r.Grouping is { } g)
                {
                    sb.Append(' ');
                    AppendGrouping(sb, g);
                }
                break;
            case VectorAggregation v:
                sb.Append(TokenTable.Text(v.Op));
                if (v.Grouping is { } grouping)
                {
                    sb.Append(' ');
                    AppendGrouping(sb, grouping);
                    sb.Append(' ');
                }
                sb.Append('(');
                if (v.Parameter is { } k)
                {
                    AppendNumber(sb, k);
                    sb.Append(", ");
                }
                Append(sb, v.Inner);
                sb.Append(')');
                break;
            case BinaryExpr b:
                AppendBinary(sb, b);
                break;
            case LabelReplace l:
                sb.Append(TokenTable.LabelReplace).Append('(');
                Append(sb, l.Inner);
                foreach (var argument in new[] { l.Destination, l.Replacement, l.Source, l.Regex })
                {
                    sb.Append(", ");
                    StringLiterals.AppendQuoted(sb, argument);
                }
                sb.Append(')');
                break;
            default:
                throw new NotSupportedException($"No printer for {expr.GetType().Name}.");
        }
    }

    private static void AppendBinary(StringBuilder sb, BinaryExpr b)
    {
        var precedence = TokenTable.Precedence(b.Op);
        var right = TokenTable.IsRightAssociative(b.Op);
        AppendOperand(sb, b.Left, needsParens: OperandPrecedence(b.Left) is { } l && (l < precedence || (l == precedence && right)));
        var rightText = new StringBuilder();
        AppendOperand(rightText, b.Right, needsParens: OperandPrecedence(b.Right) is { } r && (r < precedence || (r == precedence && !right)));
        sb.Append(' ').Append(TokenTable.Text(b.Op));
        if (b.ReturnBool) sb.Append(' ').Append(TokenTable.Bool);
        if (b.Matching is { } m)
        {
            sb.Append(' ').Append(m.On ? TokenTable.On : TokenTable.Ignoring).Append(' ');
            AppendLabels(sb, m.Labels);
            if (m.Group != GroupSide.None)
            {
                sb.Append(' ').Append(m.Group == GroupSide.Left ? TokenTable.GroupLeft : TokenTable.GroupRight);
                // An empty list is written when the right operand opens with '(', which would otherwise be read as the list.
                if (!m.Include.IsEmpty || rightText[0] == '(')
                {
                    sb.Append(' ');
                    AppendLabels(sb, m.Include);
                }
            }
        }
        sb.Append(' ').Append(rightText);
    }

    private static int? OperandPrecedence(MetricExpr e) => e is BinaryExpr b ? TokenTable.Precedence(b.Op) : null;

    private static void AppendOperand(StringBuilder sb, MetricExpr e, bool needsParens)
    {
        if (needsParens) sb.Append('(');
        Append(sb, e);
        if (needsParens) sb.Append(')');
    }

    private static void AppendGrouping(StringBuilder sb, Grouping g)
    {
        sb.Append(g.Without ? TokenTable.Without : TokenTable.By).Append(' ');
        AppendLabels(sb, g.Labels);
    }

    private static void AppendLabels(StringBuilder sb, EquatableArray<string> labels)
    {
        sb.Append('(');
        for (var i = 0; i < labels.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(labels[i]);
        }
        sb.Append(')');
    }

    /// <summary>
    /// <c>{..} | json | unwrap x [5m] offset 1h</c> is Loki's form, but Grafana's grammar has no rule for an offset after
    /// an unwrapped range; both read the range-first form <c>{..} [5m] offset 1h | json | unwrap x</c>, so that one is printed then.
    /// </summary>
    private static void AppendRange(StringBuilder sb, LogRange range)
    {
        if (range is { Unwrap: { } unwrap, Offset: { } early })
        {
            AppendSelector(sb, range.Log.Selector);
            sb.Append(" [").Append(range.Range.ToString()).Append("] ").Append(TokenTable.Offset).Append(' ').Append(early.ToString());
            AppendStages(sb, range.Log.Pipeline);
            AppendUnwrap(sb, unwrap);
            return;
        }
        AppendLog(sb, range.Log);
        if (range.Unwrap is { } u) AppendUnwrap(sb, u);
        sb.Append(" [").Append(range.Range.ToString()).Append(']');
        if (range.Offset is { } offset) sb.Append(' ').Append(TokenTable.Offset).Append(' ').Append(offset.ToString());
    }

    private static void AppendUnwrap(StringBuilder sb, Unwrap u)
    {
        sb.Append(" | ").Append(TokenTable.Unwrap).Append(' ');
        if (u.Conversion == UnwrapConversion.None) sb.Append(u.Label);
        else sb.Append(TokenTable.Text(u.Conversion)).Append('(').Append(u.Label).Append(')');
        foreach (var filter in u.PostFilters)
        {
            sb.Append(" | ");
            AppendFilter(sb, filter, 0);
        }
    }

    private static void AppendLog(StringBuilder sb, LogExpr log)
    {
        AppendSelector(sb, log.Selector);
        AppendStages(sb, log.Pipeline);
    }

    private static void AppendSelector(StringBuilder sb, StreamSelector selector)
    {
        sb.Append('{');
        var matchers = selector.Matchers;
        for (var i = 0; i < matchers.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            AppendMatcher(sb, matchers[i]);
        }
        sb.Append('}');
    }

    private static void AppendStages(StringBuilder sb, EquatableArray<PipelineStage> stages)
    {
        foreach (var stage in stages)
        {
            sb.Append(' ');
            AppendStage(sb, stage);
        }
    }

    private static void AppendMatcher(StringBuilder sb, LabelMatcher m)
    {
        sb.Append(m.Name).Append(TokenTable.Text(m.Op));
        StringLiterals.AppendQuoted(sb, m.Value);
    }

    private static void AppendStage(StringBuilder sb, PipelineStage stage)
    {
        if (stage is LineFilter lf)
        {
            sb.Append(TokenTable.Text(lf.Op)).Append(' ');
            if (lf.Ip) sb.Append(TokenTable.Ip).Append('(');
            StringLiterals.AppendQuoted(sb, lf.Value);
            if (lf.Ip) sb.Append(')');
            foreach (var alternative in lf.Or)
            {
                sb.Append(' ').Append(TokenTable.Or).Append(' ');
                StringLiterals.AppendQuoted(sb, alternative);
            }
            return;
        }
        sb.Append("| ");
        switch (stage)
        {
            case JsonParser j:
                sb.Append(TokenTable.Json);
                AppendExtractions(sb, j.Extractions);
                break;
            case LogfmtParser l:
                sb.Append(TokenTable.Logfmt);
                if (l.Strict) sb.Append(' ').Append(TokenTable.Strict);
                if (l.KeepEmpty) sb.Append(' ').Append(TokenTable.KeepEmpty);
                AppendExtractions(sb, l.Extractions);
                break;
            case RegexpParser r:
                sb.Append(TokenTable.Regexp).Append(' ');
                StringLiterals.AppendQuoted(sb, r.Pattern);
                break;
            case PatternParser p:
                sb.Append(TokenTable.Pattern).Append(' ');
                StringLiterals.AppendQuoted(sb, p.Pattern);
                break;
            case UnpackParser:
                sb.Append(TokenTable.Unpack);
                break;
            case Decolorize:
                sb.Append(TokenTable.Decolorize);
                break;
            case LabelFilterStage f:
                AppendFilter(sb, f.Filter, 0);
                break;
            case LineFormat lf2:
                sb.Append(TokenTable.LineFormat).Append(' ');
                StringLiterals.AppendQuoted(sb, lf2.Template);
                break;
            case LabelFormat lfmt:
                sb.Append(TokenTable.LabelFormat).Append(' ');
                for (var i = 0; i < lfmt.Operations.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    var op = lfmt.Operations[i];
                    sb.Append(op.Target).Append('=');
                    if (op.IsTemplate) StringLiterals.AppendQuoted(sb, op.Source);
                    else sb.Append(op.Source);
                }
                break;
            case DropLabels d:
                sb.Append(TokenTable.Drop).Append(' ');
                AppendSelections(sb, d.Labels);
                break;
            case KeepLabels k:
                sb.Append(TokenTable.Keep).Append(' ');
                AppendSelections(sb, k.Labels);
                break;
            default:
                throw new NotSupportedException($"No printer for {stage.GetType().Name}.");
        }
    }

    private static void AppendExtractions(StringBuilder sb, EquatableArray<LabelExtraction> extractions)
    {
        for (var i = 0; i < extractions.Count; i++)
        {
            sb.Append(i == 0 ? " " : ", ").Append(extractions[i].Label);
            if (extractions[i].Expression is { } e)
            {
                sb.Append('=');
                StringLiterals.AppendQuoted(sb, e);
            }
        }
    }

    private static void AppendSelections(StringBuilder sb, EquatableArray<LabelSelection> labels)
    {
        for (var i = 0; i < labels.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            if (labels[i].Matcher is { } m) AppendMatcher(sb, m);
            else sb.Append(labels[i].Name);
        }
    }

    /// <summary><c>or</c> is 1, <c>and</c> 2: an <c>or</c> inside an <c>and</c> needs parentheses; a right operand of equal rank too.</summary>
    private static void AppendFilter(StringBuilder sb, LabelFilter filter, int parentRank)
    {
        switch (filter)
        {
            case StringLabelFilter s:
                AppendMatcher(sb, s.Matcher);
                break;
            case NumberLabelFilter n:
                sb.Append(n.Label).Append(TokenTable.Text(n.Op));
                AppendNumber(sb, n.Value);
                break;
            case DurationLabelFilter d:
                sb.Append(d.Label).Append(TokenTable.Text(d.Op)).Append(d.Value.ToString());
                break;
            case BytesLabelFilter b:
                sb.Append(b.Label).Append(TokenTable.Text(b.Op)).Append(b.Value.ToString());
                break;
            case IpLabelFilter ip:
                sb.Append(ip.Label).Append(ip.Equal ? "=" : "!=").Append(TokenTable.Ip).Append('(');
                StringLiterals.AppendQuoted(sb, ip.Range);
                sb.Append(')');
                break;
            case BinaryLabelFilter bin:
                var rank = bin.Join == LabelFilterJoin.Or ? 1 : 2;
                var parens = rank < parentRank;
                if (parens) sb.Append('(');
                AppendFilter(sb, bin.Left, rank);
                sb.Append(' ').Append(bin.Join == LabelFilterJoin.Or ? TokenTable.Or : TokenTable.And).Append(' ');
                // Left-associative: a right operand of the same rank keeps its parentheses.
                AppendFilter(sb, bin.Right, rank + 1);
                if (parens) sb.Append(')');
                break;
            default:
                throw new NotSupportedException($"No printer for {filter.GetType().Name}.");
        }
    }

    private static void AppendNumber(StringBuilder sb, double value)
    {
        if (!double.IsFinite(value)) throw new ArgumentOutOfRangeException(nameof(value), value, "LogQL has no NaN or infinite literals.");
        sb.Append(value.ToString("R", CultureInfo.InvariantCulture));
    }
}
