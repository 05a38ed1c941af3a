using System.Reflection;
using System.Text;
using Dashboards.PromQL;

namespace Dashboards.Import;

/// <summary>
/// Writes a parsed PromQL tree as <c>Prom</c> builder calls, the way a person writes them: selectors with matchers,
/// ranges, aggregations with by/without, functions from the function table, arithmetic operators, comparisons, set
/// operators and vector matching. A shape the builder has no call for (subqueries, @, number variables...) is
/// written as <c>InstantVector.Parse(...)</c> of that subexpression, so the code always builds the same tree.
/// </summary>
internal static class PromBuilderCode
{
    private static readonly ILookup<string, MethodInfo> Functions = typeof(Prom)
        .GetMethods(BindingFlags.Public | BindingFlags.Static)
        .Where(m => m.GetCustomAttribute<PromFunctionAttribute>() is not null)
        .ToLookup(m => m.GetCustomAttribute<PromFunctionAttribute>()!.Name);

    public static string Write(Expr syntax) => Code(syntax);

    // C# precedence of the infix code written for an arithmetic node (+ - 1, * / % 2); a node not listed is a call
    // chain or a literal, which needs no parentheses anywhere. Parentheses are added only where C# would otherwise
    // group differently, or where the expression is the receiver of a method call.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Expr, object> InfixPrecedence = [];

    private static int? Precedence(Expr e) => InfixPrecedence.TryGetValue(e, out var p) ? (int)p : null;

    private static string Receiver(Expr e) => AsReceiver(e, Code(e));

    private static string AsReceiver(Expr coded, string code) => Precedence(coded) is null ? code : $"({code})";

    private static string AsOperand(Expr coded, string code, int parent, bool right) =>
        Precedence(coded) is { } p && (p < parent || (right && p == parent)) ? $"({code})" : code;

    private static string Code(Expr e) => Typed(e) ?? Fallback(e);

    private static string Fallback(Expr e) => e.Type switch
    {
        PromType.Scalar => $"Scalar.Parse({CSharp.Str(e.ToString())})",
        PromType.RangeVector => $"RangeVector.Parse({CSharp.Str(e.ToString())})",
        _ => $"InstantVector.Parse({CSharp.Str(e.ToString())})",
    };

    private static string? Typed(Expr e) => e switch
    {
        VectorSelector s => Selector(s),
        MatrixSelector m when m.Selector.Offset is null && m.Selector.At is null && Selector(m.Selector) is { } sel && Duration(m.Range) is { } range
            => $"{sel}.Range({range})",
        NumberLiteral n when double.IsFinite(n.Value) => $"Prom.Number({CSharp.Num(n.Value)})",
        AggregateExpr a => Aggregate(a),
        FunctionCall f => Function(f),
        BinaryExpr b => Binary(b),
        UnaryExpr { Op: UnaryOp.Minus, Operand.Type: PromType.InstantVector } u => $"-{Receiver(u.Operand)}",
        _ => null,
    };

    private static string? Selector(VectorSelector s)
    {
        if (s.MetricName is null || s.At is not null) return null;
        var sb = new StringBuilder($"Prom.Metric({CSharp.Str(s.MetricName)})");
        foreach (var m in s.Matchers)
        {
            if (m.Name == "__name__") return null;
            var method = m.Op switch { MatchOp.Equal => "Where", MatchOp.NotEqual => "Not", MatchOp.Regex => "Matches", MatchOp.NotRegex => "NotMatches", _ => null };
            if (method is null) return null;
            sb.Append($".{method}({CSharp.Str(m.Name)}, {CSharp.Str(m.Value)})");
        }
        if (s.Offset is { } offset)
        {
            if (Duration(offset) is not { } d) return null;
            sb.Append($".Offset({d})");
        }
        return sb.ToString();
    }

    private static string? Duration(PromDuration d)
    {
        if (d.IsVariable)
        {
            return d.Variable switch
            {
                "$__rate_interval" => "PromDuration.RateInterval",
                "$__interval" => "PromDuration.Interval",
                "$__range" => "PromDuration.Range",
                { } v => $"PromDuration.Var({CSharp.Str(v)})",
                _ => null,
            };
        }
        var ms = d.Milliseconds;
        if (ms <= 0) return null;
        return ms % 86_400_000 == 0 ? $"PromDuration.FromDays({ms / 86_400_000})"
            : ms % 3_600_000 == 0 ? $"PromDuration.FromHours({ms / 3_600_000})"
            : ms % 60_000 == 0 ? $"PromDuration.FromMinutes({ms / 60_000})"
            : ms % 1000 == 0 ? $"PromDuration.FromSeconds({ms / 1000})"
            : $"PromDuration.FromMilliseconds({ms})";
    }

    private static string? Aggregate(AggregateExpr a)
    {
        var name = a.Op.ToString();
        string call;
        if (a.Parameter is null) call = $"Prom.{name}({Code(a.Body)})";
        else if (a.Op == AggregateOp.CountValues && a.Parameter is StringLiteral label) call = $"Prom.CountValues({CSharp.Str(label.Value)}, {Code(a.Body)})";
        else if (a.Parameter.Type == PromType.Scalar && typeof(Prom).GetMethod(name, [typeof(Scalar), typeof(InstantVector)]) is not null)
            call = $"Prom.{name}({Code(a.Parameter)}, {Code(a.Body)})";
        else return null;
        if (typeof(Prom).GetMethod(name, BindingFlags.Public | BindingFlags.Static) is null && a.Op != AggregateOp.CountValues &&
            typeof(Prom).GetMethods().All(m => m.Name != name)) return null;
        if (a.Grouping is { } g)
            call += $".{(g.Without ? "Without" : "By")}({string.Join(", ", g.Labels.Select(CSharp.Str))})";
        return call;
    }

