using System.Text;
using Dashboards.QuerySyntax;
using Dashboards.PromQL.Lexing;

namespace Dashboards.PromQL.Printing;

/// <summary>
/// Multi-line PromQL for long queries: binary operators on their own line, aggregation bodies and function
/// arguments indented by two spaces. Parses back to the same tree as the single-line form.
/// </summary>
internal static class PrettyPrinter
{
    public static void Write(StringBuilder sb, Expr expr, int indent, int maxWidth)
    {
        var single = PromQLPrinter.Print(expr);
        if (indent * 2 + single.Length <= maxWidth)
        {
            sb.Append(single);
            return;
        }
        switch (expr)
        {
            case BinaryExpr b:
                WriteOperand(sb, b.Left, PromQLPrinter.LeftNeedsParens(b.Op, b.Left), indent, maxWidth);
                NewLine(sb, indent);
                sb.Append(TokenTable.Text(b.Op));
                var modifiers = new StringBuilder();
                PromQLPrinter.WriteBinaryModifiers(new StringBuilderSink(modifiers), b);
                sb.Append(modifiers);
                NewLine(sb, indent);
                var rightStart = sb.Length;
                WriteOperand(sb, b.Right, PromQLPrinter.RightNeedsParens(b.Op, b.Right), indent, maxWidth);
                PromQLPrinter.DisambiguateGroupModifier(new StringBuilderSink(sb), b, rightStart);
                break;
            case AggregateExpr a:
                sb.Append(TokenTable.Text(a.Op));
                if (a.Grouping is { } g)
                {
                    sb.Append(g.Without ? " without " : " by ");
                    PromQLPrinter.WriteLabelList(new StringBuilderSink(sb), g.Labels);
                    sb.Append(' ');
                }
                sb.Append('(');
                NewLine(sb, indent + 1);
                if (a.Parameter is not null)
                {
                    Write(sb, a.Parameter, indent + 1, maxWidth);
                    sb.Append(',');
                    NewLine(sb, indent + 1);
                }
                Write(sb, a.Body, indent + 1, maxWidth);
                NewLine(sb, indent);
                sb.Append(')');
                break;
            case FunctionCall f when f.Args.Count > 0:
                sb.Append(f.Function.Name).Append('(');
                for (var i = 0; i < f.Args.Count; i++)
                {
                    if (i > 0) sb.Append(',');
                    NewLine(sb, indent + 1);
                    Write(sb, f.Args[i], indent + 1, maxWidth);
                }
                NewLine(sb, indent);
                sb.Append(')');
                break;
            case UnaryExpr u:
                sb.Append(TokenTable.Text(u.Op));
                WriteOperand(sb, u.Operand, PromQLPrinter.UnaryOperandNeedsParens(u.Operand), indent, maxWidth);
                break;
            default:
                sb.Append(single);
                break;
        }
    }

    private static void WriteOperand(StringBuilder sb, Expr e, bool parens, int indent, int maxWidth)
    {
        if (!parens)
        {
            Write(sb, e, indent, maxWidth);
            return;
        }
        sb.Append('(');
        NewLine(sb, indent + 1);
        Write(sb, e, indent + 1, maxWidth);
        NewLine(sb, indent);
        sb.Append(')');
    }

    private static void NewLine(StringBuilder sb, int indent) => sb.Append('\n').Append(' ', indent * 2);
}
