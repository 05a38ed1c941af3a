using System.Collections.Immutable;
using System.Globalization;
using Dashboards.PromQL.Functions;
using Dashboards.PromQL.Lexing;

namespace Dashboards.PromQL.Parsing;

/// <summary>
/// PromQL text to <see cref="Expr"/>. Recursive descent with precedence climbing over the span lexer; checks types
/// the way Prometheus's parser does, and accepts Grafana's variables where Grafana allows them.
/// </summary>
public static class PromQLParser
{
    /// <summary>Parses a query; throws <see cref="PromQLParseException"/> with line:column and what was expected.</summary>
    public static Expr Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new Parser(text);
        return parser.ParseQuery();
    }

    /// <summary>Parses without throwing; <paramref name="error"/> describes the first problem.</summary>
    public static bool TryParse(string text, out Expr? expr, out PromQLParseException? error)
    {
        try
        {
            expr = Parse(text);
            error = null;
            return true;
        }
        catch (PromQLParseException e)
        {
            expr = null;
            error = e;
            return false;
        }
    }

    private ref struct Parser
    {
        private const int PowerPrecedence = 7;

        private readonly string _source;
        private Lexer _lexer;
        private Token _token;
        private bool _hasPeek;
        private Token _peek;
        private Lexer _afterPeek;

        public Parser(string source)
        {
            _source = source;
            _lexer = new Lexer(source.AsSpan());
            _token = _lexer.Next();
        }

        public Expr ParseQuery()
        {
            if (_token.Kind == TokenKind.EndOfInput) throw Error(0, "no expression found in input", "an expression");
            var expr = ParseExpr(0);
            if (_token.Kind != TokenKind.EndOfInput) throw Unexpected(expr, "end of input or a binary operator");
            return expr;
        }

        // ---- tokens -------------------------------------------------------------------------------------------

        private void Advance()
        {
            if (_hasPeek)
            {
                _hasPeek = false;
                _token = _peek;
                _lexer = _afterPeek;
                return;
            }
            _token = _lexer.Next();
        }

        private Token PeekNext()
        {
            if (!_hasPeek)
            {
                _afterPeek = _lexer;
                _peek = _afterPeek.Next();
                _hasPeek = true;
            }
            return _peek;
        }

        private readonly ReadOnlySpan<char> TokenText(Token t) => _source.AsSpan(t.Start, t.Length);

        private readonly string TokenString(Token t) => StringCache.Get(_source.AsSpan(t.Start, t.Length));

        private Token Expect(TokenKind kind, string? context = null)
        {
            if (_token.Kind != kind)
                throw Error(_token.Start, $"unexpected {Describe(_token)}{(context is null ? "" : " " + context)}", $"\"{TokenTable.Text(kind)}\"");
            var t = _token;
            Advance();
            return t;
        }

        private readonly string Describe(Token t) => t.Kind switch
        {
            TokenKind.EndOfInput => "end of input",
            TokenKind.Identifier => $"identifier \"{TokenText(t).ToString()}\"",
            TokenKind.Number => $"number \"{TokenText(t).ToString()}\"",
            TokenKind.String => $"string {TokenText(t).ToString()}",
            TokenKind.Duration => $"duration \"{TokenText(t).ToString()}\"",
            TokenKind.Variable => $"Grafana variable \"{TokenText(t).ToString()}\"",
            _ => $"\"{TokenText(t).ToString()}\"",
        };

        private readonly PromQLParseException Error(int offset, string reason, string? expected) =>
            PromQLParseException.At(_source.AsSpan(), offset, reason, expected);

        /// <summary>An unexpected token after a complete expression; a grouping clause gets its own explanation.</summary>
        private PromQLParseException Unexpected(Expr preceding, string expected)
        {
            if (_token.Kind is TokenKind.By or TokenKind.Without)
            {
                var start = _token.Start;
                var clause = TokenString(_token).ToLowerInvariant();
                var copy = _hasPeek ? _afterPeek : _lexer;
                var t = _hasPeek ? _peek : copy.Next();
                var end = _token.End;
                if (t.Kind == TokenKind.LeftParen)
                {
                    while (t.Kind is not (TokenKind.RightParen or TokenKind.EndOfInput)) t = copy.Next();
                    end = t.End;
                }
                var text = _source[start..end];
                return Error(start, $"grouping clause '{text}' must follow an aggregation such as sum(...); it cannot follow {Article(preceding)}",
                    $"an aggregation, e.g. sum {clause} (...) (expr)");
            }
            return Error(_token.Start, $"unexpected {Describe(_token)}", expected);
        }

        private static string Article(Expr e) => e switch
        {
            BinaryExpr => "a binary expression",
            FunctionCall f => $"a function call ({f.Name}(...))",
            VectorSelector => "a vector selector",
            MatrixSelector => "a range vector selector",
            Subquery => "a subquery",
            NumberLiteral => "a number",
            NumberVariable v => $"a Grafana variable standing for a number ({v.Variable})",
            StringLiteral => "a string",
            UnaryExpr => "a unary expression",
            _ => "an expression",
        };

        // ---- expressions --------------------------------------------------------------------------------------

        private Expr ParseExpr(int minPrecedence)
        {
            var left = ParseUnary();
            while (true)
            {
                var maybeOp = TokenTable.BinaryOperator(_token.Kind);
                if (maybeOp is not BinaryOp op) return left;
                var precedence = TokenTable.Precedence(op);
                if (precedence < minPrecedence) return left;
                var opToken = _token;
                Advance();

                var returnBool = false;
                if (_token.Kind == TokenKind.Bool)
                {
                    if (!op.IsComparison()) throw Error(_token.Start, "bool modifier can only be used on comparison operators", null);
                    returnBool = true;
                    Advance();
                }
                VectorMatching? matching = null;
                if (_token.Kind is TokenKind.On or TokenKind.Ignoring)
                {
                    var on = _token.Kind == TokenKind.On;
                    Advance();
                    var labels = ParseLabelList(on ? "on" : "ignoring");
                    matching = new VectorMatching(VectorMatchCardinality.OneToOne, on, labels, EquatableArray<string>.Empty);
                    if (_token.Kind is TokenKind.GroupLeft or TokenKind.GroupRight)
                    {
                        var groupToken = _token;
                        var left2 = _token.Kind == TokenKind.GroupLeft;
                        if (op.IsSetOperator()) throw Error(_token.Start, $"no grouping allowed for \"{TokenTable.Text(op)}\" operation", null);
                        Advance();
                        var include = _token.Kind == TokenKind.LeftParen ? ParseLabelList(left2 ? "group_left" : "group_right") : EquatableArray<string>.Empty;
                        if (on)
                        {
                            foreach (var l in include)
                            {
                                if (labels.AsImmutableArray().Contains(l))
                                    throw Error(groupToken.Start, $"label \"{l}\" must not occur in ON and GROUP clause at once", null);
                            }
                        }
                        matching = matching with { Cardinality = left2 ? VectorMatchCardinality.ManyToOne : VectorMatchCardinality.OneToMany, Include = include };
                    }
                }
                else if (_token.Kind is TokenKind.GroupLeft or TokenKind.GroupRight)
                {
                    throw Error(_token.Start, $"{TokenString(_token)} needs on (...) or ignoring (...) before it", "on (labels) or ignoring (labels)");
                }

                var nextMin = TokenTable.IsRightAssociative(op) ? precedence : precedence + 1;
                if (_token.Kind == TokenKind.EndOfInput) throw Error(_token.Start, $"unexpected end of input after \"{TokenTable.Text(op)}\"", "an expression");
                var right = ParseExpr(nextMin);
                left = MakeBinary(op, left, right, returnBool, matching, opToken);
            }
        }

        private readonly BinaryExpr MakeBinary(BinaryOp op, Expr left, Expr right, bool returnBool, VectorMatching? matching, Token opToken)
        {
            var lt = left.Type;
            var rt = right.Type;
            if (lt is not (PromType.Scalar or PromType.InstantVector) || rt is not (PromType.Scalar or PromType.InstantVector))
            {
                var bad = lt is not (PromType.Scalar or PromType.InstantVector) ? left : right;
                throw Error(bad.Span.IsKnown ? bad.Span.Start : opToken.Start,
                    $"binary expression must contain only scalar and instant vector types; the {(ReferenceEquals(bad, left) ? "left" : "right")} side of \"{TokenTable.Text(op)}\" is a {bad.Type.DisplayName()}",
                    bad.Type == PromType.RangeVector ? "an instant vector, e.g. rate(x[5m]) instead of x[5m]" : "a scalar or instant vector");
            }
            if (op.IsSetOperator() && (lt == PromType.Scalar || rt == PromType.Scalar))
                throw Error(opToken.Start, $"set operator \"{TokenTable.Text(op)}\" not allowed in binary scalar expression", "instant vectors on both sides");
            if (op.IsComparison() && lt == PromType.Scalar && rt == PromType.Scalar && !returnBool)
                throw Error(opToken.Start, "comparisons between scalars must use BOOL modifier", $"{TokenTable.Text(op)} bool");
            if (matching is not null && (lt == PromType.Scalar || rt == PromType.Scalar))
                throw Error(opToken.Start, "vector matching only allowed between instant vectors", null);
            return new BinaryExpr(op, left, right, returnBool, matching) { Span = Cover(left, right) };
        }

        private static SourceSpan Cover(Expr a, Expr b) =>
            a.Span.IsKnown && b.Span.IsKnown ? new SourceSpan(a.Span.Start, b.Span.End - a.Span.Start) : SourceSpan.None;

        private Expr ParseUnary()
        {
            if (_token.Kind is TokenKind.Add or TokenKind.Sub)
            {
                var signToken = _token;
                Advance();
                var operandIsBareNumber = _token.Kind == TokenKind.Number;
                var operand = ParseExpr(PowerPrecedence);
                var span = operand.Span.IsKnown ? new SourceSpan(signToken.Start, operand.Span.End - signToken.Start) : SourceSpan.None;
                var op = signToken.Kind == TokenKind.Sub ? UnaryOp.Minus : UnaryOp.Plus;
                // Like Prometheus: a sign directly on a number literal becomes part of the number.
                if (operandIsBareNumber && operand is NumberLiteral number)
                    return new NumberLiteral(op == UnaryOp.Minus ? -number.Value : number.Value) { Span = span };
                if (operand.Type is not (PromType.Scalar or PromType.InstantVector))
                    throw Error(signToken.Start, $"unary expression only allowed on expressions of type scalar or instant vector, got {operand.Type.DisplayName()}", null);
                return new UnaryExpr(op, operand) { Span = span };
            }
            var start = _token.Start;
            var primary = ParsePrimary(out var parenthesized);
            return ParsePostfix(primary, parenthesized, start);
        }

        private Expr ParsePrimary(out bool parenthesized)
        {
            parenthesized = false;
            var t = _token;
            switch (t.Kind)
            {
                case TokenKind.Number:
                    Advance();
                    return new NumberLiteral(ParseNumber(t)) { Span = new SourceSpan(t.Start, t.Length) };
                case TokenKind.String:
                    Advance();
                    return new StringLiteral(StringLiterals.Unquote(_source.AsSpan(), t.Start, t.Length)) { Span = new SourceSpan(t.Start, t.Length) };
                case TokenKind.LeftParen:
                {
                    Advance();
                    if (_token.Kind == TokenKind.RightParen) throw Error(_token.Start, "unexpected \")\" in parentheses", "an expression");
                    var inner = ParseExpr(0);
                    if (_token.Kind != TokenKind.RightParen) throw Unexpected(inner, "\")\" or a binary operator");
                    var close = _token;
                    Advance();
                    parenthesized = true;
                    return inner with { Span = new SourceSpan(t.Start, close.End - t.Start) };
                }
                case TokenKind.LeftBrace:
                    return ParseSelector(null, t.Start);
                case TokenKind.Identifier:
                {
                    var name = TokenText(t);
                    var next = PeekNext();
                    // An aggregation name not followed by "(", by or without is a metric name, as in Prometheus.
                    if (TokenTable.TryGetAggregation(name, out var agg) && next.Kind is TokenKind.LeftParen or TokenKind.By or TokenKind.Without)
                        return ParseAggregation(agg, t);
                    if (next.Kind == TokenKind.LeftParen)
                    {
                        if (!FunctionTable.TryGet(name, out var function))
                            throw Error(t.Start, $"unknown function with name \"{name.ToString()}\"", "a PromQL function such as rate, increase, histogram_quantile");
                        return ParseCall(function, t);
                    }
                    Advance();
                    return ParseSelector(TokenString(t), t.Start);
                }
                // Prometheus's grammar also takes these keywords as metric names ("x + offset", "by{a=\"b\"}").
                case TokenKind.And or TokenKind.Or or TokenKind.Unless or TokenKind.By or TokenKind.Without or TokenKind.Offset:
                    Advance();
                    return ParseSelector(TokenString(t), t.Start);
                case TokenKind.Variable:
                    return ParseNumberVariable(t);
                case TokenKind.EndOfInput:
                    throw Error(t.Start, "unexpected end of input", "an expression");
                default:
                    throw Error(t.Start, $"unexpected {Describe(t)}", "an expression (selector, number, string, function call, aggregation or \"(\")");
            }
        }

        /// <summary>A Grafana variable where an expression starts: Grafana puts a number there (<c>x / $__range_s</c>, <c>topk($k, x)</c>).</summary>
        private NumberVariable ParseNumberVariable(Token t)
        {
            var text = TokenText(t);
            var name = GrafanaVariables.NameOf(text);
            if (GrafanaVariables.IsDurationBuiltIn(name))
                throw Error(t.Start, $"Grafana variable \"{text.ToString()}\" stands for a duration (such as 5m), which PromQL does not take as a number; it belongs in a [range], offset or subquery step",
                    $"a number variable such as {GrafanaVariables.NumberFormOf(name)} where a number is meant");
            Advance();
            if (_token.Kind == TokenKind.LeftBrace)
                throw Error(t.Start, $"a Grafana variable cannot stand for a metric name (\"{text.ToString()}{{\")",
                    $"a matcher on the name, e.g. {{__name__=~\"{text.ToString()}\", ...}}");
            return new NumberVariable(TokenString(t)) { Span = new SourceSpan(t.Start, t.Length) };
        }

        private readonly double ParseNumber(Token t)
        {
            var text = TokenText(t);
            if (text.Length > 2 && text[0] == '0' && (text[1] is 'x' or 'X'))
            {
                if (ulong.TryParse(text[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex)) return hex;
                throw Error(t.Start, "hexadecimal number out of range", null);
            }
            if (text.Equals("inf", StringComparison.OrdinalIgnoreCase)) return double.PositiveInfinity;
            if (text.Equals("nan", StringComparison.OrdinalIgnoreCase)) return double.NaN;
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) return value;
            throw Error(t.Start, $"bad number \"{text.ToString()}\"", null);
        }

        private VectorSelector ParseSelector(string? metricName, int start)
        {
            var matchers = EquatableArray<LabelMatcher>.Empty;
            var end = _token.Start;
            if (_token.Kind == TokenKind.LeftBrace)
            {
                var braceStart = _token.Start;
                Advance();
                var builder = new Accumulator<LabelMatcher>();
                while (_token.Kind != TokenKind.RightBrace)
                {
                    var nameToken = _token;
                    var labelName = LabelName("label matcher");
                    MatchOp op;
                    switch (_token.Kind)
                    {
                        case TokenKind.Assign: op = MatchOp.Equal; break;
                        case TokenKind.NotEqual: op = MatchOp.NotEqual; break;
                        case TokenKind.RegexMatch: op = MatchOp.Regex; break;
                        case TokenKind.RegexNotMatch: op = MatchOp.NotRegex; break;
                        case TokenKind.EqualEqual:
                            throw Error(_token.Start, $"unexpected \"==\" in label matcher", "=, !=, =~ or !~ (a matcher uses a single =)");
                        default:
                            throw Error(_token.Start, $"unexpected {Describe(_token)} in label matching", "=, !=, =~ or !~");
                    }
                    Advance();
                    if (_token.Kind != TokenKind.String)
                        throw Error(_token.Start, $"unexpected {Describe(_token)} in label matching", $"a quoted value, e.g. {labelName}=\"value\"");
                    var valueToken = _token;
                    var value = StringLiterals.Unquote(_source.AsSpan(), _token.Start, _token.Length, cache: true);
                    if (op is MatchOp.Regex or MatchOp.NotRegex && RegexCheck.Problem(value) is { } regexProblem)
                        throw Error(valueToken.Start, $"invalid regular expression {TokenText(valueToken).ToString()}: {regexProblem}", "an RE2 regular expression");
                    Advance();
                    if (labelName == "__name__" && metricName is not null)
                        throw Error(nameToken.Start, "metric name must not be set twice", null);
                    builder.Add(new LabelMatcher(labelName, op, value));
                    if (_token.Kind == TokenKind.Comma)
                    {
                        Advance();
                        continue;
                    }
                    if (_token.Kind != TokenKind.RightBrace)
                        throw Error(_token.Start, $"unexpected {Describe(_token)} in label matching", "\",\" or \"}\"");
                }
                end = _token.End;
                Advance();
                matchers = builder.ToEquatableArray();
                if (metricName is null)
                {
                    var anyNonEmpty = false;
                    foreach (var m in matchers)
                    {
                        if (!m.MatchesEmpty)
                        {
                            anyNonEmpty = true;
                            break;
                        }
                    }
                    if (!anyNonEmpty)
                        throw Error(braceStart, "vector selector must contain at least one non-empty matcher", "a metric name or a matcher such as job=\"x\"");
                }
            }
            else
            {
                end = start + (metricName?.Length ?? 0);
            }
            return new VectorSelector(metricName, matchers, trusted: true) { Span = new SourceSpan(start, end - start) };
        }

        private string LabelName(string context, string contextSuffix = "")
        {
            var t = _token;
            if (t.Kind == TokenKind.Identifier || IsKeyword(t.Kind))
            {
                var text = TokenText(t);
                if (text.IndexOf(':') >= 0) throw Error(t.Start, $"invalid label name \"{text.ToString()}\" (no ':' allowed)", "a label name");
                Advance();
                return StringCache.Get(text);
            }
            throw Error(t.Start, $"unexpected {Describe(t)} in {context}{contextSuffix}", "a label name");
        }

        private static bool IsKeyword(TokenKind kind) => kind >= TokenKind.And;

        private EquatableArray<string> ParseLabelList(string clause)
        {
            if (_token.Kind != TokenKind.LeftParen)
                throw Error(_token.Start, $"unexpected {Describe(_token)} after {clause}", $"a label list, e.g. {clause} (job)");
            Advance();
            var builder = new Accumulator<string>();
            while (_token.Kind != TokenKind.RightParen)
            {
                builder.Add(LabelName(clause, " clause"));
                if (_token.Kind == TokenKind.Comma)
                {
                    Advance();
                    continue;
                }
                if (_token.Kind != TokenKind.RightParen)
                    throw Error(_token.Start, $"unexpected {Describe(_token)} in {clause} clause", "\",\" or \")\"");
            }
            Advance();
            return builder.ToEquatableArray();
        }

        private Expr ParseAggregation(AggregateOp op, Token nameToken)
        {
            Advance();
            Grouping? grouping = null;
            if (_token.Kind is TokenKind.By or TokenKind.Without)
                grouping = ParseGrouping();
            if (_token.Kind != TokenKind.LeftParen)
                throw Error(_token.Start, $"unexpected {Describe(_token)} in aggregation \"{TokenTable.Text(op)}\"", "\"(\"");
            var open = _token;
            Advance();
            var args = ParseArguments(null, out var close);
            if (_token.Kind is TokenKind.By or TokenKind.Without)
            {
                if (grouping is not null) throw Error(_token.Start, "duplicate grouping clause: by/without may come before or after the body, not both", null);
                grouping = ParseGrouping();
            }
            var name = TokenTable.Text(op);
            var needsParameter = op.ParameterType() is not null;
            var expected = needsParameter ? 2 : 1;
            if (args.Count != expected)
                throw Error(open.Start, $"wrong number of arguments for aggregate expression provided, expected {expected}, got {args.Count}",
                    needsParameter ? $"{name}(parameter, vector)" : $"{name}(vector)");
            Expr? parameter = null;
            var body = args[args.Count - 1];
            if (needsParameter)
            {
                parameter = args[0];
                var pt = op.ParameterType()!.Value;
                if (parameter.Type != pt)
                    throw Error(parameter.Span.IsKnown ? parameter.Span.Start : open.Start,
                        $"expected type {pt.DisplayName()} in aggregation parameter, got {parameter.Type.DisplayName()}{NumberVariableNote(parameter)}", pt.DisplayName());
            }
            if (body.Type != PromType.InstantVector)
                throw Error(body.Span.IsKnown ? body.Span.Start : open.Start,
                    $"expected type instant vector in aggregation expression, got {body.Type.DisplayName()}{NumberVariableNote(body)}",
                    body.Type == PromType.RangeVector ? $"an instant vector, e.g. {name}(rate(x[5m]))" : "an instant vector");
            return new AggregateExpr(op, body, parameter, grouping) { Span = new SourceSpan(nameToken.Start, close.End - nameToken.Start) };
        }

        /// <summary>
        /// Comma-separated arguments after "(" up to and including ")" of a function call, or of an aggregation when
        /// <paramref name="function"/> is null; <paramref name="close"/> is the ")".
        /// </summary>
        private EquatableArray<Expr> ParseArguments(FunctionDefinition? function, out Token close)
        {
            var args = new Accumulator<Expr>();
            while (_token.Kind != TokenKind.RightParen)
            {
                if (_token.Kind == TokenKind.EndOfInput)
                    throw Error(_token.Start, function is null ? "unclosed aggregation" : $"unclosed call to \"{function.Name}\"", "\")\"");
                var arg = ParseExpr(0);
                args.Add(arg);
                if (_token.Kind == TokenKind.Comma)
                {
                    var comma = _token;
                    Advance();
                    if (_token.Kind == TokenKind.RightParen) throw Error(comma.Start, "trailing commas not allowed in function call args", "another argument or no comma");
                    continue;
                }
                if (_token.Kind != TokenKind.RightParen) throw Unexpected(arg, "\",\" or \")\"");
            }
            close = _token;
            Advance();
            return args.ToEquatableArray();
        }

        private Grouping ParseGrouping()
        {
            var without = _token.Kind == TokenKind.Without;
            Advance();
            var labels = ParseLabelList(without ? "without" : "by");
            return new Grouping(without, labels);
        }

        private Expr ParseCall(FunctionDefinition function, Token nameToken)
        {
            Advance();
            var open = Expect(TokenKind.LeftParen);
            var args = ParseArguments(function, out var close);
            CheckCall(function, args, open);
            return new FunctionCall(function, args) { Span = new SourceSpan(nameToken.Start, close.End - nameToken.Start) };
        }

        private readonly void CheckCall(FunctionDefinition function, EquatableArray<Expr> args, Token open)
        {
            if (args.Count < function.MinArgs || (function.MaxArgs >= 0 && args.Count > function.MaxArgs))
            {
                var what = function.MinArgs == function.MaxArgs ? $"{function.MinArgs}"
                    : function.MaxArgs < 0 ? $"at least {function.MinArgs}"
                    : args.Count < function.MinArgs ? $"at least {function.MinArgs}" : $"at most {function.MaxArgs}";
                throw Error(open.Start, $"expected {what} argument(s) in call to \"{function.Name}\", got {args.Count}", Signature(function));
            }
            for (var i = 0; i < args.Count; i++)
            {
                var want = function.ArgType(i);
                var got = args[i].Type;
                if (got == want) continue;
                var hint = want == PromType.RangeVector && got == PromType.InstantVector
                    ? $"a range vector, e.g. {function.Name}(x[5m]) or {function.Name}(x[$__rate_interval])"
                    : want == PromType.InstantVector && got == PromType.RangeVector
                        ? "an instant vector (apply rate(), increase() or an *_over_time function to the range first)"
                        : want.DisplayName();
                throw Error(args[i].Span.IsKnown ? args[i].Span.Start : open.Start,
                    $"expected type {want.DisplayName()} in call to function \"{function.Name}\", got {got.DisplayName()}{NumberVariableNote(args[i])}", hint);
            }
        }

        /// <summary>Why a bare Grafana variable has the type it has, for type errors.</summary>
        private static string NumberVariableNote(Expr e) => e is NumberVariable v ? $" ({v.Variable} is a Grafana variable, which stands for a number there)" : "";

        internal static string Signature(FunctionDefinition f)
        {
            var parts = new List<string>();
            for (var i = 0; i < f.ArgTypes.Length; i++)
            {
                var p = f.ArgTypes[i].DisplayName();
                if (i >= f.MinArgs) p = "[" + p + "]";
                if (f.MaxArgs < 0 && i == f.ArgTypes.Length - 1) p += "...";
                parts.Add(p);
            }
            return $"{f.Name}({string.Join(", ", parts)})";
        }

        private Expr ParsePostfix(Expr expr, bool parenthesized, int start)
        {
            while (true)
            {
                switch (_token.Kind)
                {
                    case TokenKind.LeftBracket:
                        expr = ParseRangeOrSubquery(expr, parenthesized, start);
                        break;
                    case TokenKind.Offset:
                        expr = ParseOffset(expr, parenthesized, start);
                        break;
                    case TokenKind.At:
                        expr = ParseAt(expr, parenthesized, start);
                        break;
                    default:
                        return expr;
                }
                parenthesized = false;
            }
        }

        private Expr ParseRangeOrSubquery(Expr expr, bool parenthesized, int start)
        {
            var open = _token;
            Advance();
            var range = ParseDuration("range");
            if (range.Milliseconds <= 0 && !range.IsVariable) throw Error(open.Start + 1, "range must be greater than 0", "a positive duration");
            if (_token.Kind == TokenKind.Colon)
            {
                Advance();
                PromDuration? step = null;
                if (_token.Kind != TokenKind.RightBracket)
                {
                    var s = ParseDuration("subquery step");
                    if (s.Milliseconds <= 0 && !s.IsVariable) throw Error(open.Start, "subquery step must be greater than 0", "a positive duration");
                    step = s;
                }
                var close = Expect(TokenKind.RightBracket, "in subquery");
                if (expr.Type != PromType.InstantVector)
                    throw Error(open.Start, $"subquery is only allowed on instant vector, got {expr.Type.DisplayName()} instead", null);
                return new Subquery(expr, range, step) { Span = new SourceSpan(start, close.End - start) };
            }
            if (_token.Kind != TokenKind.RightBracket)
                throw Error(_token.Start, $"unexpected {Describe(_token)} in range", "\"]\" or \":\" (for a subquery)");
            var end = _token.End;
            Advance();
            if (expr is not VectorSelector selector || parenthesized)
                throw Error(open.Start, $"ranges only allowed for vector selectors, not for {Article(expr)}",
                    "a subquery [range:step] for other expressions, e.g. (expr)[5m:1m]");
            if (selector.Offset is not null || selector.At is not null)
                throw Error(open.Start, "the range must come before offset and @ modifiers", "x[5m] offset 1h");
            return new MatrixSelector(selector, range) { Span = new SourceSpan(start, end - start) };
        }

        private PromDuration ParseDuration(string context)
        {
            var t = _token;
            switch (t.Kind)
            {
                case TokenKind.Duration:
                    Advance();
                    PromDuration.TryParseFixed(TokenText(t), out var ms);
                    return PromDuration.FromMilliseconds(ms);
                case TokenKind.Variable:
                    var name = GrafanaVariables.NameOf(TokenText(t));
                    if (GrafanaVariables.IsNumberBuiltIn(name))
                    {
                        var durationForm = GrafanaVariables.DurationFormOf(name);
                        throw Error(t.Start, $"Grafana variable \"{TokenText(t).ToString()}\" stands for a number, not a duration, in {context}",
                            durationForm is null ? "a duration such as 5m or $__range" : $"its duration form {durationForm}");
                    }
                    Advance();
                    PromDuration.TryParse(TokenText(t), out var v);
                    return v;
                case TokenKind.Number when TokenText(t).SequenceEqual("0"):
                    Advance();
                    return PromDuration.Zero;
                default:
                    throw Error(t.Start, $"unexpected {Describe(t)} in {context}", "a duration such as 5m, 1h30m or $__rate_interval");
            }
        }

        private Expr ParseOffset(Expr expr, bool parenthesized, int start)
        {
            var offsetToken = _token;
            Advance();
            var negative = false;
            if (_token.Kind is TokenKind.Sub or TokenKind.Add)
            {
                negative = _token.Kind == TokenKind.Sub;
                Advance();
            }
            var durationToken = _token;
            var d = ParseDuration("offset");
            if (!d.IsVariable && d.Milliseconds == 0) throw Error(durationToken.Start, "duration must be greater than 0", "a positive duration (an offset of 0 is no offset)");
            if (negative)
            {
                if (d.IsVariable) throw Error(durationToken.Start, "a Grafana variable offset cannot be negated", "a fixed duration");
                d = d.Negate();
            }
            return WithModifier(expr, parenthesized, offsetToken, new SourceSpan(start, durationToken.End - start), offset: d);
        }

        /// <summary>
        /// Puts an offset or @ modifier (exactly one of the two is given) on the node before it: only selectors and
        /// subqueries take modifiers, each at most once.
        /// </summary>
        private readonly Expr WithModifier(Expr expr, bool parenthesized, Token modifierToken, SourceSpan span, PromDuration? offset = null, AtModifier? at = null)
        {
            var isOffset = offset is not null;
            var modifier = isOffset ? "offset" : "@";
            if (parenthesized) throw OffsetTargetError(modifierToken, modifier);
            var (currentOffset, currentAt) = expr switch
            {
                VectorSelector vs => (vs.Offset, vs.At),
                MatrixSelector ms => (ms.Selector.Offset, ms.Selector.At),
                Subquery sq => (sq.Offset, sq.At),
                _ => throw OffsetTargetError(modifierToken, modifier),
            };
            if (isOffset ? currentOffset is not null : currentAt is not null)
                throw Error(modifierToken.Start, isOffset ? "offset may not be set multiple times" : "@ <timestamp> may not be set multiple times", null);
            offset ??= currentOffset;
            at ??= currentAt;
            return expr switch
            {
                VectorSelector vs => vs with { Offset = offset, At = at, Span = span },
                MatrixSelector ms => ms with { Selector = ms.Selector with { Offset = offset, At = at }, Span = span },
                Subquery sq => sq with { Offset = offset, At = at, Span = span },
                _ => throw OffsetTargetError(modifierToken, modifier),
            };
        }

        private readonly PromQLParseException OffsetTargetError(Token token, string modifier) =>
            Error(token.Start, $"{modifier} modifier must be preceded by an instant vector selector or range vector selector or a subquery", null);

        private Expr ParseAt(Expr expr, bool parenthesized, int start)
        {
            var atToken = _token;
            Advance();
            AtModifier at;
            var t = _token;
            var end = t.End;
            if (t.Kind == TokenKind.Identifier && (TokenText(t).SequenceEqual("start") || TokenText(t).SequenceEqual("end")))
            {
                var isStart = TokenText(t).SequenceEqual("start");
                Advance();
                Expect(TokenKind.LeftParen, "after @ " + (isStart ? "start" : "end"));
                end = Expect(TokenKind.RightParen, "after @ " + (isStart ? "start(" : "end(")).End;
                at = isStart ? AtModifier.Start : AtModifier.End;
            }
            else
            {
                var negative = false;
                if (t.Kind is TokenKind.Sub or TokenKind.Add)
                {
                    negative = t.Kind == TokenKind.Sub;
                    Advance();
                    t = _token;
                    end = t.End;
                }
                if (t.Kind != TokenKind.Number) throw Error(t.Start, $"unexpected {Describe(t)} after @", "a Unix timestamp, start() or end()");
                Advance();
                var value = ParseNumber(t);
                if (double.IsNaN(value) || double.IsInfinity(value)) throw Error(t.Start, "timestamp out of bounds for @ modifier", "a finite Unix timestamp");
                at = AtModifier.At(negative ? -value : value);
            }
            return WithModifier(expr, parenthesized, atToken, new SourceSpan(start, end - start), at: at);
        }
    }
}