    private static string? Function(FunctionCall f)
    {
        foreach (var method in Functions[f.Name])
        {
            var parameters = method.GetParameters();
            var args = new List<string>();
            var ok = true;
            for (var i = 0; i < parameters.Length && ok; i++)
            {
                var p = parameters[i];
                if (p.ParameterType == typeof(string[]) && p.GetCustomAttribute<ParamArrayAttribute>() is not null)
                {
                    for (var j = i; j < f.Args.Count && ok; j++)
                        if (f.Args[j] is StringLiteral s) args.Add(CSharp.Str(s.Value));
                        else ok = false;
                    i = int.MaxValue - 1;
                    break;
                }
                if (i >= f.Args.Count) { ok = p.IsOptional; break; }
                var arg = f.Args[i];
                if (p.ParameterType == typeof(string) && arg is StringLiteral str) args.Add(CSharp.Str(str.Value));
                else if (p.ParameterType == typeof(InstantVector) && arg.Type == PromType.InstantVector) args.Add(Code(arg));
                else if (p.ParameterType == typeof(RangeVector) && arg.Type == PromType.RangeVector) args.Add(Code(arg));
                else if ((p.ParameterType == typeof(Scalar) || p.ParameterType == typeof(Scalar)) && arg.Type == PromType.Scalar) args.Add(Code(arg));
                else ok = false;
            }
            var hasParams = parameters.Length > 0 && parameters[^1].GetCustomAttribute<ParamArrayAttribute>() is not null;
            if (!hasParams && f.Args.Count > parameters.Length) ok = false;
            if (ok) return $"Prom.{method.Name}({string.Join(", ", args)})";
        }
        return null;
    }

    private static string? Binary(BinaryExpr b)
    {
        var (l, r) = (b.Left.Type, b.Right.Type);
        bool Vec(PromType t) => t == PromType.InstantVector;
        bool Sca(PromType t) => t == PromType.Scalar;
        if (!(Vec(l) || Sca(l)) || !(Vec(r) || Sca(r))) return null;
        var precedence = b.Op is BinaryOp.Add or BinaryOp.Subtract ? 1 : 2;
        var leftCode = Code(b.Left);
        var rightCode = Code(b.Right);
        var left = AsReceiver(b.Left, leftCode);
        var right = rightCode;
        var infix = false;
        string? code = b.Op switch
        {
            BinaryOp.Add or BinaryOp.Subtract or BinaryOp.Multiply or BinaryOp.Divide or BinaryOp.Modulo when !b.ReturnBool && (Vec(l) || Vec(r) || b.Op is not BinaryOp.Modulo) && !(Sca(l) && Sca(r) && b.Op is BinaryOp.Divide)
                => Infix(),
            BinaryOp.Power when Vec(l) => $"{left}.Pow({right})",
            BinaryOp.Atan2 when Vec(l) => $"{left}.Atan2({right})",
            BinaryOp.Greater when Vec(l) => Compare("GreaterThan"),
            BinaryOp.GreaterOrEqual when Vec(l) => Compare("GreaterOrEqual"),
            BinaryOp.Less when Vec(l) => Compare("LessThan"),
            BinaryOp.LessOrEqual when Vec(l) => Compare("LessOrEqual"),
            BinaryOp.Equal when Vec(l) => Compare("EqualTo"),
            BinaryOp.NotEqual when Vec(l) => Compare("NotEqualTo"),
            BinaryOp.And when Vec(l) && Vec(r) => $"{left}.And({right})",
            BinaryOp.Or when Vec(l) && Vec(r) => $"{left}.Or({right})",
            BinaryOp.Unless when Vec(l) && Vec(r) => $"{left}.Unless({right})",
            _ => null,
        };
        if (code is null) return null;
        var matched = false;
        if (b.Matching is { } m && Vec(l) && Vec(r))
        {
            var labels = string.Join(", ", m.MatchingLabels.Select(CSharp.Str));
            if (m.On || m.MatchingLabels.Count > 0 || m.Cardinality != VectorMatchCardinality.OneToOne)
            {
                code = $"{(infix ? "(" + code + ")" : code)}.{(m.On ? "On" : "Ignoring")}({labels})";
                matched = true;
            }
            if (m.Cardinality == VectorMatchCardinality.ManyToOne) code += $".GroupLeft({string.Join(", ", m.Include.Select(CSharp.Str))})";
            else if (m.Cardinality == VectorMatchCardinality.OneToMany) code += $".GroupRight({string.Join(", ", m.Include.Select(CSharp.Str))})";
        }
        if (infix && !matched) InfixPrecedence.AddOrUpdate(b, precedence);
        return code;

        string Infix()
        {
            infix = true;
            return $"{AsOperand(b.Left, leftCode, precedence, right: false)} {Symbol(b.Op)} {AsOperand(b.Right, rightCode, precedence, right: true)}";
        }

        string Compare(string method) => $"{left}.{method}({right}{(b.ReturnBool ? ", returnBool: true" : "")})";
    }

    private static string Symbol(BinaryOp op) => op switch
    {
        BinaryOp.Add => "+", BinaryOp.Subtract => "-", BinaryOp.Multiply => "*", BinaryOp.Divide => "/", _ => "%",
    };
}
