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
    public static Expr Parse(string text) => Parse(text, target: null);

    /// <summary>
    /// Parses for a given Prometheus: syntax, functions and aggregations the target does not accept are errors that say
    /// which release or flag they need. A null target accepts what any release accepts (the union).
    /// </summary>
    public static Expr Parse(string text, PromTarget? target)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new Parser(text, target);
        return parser.ParseQuery();
    }

    /// <summary>Parses for <paramref name="target"/> without throwing.</summary>
    public static bool TryParse(string text, PromTarget? target, out Expr? expr, out PromQLParseException? error)
    {
        try
        {
            expr = Parse(text, target);
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

    /// <summary>Parses without throwing; <paramref name="error"/> describes the first problem.</summary>
    public static bool TryParse(string text, out Expr? expr, out PromQLParseException? error)
    {
        try
        {
            expr = Parse(text, target: null);
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
        private readonly PromTarget? _target;
        private bool _labelSelectorsOnly;

        public Parser(string source, PromTarget? target)
        {
            _source = source;
            _target = target;
            _labelSelectorsOnly = false;
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

        private int _lastTokenEnd;
        private TokenKind _lastTokenKind;
        private bool _bracketNumberSeen;

        private void Advance()
        {
            _lastTokenEnd = _token.End;
            _lastTokenKind = _token.Kind;
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

        /// <summary>Rejects syntax the target Prometheus does not know, naming the release or flag it needs.</summary>
        private readonly void Require(PromSyntax syntax, int offset)
        {
            if (_target?.Rejects(syntax) is { } why)
                throw Error(offset, $"{PromSyntaxFacts.Describe(syntax)} {why} (target: {_target})", null);
        }

        private readonly bool TargetBefore(int major, int minor) => _target is not null && _target.Version < new Version(major, minor);

        private readonly bool IsWord(Token t, string word) =>
            t.Kind == TokenKind.Identifier && TokenText(t).Equals(word, StringComparison.OrdinalIgnoreCase);

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
                if (op.IsTrim()) Require(PromSyntax.TrimOperators, opToken.Start);
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

                var fill = ParseFillModifiers();
                var nextMin = TokenTable.IsRightAssociative(op) ? precedence : precedence + 1;
                if (_token.Kind == TokenKind.EndOfInput) throw Error(_token.Start, $"unexpected end of input after \"{TokenTable.Text(op)}\"", "an expression");
                var right = ParseExpr(nextMin);
                left = MakeBinary(op, left, right, returnBool, matching, opToken);
                if (fill is not null)
                {
                    var binary = (BinaryExpr)left;
                    if (binary.Left.Type != PromType.InstantVector || binary.Right.Type != PromType.InstantVector)
                        throw Error(opToken.Start, "filling in missing series only allowed between instant vectors", null);
                    if (op.IsSetOperator()) throw Error(opToken.Start, "filling in missing series not allowed for set operators", null);
                    left = ((BinaryExpr)left) with { Fill = fill };
                }
            }
        }

        /// <summary><c>fill(v)</c>, <c>fill_left(v)</c>, <c>fill_right(v)</c>, or left then right in either order.</summary>
        private FillValues? ParseFillModifiers()
        {
            double? left = null, right = null;
            var seen = 0;
            while (_token.Kind == TokenKind.Identifier && PeekNext().Kind == TokenKind.LeftParen)
            {
                var word = TokenText(_token);
                var both = word.Equals("fill", StringComparison.OrdinalIgnoreCase);
                var isLeft = word.Equals("fill_left", StringComparison.OrdinalIgnoreCase);
                var isRight = word.Equals("fill_right", StringComparison.OrdinalIgnoreCase);
                if (!both && !isLeft && !isRight) break;
                var at = _token.Start;
                Require(PromSyntax.FillModifiers, at);
                if (seen > 0 && (both || (isLeft && left is not null) || (isRight && right is not null) || seen >= 2))
                    throw Error(at, $"unexpected {Describe(_token)}", "fill_left (v) fill_right (v), or one fill modifier");
                Advance();
                Advance();
                var negative = false;
                if (_token.Kind is TokenKind.Add or TokenKind.Sub)
                {
                    negative = _token.Kind == TokenKind.Sub;
                    Advance();
                }
                var t = _token;
                if (t.Kind is not (TokenKind.Number or TokenKind.Duration))
                    throw Error(t.Start, $"unexpected {Describe(t)} in fill modifier", "a number");
                Advance();
                var value = t.Kind == TokenKind.Duration ? DurationSeconds(t) : ParseNumber(t);
                if (negative) value = -value;
                Expect(TokenKind.RightParen, "in fill modifier");
                if (both) left = right = value;
                else if (isLeft) left = value;
                else right = value;
                seen++;
                if (both) break;
            }
            return seen == 0 ? null : new FillValues(left, right);
        }

        private readonly double DurationSeconds(Token t)
        {
            PromDuration.TryParseFixed(TokenText(t), out var ms);
            return ms / 1000.0;
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
                var operandIsBareNumber = _token.Kind is TokenKind.Number or TokenKind.Duration;
                var operand = ParseExpr(PowerPrecedence);
                var span = operand.Span.IsKnown ? new SourceSpan(signToken.Start, operand.Span.End - signToken.Start) : SourceSpan.None;
                var op = signToken.Kind == TokenKind.Sub ? UnaryOp.Minus : UnaryOp.Plus;
                // Like Prometheus: a sign directly on a number literal becomes part of the number.
                if (operandIsBareNumber && operand is NumberLiteral number)
                    return new NumberLiteral(op == UnaryOp.Minus ? -number.Value : number.Value) { Span = span, IsDuration = number.IsDuration };
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
                case TokenKind.Duration:
                    Require(PromSyntax.NumbersAsDurations, t.Start);
                    Advance();
                    return new NumberLiteral(DurationSeconds(t)) { Span = new SourceSpan(t.Start, t.Length), IsDuration = true };
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

        /// <summary>
        /// A number's value as Prometheus reads it: as a Go integer literal first (so <c>0755</c> is octal 493, <c>0x1f</c>
        /// hex, <c>1_000</c> a thousand), else as a float; out of range (<c>1e309</c>) is an error, not infinity.
        /// </summary>
        private readonly double ParseNumber(Token t)
        {
            var text = TokenText(t);
            if (text.Equals("inf", StringComparison.OrdinalIgnoreCase)) return double.PositiveInfinity;
            if (text.Equals("nan", StringComparison.OrdinalIgnoreCase)) return double.NaN;
            if (text.IndexOf('_') >= 0) Require(PromSyntax.NumberUnderscores, t.Start);
            if (NumberText.TryParseGoInt(text, out var integer)) return integer;
            if (text.Length >= 2 && text[0] == '0' && text[1] is 'x' or 'X')
                throw Error(t.Start, text.Length == 2 ? "bad hexadecimal number" : $"hexadecimal number \"{text.ToString()}\" out of range", "hex digits after 0x, at most 0x7fffffffffffffff");
            if (NumberText.TryParseGoFloat(text, out var value, out var outOfRange)) return value;
            throw Error(t.Start, outOfRange ? $"number \"{text.ToString()}\" out of range" : $"bad number \"{text.ToString()}\"",
                outOfRange ? "a number within ±1.8e308" : null);
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
                var bareNames = 0;
                var bareIndex = -1;
                while (_token.Kind != TokenKind.RightBrace)
                {
                    var nameToken = _token;
                    string labelName;
                    if (_token.Kind == TokenKind.String)
                    {
                        // {"http.server.duration"} names the metric; {"http.method"="GET"} is a quoted label name (Prometheus 3.0+).
                        Require(PromSyntax.QuotedNames, _token.Start);
                        labelName = StringLiterals.Unquote(_source.AsSpan(), _token.Start, _token.Length, cache: true);
                        Advance();
                        if (_token.Kind is TokenKind.Comma or TokenKind.RightBrace)
                        {
                            if (metricName is not null)
                                throw Error(nameToken.Start, $"metric name must not be set twice: \"{metricName}\" or \"{labelName}\"", null);
                            bareNames++;
                            bareIndex = builder.Count;
                            builder.Add(new LabelMatcher("__name__", MatchOp.Equal, labelName));
                            if (_token.Kind == TokenKind.Comma) Advance();
                            continue;
                        }
                    }
                    else
                    {
                        labelName = LabelName("label matcher", braces: true);
                    }
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
                // One quoted name and no other __name__ matcher: it is the metric name, as if written bare.
                if (bareNames == 1 && metricName is null && matchers.Count(m => m.Name == "__name__") == 1)
                {
                    metricName = matchers[bareIndex].Value;
                    matchers = EquatableArray.From(matchers.Where((_, i) => i != bareIndex));
                }
                if (metricName is null && !_labelSelectorsOnly)
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

        /// <summary>A label name: an identifier or keyword; inside braces also NaN/Inf; in lists also a quoted name.</summary>
        private string LabelName(string context, string contextSuffix = "", bool braces = false)
        {
            var t = _token;
            var isWordNumber = t.Kind == TokenKind.Number && char.IsAsciiLetter(TokenText(t)[0]);
            if (t.Kind == TokenKind.Identifier || IsKeyword(t.Kind) || (braces && isWordNumber))
            {
                var text = TokenText(t);
                // Inside braces Prometheus lexes a plain identifier; in grouping lists a name with ':' is UTF-8 (3.0+).
                if (text.IndexOf(':') >= 0 && (braces || TargetBefore(3, 0)))
                    throw Error(t.Start, $"invalid label name \"{text.ToString()}\" (no ':' allowed)", "a label name");
                Advance();
                return StringCache.Get(text);
            }
            if (!braces && t.Kind == TokenKind.String)
            {
                Require(PromSyntax.QuotedNames, t.Start);
                var name = StringLiterals.Unquote(_source.AsSpan(), t.Start, t.Length, cache: true);
                if (name.Length == 0 || StringLiterals.HasLoneSurrogate(name))
                    throw Error(t.Start, $"invalid label name for grouping: \"{name}\"", "a non-empty UTF-8 label name");
                Advance();
                return name;
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
            if (op is AggregateOp.LimitK or AggregateOp.LimitRatio) Require(PromSyntax.LimitAggregations, nameToken.Start);
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
                // info(v, {label selectors}): the second argument may select nothing but labels, even all-empty ones.
                var saved = _labelSelectorsOnly;
                _labelSelectorsOnly = function?.Name == "info" && args.Count == 1;
                var arg = ParseExpr(0);
                _labelSelectorsOnly = saved;
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
            if (_target is not null && function.RejectedBy(_target) is { } why)
                throw Error(nameToken.Start, $"function \"{function.Name}\" {why} (target: {_target})", null);
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
            if (function.Name == "info" && args.Count > 1)
            {
                var selectors = args[1];
                if (selectors.Type != PromType.InstantVector)
                    throw Error(selectors.Span.IsKnown ? selectors.Span.Start : open.Start, $"expected type instant vector in call to function \"info\", got {selectors.Type.DisplayName()}", "label selectors, e.g. {k8s_cluster_name=~\".+\"}");
                if (selectors is VectorSelector { MetricName: not null })
                    throw Error(selectors.Span.Start, "expected label selectors only, got vector selector instead", "label selectors without a metric name, e.g. {k8s_cluster_name=~\".+\"}");
                if (selectors is not VectorSelector)
                    throw Error(selectors.Span.IsKnown ? selectors.Span.Start : open.Start, "expected label selectors only", "label selectors, e.g. {k8s_cluster_name=~\".+\"}");
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
                    case TokenKind.Identifier when IsWord(_token, "anchored") || IsWord(_token, "smoothed"):
                        expr = ParseExtension(expr, parenthesized, start);
                        break;
                    default:
                        return expr;
                }
                parenthesized = false;
            }
        }

        /// <summary><c>x[5m] anchored</c>, <c>x smoothed</c>: only on selectors, one of the two.</summary>
        private Expr ParseExtension(Expr expr, bool parenthesized, int start)
        {
            var t = _token;
            var anchored = IsWord(t, "anchored");
            var name = anchored ? "anchored" : "smoothed";
            Require(PromSyntax.AnchoredSmoothed, t.Start);
            Advance();
            var selector = parenthesized ? null : expr switch
            {
                VectorSelector vs => vs,
                MatrixSelector ms => ms.Selector,
                _ => null,
            };
            if (selector is null)
                throw Error(t.Start, expr is Subquery && !parenthesized ? $"{name} modifier is not supported for subqueries" : $"{name} modifier must follow a vector or range vector selector", "x[5m] " + name);
            if (selector.Extension != RangeExtension.None)
                throw Error(t.Start, selector.Extension.ToString().ToLowerInvariant() == name ? $"{name} may not be set multiple times" : "anchored and smoothed modifiers cannot be used together", null);
            var changed = selector with { Extension = anchored ? RangeExtension.Anchored : RangeExtension.Smoothed };
            var span = new SourceSpan(start, t.End - start);
            return expr is MatrixSelector m ? m with { Selector = changed, Span = span } : changed with { Span = span };
        }

        private Expr ParseRangeOrSubquery(Expr expr, bool parenthesized, int start)
        {
            var open = _token;
            Advance();
            var range = ParseBracketDuration("range", open);
            if (_token.Kind == TokenKind.Colon)
            {
                // Prometheus's lexer quirk: a ':' right after step(), range() or ")" is an error until some number
                // has been read inside a bracket earlier in the query (x[step():1m] fails, x[5m:step()] does not).
                if (!_bracketNumberSeen && _lastTokenKind is not (TokenKind.Number or TokenKind.Duration or TokenKind.Variable))
                    throw Error(_token.Start, "unexpected colon before duration in duration expression", "a range that starts with a number or duration, e.g. x[1h:step()]");
                Advance();
                PromDuration? step = null;
                if (_token.Kind != TokenKind.RightBracket)
                    step = ParseBracketDuration("subquery step", open);
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

        /// <summary>A range or subquery step: a duration, a number of seconds, a Grafana variable or a duration expression; greater than 0.</summary>
        private PromDuration ParseBracketDuration(string context, Token open)
        {
            var t = _token;
            if (t.Kind == TokenKind.Variable)
            {
                _bracketNumberSeen = true; // Grafana puts a duration such as 1m there.
                return ParseDuration(context);
            }
            var e = ParseDurationExpr(0, context);
            var d = ToPromDuration(e, t.Start);
            if (e is DurationNumber n && n.Seconds <= 0)
                throw Error(t.Start, context == "range" ? "range must be greater than 0" : "subquery step must be greater than 0", "a positive duration");
            return d;
        }

        /// <summary>A Grafana variable standing for a duration (<c>$__rate_interval</c>); a number variable there is an error.</summary>
        private PromDuration ParseDuration(string context)
        {
            var t = _token;
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
        }

        /// <summary>A plain number or duration becomes a fixed <see cref="PromDuration"/>; anything else an expression.</summary>
        private readonly PromDuration ToPromDuration(DurationExpr e, int offset)
        {
            if (e is DurationNumber n)
            {
                if (!n.IsDuration) Require(PromSyntax.NumbersAsDurations, offset);
                if (Math.Abs(n.Seconds) > 9.223372036854775807e9) throw Error(offset, "duration out of range", null);
                var ms = n.Seconds * 1000;
                // A number of seconds finer than a millisecond (x[0.0001]) stays as written rather than rounding to 0s.
                if (ms != Math.Round(ms)) return PromDuration.FromExpression(n);
                return PromDuration.FromMilliseconds((long)ms);
            }
            Require(PromSyntax.DurationArithmetic, offset);
            return PromDuration.FromExpression(e);
        }

        /// <summary>Precedence of duration operators, as for numbers: + - 4, * / % 5, ^ 7 (right-associative).</summary>
        private static int DurationPrecedence(TokenKind kind) => kind switch
        {
            TokenKind.Add or TokenKind.Sub => 4,
            TokenKind.Mul or TokenKind.Div or TokenKind.Mod => 5,
            TokenKind.Pow => 7,
            _ => -1,
        };

        private DurationExpr ParseDurationExpr(int minPrecedence, string context)
        {
            var left = ParseDurationUnary(context);
            while (true)
            {
                var p = DurationPrecedence(_token.Kind);
                if (p < 0 || p < minPrecedence) return left;
                var opToken = _token;
                Advance();
                var right = ParseDurationExpr(opToken.Kind == TokenKind.Pow ? p : p + 1, context);
                var op = opToken.Kind switch
                {
                    TokenKind.Add => DurationOp.Add,
                    TokenKind.Sub => DurationOp.Subtract,
                    TokenKind.Mul => DurationOp.Multiply,
                    TokenKind.Div => DurationOp.Divide,
                    TokenKind.Mod => DurationOp.Modulo,
                    _ => DurationOp.Power,
                };
                if (op is DurationOp.Divide or DurationOp.Modulo && right is DurationNumber { Seconds: 0 })
                    throw Error(opToken.Start, op == DurationOp.Divide ? "division by zero" : "modulo by zero", null);
                left = new DurationBinary(op, left, right);
            }
        }

        private DurationExpr ParseDurationUnary(string context)
        {
            if (_token.Kind is TokenKind.Add or TokenKind.Sub)
            {
                var negative = _token.Kind == TokenKind.Sub;
                var signAt = _token.Start;
                Advance();
                // Like a unary minus on numbers: binds tighter than * but looser than ^ (-2^2 is -(2^2)).
                var operand = ParseDurationExpr(6, context);
                if (operand is DurationNumber n)
                {
                    var v = negative ? -n.Seconds : n.Seconds;
                    if (Math.Abs(v) > 9.223372036854775807e9) throw Error(signAt, "duration out of range", null);
                    return n with { Seconds = v };
                }
                return negative ? new DurationNegation(operand) : operand;
            }
            return ParseDurationAtom(context);
        }

        private DurationExpr ParseDurationAtom(string context)
        {
            var t = _token;
            if (context != "offset" && t.Kind is TokenKind.Number or TokenKind.Duration) _bracketNumberSeen = true;
            switch (t.Kind)
            {
                case TokenKind.Number:
                {
                    Advance();
                    var v = ParseNumber(t);
                    if (Math.Abs(v) > 9.223372036854775807e9 || double.IsNaN(v)) throw Error(t.Start, "duration out of range", null);
                    return new DurationNumber(v, IsDuration: false);
                }
                case TokenKind.Duration:
                    Advance();
                    if (!PromDuration.TryParseFixed(TokenText(t), out var ms)) throw Error(t.Start, $"bad duration \"{TokenText(t).ToString()}\"", null);
                    return new DurationNumber(ms / 1000.0, IsDuration: true);
                case TokenKind.LeftParen:
                {
                    Advance();
                    var inner = ParseDurationExpr(0, context);
                    Expect(TokenKind.RightParen, "in duration expression");
                    Require(PromSyntax.DurationArithmetic, t.Start);
                    return inner;
                }
                case TokenKind.Identifier when IsWord(t, "step") || IsWord(t, "range"):
                {
                    var isStep = IsWord(t, "step");
                    Require(isStep ? PromSyntax.DurationStep : PromSyntax.DurationRange, t.Start);
                    Advance();
                    Expect(TokenKind.LeftParen, $"after {(isStep ? "step" : "range")}");
                    Expect(TokenKind.RightParen, $"after {(isStep ? "step(" : "range(")}");
                    return new DurationFunction(isStep ? DurationFunctionKind.Step : DurationFunctionKind.Range);
                }
                case TokenKind.Identifier when IsWord(t, "min_of") || IsWord(t, "max_of"):
                {
                    var isMin = IsWord(t, "min_of");
                    Require(PromSyntax.DurationMinMaxOf, t.Start);
                    Advance();
                    Expect(TokenKind.LeftParen, $"after {(isMin ? "min_of" : "max_of")}");
                    var a = ParseDurationExpr(0, context);
                    Expect(TokenKind.Comma, "between the two durations");
                    var b = ParseDurationExpr(0, context);
                    Expect(TokenKind.RightParen, "after the two durations");
                    return new DurationFunction(isMin ? DurationFunctionKind.MinOf : DurationFunctionKind.MaxOf, a, b);
                }
                default:
                    throw Error(t.Start, $"unexpected {Describe(t)} in {context}", "a duration such as 5m, a number of seconds, step(), range() or $__rate_interval");
            }
        }

        private Expr ParseOffset(Expr expr, bool parenthesized, int start)
        {
            var offsetToken = _token;
            Advance();
            var durationToken = _token;
            PromDuration d;
            var end = _token.End;
            if (_token.Kind == TokenKind.Variable || (_token.Kind is TokenKind.Sub or TokenKind.Add && PeekNext().Kind == TokenKind.Variable))
            {
                var negative = false;
                if (_token.Kind is TokenKind.Sub or TokenKind.Add)
                {
                    negative = _token.Kind == TokenKind.Sub;
                    Advance();
                }
                durationToken = _token;
                end = _token.End;
                d = ParseDuration("offset");
                if (negative) throw Error(durationToken.Start, "a Grafana variable offset cannot be negated", "a fixed duration");
            }
            else
            {
                var e = ParseOffsetDuration();
                end = _lastEnd;
                d = ToPromDuration(e, durationToken.Start);
                // Prometheus before 3.0 took only a non-zero duration here.
                if (e is DurationNumber { Seconds: 0 } && _target?.Rejects(PromSyntax.ZeroOffset) is not null)
                    throw Error(durationToken.Start, "duration must be greater than 0", $"a positive duration (an offset of 0 needs Prometheus 3.0; target: {_target})");
            }
            return WithModifier(expr, parenthesized, offsetToken, new SourceSpan(start, end - start), offset: d);
        }

        private int _lastEnd;

        /// <summary>
        /// After <c>offset</c>: a signed number or duration, step(), range(), min_of/max_of(...), or a parenthesized
        /// expression, which binds tighter than any operator, as in Prometheus: <c>x offset 5m + 1m</c> adds 1m to
        /// <c>x offset 5m</c>; <c>x offset (5m + 1m)</c> offsets by 6m.
        /// </summary>
        private DurationExpr ParseOffsetDuration()
        {
            var t = _token;
            var negative = false;
            var signed = false;
            if (t.Kind is TokenKind.Add or TokenKind.Sub)
            {
                signed = true;
                negative = t.Kind == TokenKind.Sub;
                Advance();
                if (_token.Kind is TokenKind.Add or TokenKind.Sub)
                {
                    // "offset --1m": a general signed duration expression.
                    var inner = ParseDurationExpr(0, "offset");
                    _lastEnd = _lastTokenEnd;
                    return Negate(inner, negative, t.Start);
                }
            }
            var a = _token;
            if (!signed && a.Kind == TokenKind.LeftParen)
            {
                var e = ParseDurationExpr(0, "offset");
                _lastEnd = _lastTokenEnd;
                return e;
            }
            if (a.Kind is TokenKind.Number or TokenKind.Duration or TokenKind.LeftParen
                || IsWord(a, "step") || IsWord(a, "range") || IsWord(a, "min_of") || IsWord(a, "max_of"))
            {
                var atom = ParseDurationAtom("offset");
                _lastEnd = _lastTokenEnd;
                return Negate(atom, negative, t.Start);
            }
            if (a.Kind == TokenKind.EndOfInput) throw Error(a.Start, "unexpected end of input in offset", "number, duration, step(), or range()");
            throw Error(a.Start, $"unexpected {Describe(a)} in offset", "number, duration, step(), or range()");
        }

        private readonly DurationExpr Negate(DurationExpr e, bool negative, int at)
        {
            if (!negative) return e;
            if (e is DurationNumber n)
            {
                if (Math.Abs(n.Seconds) > 9.223372036854775807e9) throw Error(at, "duration out of range", null);
                return n with { Seconds = -n.Seconds };
            }
            return new DurationNegation(e);
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
            if (IsWord(t, "start") || IsWord(t, "end"))
            {
                var isStart = IsWord(t, "start");
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
                if (t.Kind is not (TokenKind.Number or TokenKind.Duration)) throw Error(t.Start, $"unexpected {Describe(t)} after @", "a Unix timestamp, start() or end()");
                if (t.Kind == TokenKind.Duration) Require(PromSyntax.NumbersAsDurations, t.Start);
                Advance();
                var value = t.Kind == TokenKind.Duration ? DurationSeconds(t) : ParseNumber(t);
                if (double.IsNaN(value) || double.IsInfinity(value) || Math.Abs(value) >= 9.223372036854775807e18)
                    throw Error(t.Start, "timestamp out of bounds for @ modifier", "a finite Unix timestamp");
                at = AtModifier.At(negative ? -value : value);
            }
            return WithModifier(expr, parenthesized, atToken, new SourceSpan(start, end - start), at: at);
        }
    }
}
