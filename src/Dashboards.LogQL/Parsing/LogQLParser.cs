using System.Globalization;
using Dashboards.LogQL.Lexing;

namespace Dashboards.LogQL.Parsing;

/// <summary>
/// Recursive-descent LogQL parser. Errors are <see cref="LogQLParseException"/>s with a 1-based line:column, what went
/// wrong and what was expected. Besides the grammar it applies Loki's own checks: a selector needs a matcher that cannot
/// match the empty value; which range aggregations take <c>unwrap</c>, a parameter or a grouping; <c>topk</c>'s k.
/// </summary>
public sealed class LogQLParser
{
    private const string QueryStart = "a stream selector {...}, a range aggregation such as rate(...), a vector aggregation such as sum(...), or a number";
    private const string StageStart = "a parser (json, logfmt, regexp, pattern, unpack), a label filter, line_format, label_format, drop, keep, decolorize or unwrap";

    private readonly string _text;
    private readonly List<Token> _tokens;
    private int _i;

    private LogQLParser(string text)
    {
        _text = text;
        _tokens = Lexer.Tokenize(text);
    }

    /// <summary>Parses a log or metric query.</summary>
    public static Expr Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new LogQLParser(text);
        var expr = parser.ParseExpr(0);
        if (parser.Peek.Kind != TokenKind.EndOfInput)
            throw parser.Error(parser.Peek, $"unexpected {parser.Describe(parser.Peek)} after a complete query", "end of input or a binary operator");
        return expr;
    }

    public static bool TryParse(string text, out Expr? expr, out LogQLParseException? error)
    {
        try
        {
            expr = Parse(text);
            error = null;
            return true;
        }
        catch (LogQLParseException e)
        {
            expr = null;
            error = e;
            return false;
        }
    }

    /// <summary>Parses a log query (selector and pipeline); a metric query is an error.</summary>
    public static LogExpr ParseLog(string text) => Parse(text) as LogExpr
        ?? throw new LogQLParseException("expected a log query, got a metric query", 1, 1, 0, "a stream selector {...} with a pipeline", text);

    /// <summary>Parses a metric query; a log query is an error.</summary>
    public static MetricExpr ParseMetric(string text) => Parse(text) as MetricExpr
        ?? throw new LogQLParseException("expected a metric query, got a log query", 1, 1, 0, "a range aggregation such as count_over_time({...}[5m])", text);

    // ---- tokens ------------------------------------------------------------------------------------------------

    private Token Peek => _tokens[_i];

    private Token PeekAt(int ahead) => _tokens[Math.Min(_i + ahead, _tokens.Count - 1)];

    private Token Advance() => _tokens[_i++ < _tokens.Count - 1 ? _i - 1 : _tokens.Count - 1];

    private ReadOnlySpan<char> TextOf(Token token) => token.Text(_text);

    private bool IsWord(Token token, string word) => token.Kind == TokenKind.Identifier && TextOf(token).SequenceEqual(word);

    private bool PeekWord(string word) => IsWord(Peek, word);

    private Token Expect(TokenKind kind, string context)
    {
        var token = Peek;
        if (token.Kind != kind) throw Error(token, $"unexpected {Describe(token)} {context}", TokenTable.Text(kind));
        return Advance();
    }

    private string Describe(Token token) => token.Kind switch
    {
        TokenKind.EndOfInput => "end of input",
        TokenKind.Identifier => $"'{TextOf(token)}'",
        TokenKind.String => $"string {TextOf(token)}",
        TokenKind.Number or TokenKind.Duration or TokenKind.Bytes or TokenKind.Variable or TokenKind.ParserFlag => $"{TokenTable.Text(token.Kind)} {TextOf(token)}",
        _ => $"'{TextOf(token)}'",
    };

    private LogQLParseException Error(Token token, string reason, string? expected) => LogQLParseException.At(_text, token.Start, reason, expected);

    private LogQLParseException Error(int offset, string reason, string? expected) => LogQLParseException.At(_text, offset, reason, expected);

    private SourceSpan SpanFrom(int start) => new(start, Math.Max(0, _tokens[Math.Max(0, _i - 1)].End - start));

    // ---- expressions -------------------------------------------------------------------------------------------

    private Expr ParseExpr(int minPrecedence)
    {
        var start = Peek.Start;
        var left = ParseUnary();
        while (true)
        {
            var opToken = Peek;
            if (TokenTable.BinaryOperator(opToken.Kind, TextOf(opToken)) is not { } op) return left;
            var precedence = TokenTable.Precedence(op);
            if (precedence < minPrecedence) return left;
            Advance();
            var returnBool = false;
            if (PeekWord(TokenTable.Bool))
            {
                if (!TokenTable.IsComparison(op)) throw Error(Peek, $"bool is only allowed after a comparison, not after '{TokenTable.Text(op)}'", null);
                returnBool = true;
                Advance();
            }
            var matching = ParseVectorMatching();
            var right = ParseExpr(TokenTable.IsRightAssociative(op) ? precedence : precedence + 1);
            if (TokenTable.IsSetOperator(op) && (left is NumberLiteral || right is NumberLiteral))
                throw Error(opToken, $"unexpected literal for {(left is NumberLiteral ? "left" : "right")} leg of logical/set binary operation ({TokenTable.Text(op)})",
                    "metric queries on both sides of and/or/unless (vector(n) for a constant)");
            left = new BinaryExpr(op, RequireMetric(left, opToken, op), RequireMetric(right, opToken, op), returnBool, matching) { Span = SpanFrom(start) };
        }
    }

    private MetricExpr RequireMetric(Expr operand, Token opToken, BinaryOp op) => operand as MetricExpr
        ?? throw Error(operand.Span.IsKnown ? operand.Span.Start : opToken.Start,
            $"a log query cannot be an operand of '{TokenTable.Text(op)}'", "a metric query: wrap the log query in a range aggregation such as count_over_time({...}[5m])");

    private VectorMatching? ParseVectorMatching()
    {
        bool on;
        if (PeekWord(TokenTable.On)) on = true;
        else if (PeekWord(TokenTable.Ignoring)) on = false;
        else return null;
        Advance();
        var labels = ParseLabelList(allowTrailingComma: true);
        var side = GroupSide.None;
        var include = EquatableArray<string>.Empty;
        if (PeekWord(TokenTable.GroupLeft) || PeekWord(TokenTable.GroupRight))
        {
            side = PeekWord(TokenTable.GroupLeft) ? GroupSide.Left : GroupSide.Right;
            Advance();
            if (Peek.Kind == TokenKind.LeftParen) include = ParseLabelList(allowTrailingComma: true);
        }
        return new VectorMatching(on, labels, side, include);
    }

    private Expr ParseUnary()
    {
        var token = Peek;
        if (token.Kind is TokenKind.Add or TokenKind.Sub)
        {
            if (PeekAt(1).Kind != TokenKind.Number)
                throw Error(token, $"a sign applies only to a number in LogQL", "a number such as -1 (write -1 * expr to negate a query)");
            Advance();
            var number = ParseNumber(Advance());
            return new NumberLiteral(token.Kind == TokenKind.Sub ? -number : number) { Span = SpanFrom(token.Start) };
        }
        return ParsePrimary();
    }

    private Expr ParsePrimary()
    {
        var token = Peek;
        switch (token.Kind)
        {
            case TokenKind.LeftBrace:
                return ParseLogExpr(allowUnwrap: false, out _);
            case TokenKind.LeftParen:
                Advance();
                var inner = ParseExpr(0);
                Expect(TokenKind.RightParen, "in parentheses");
                return inner;
            case TokenKind.Number:
                Advance();
                return new NumberLiteral(ParseNumber(token)) { Span = SpanFrom(token.Start) };
            case TokenKind.Identifier:
                var name = TextOf(token).ToString();
                if (TokenTable.TryGetRangeOp(name, out var rangeOp)) return ParseRangeAggregation(rangeOp);
                if (TokenTable.TryGetVectorOp(name, out var vectorOp)) return ParseVectorAggregation(vectorOp);
                if (name == TokenTable.Vector) return ParseVectorLiteral();
                if (name == TokenTable.LabelReplace) return ParseLabelReplace();
                throw Error(token, $"unknown function '{name}'", "one of " + string.Join(", ", TokenTable.FunctionNames));
            default:
                throw Error(token, $"unexpected {Describe(token)}", QueryStart);
        }
    }

    private double ParseNumber(Token token)
    {
        var text = TextOf(token);
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }
        throw Error(token, $"number {text} is out of range", null);
    }

    private Expr ParseVectorLiteral()
    {
        var start = Advance().Start;
        Expect(TokenKind.LeftParen, "after vector");
        var number = Peek;
        Expect(TokenKind.Number, "in vector(...)"); // a plain number: Loki's grammar has no sign here
        var value = ParseNumber(number);
        Expect(TokenKind.RightParen, "after vector's number");
        return new VectorLiteral(value) { Span = SpanFrom(start) };
    }

    private Expr ParseLabelReplace()
    {
        var start = Advance().Start;
        Expect(TokenKind.LeftParen, "after label_replace");
        var innerStart = Peek;
        if (ParseExpr(0) is not MetricExpr inner)
            throw Error(innerStart, "label_replace takes a metric query, not a log query", "a range aggregation such as rate({...}[5m])");
        var strings = new string[4];
        Token regexToken = default;
        for (var i = 0; i < 4; i++)
        {
            Expect(TokenKind.Comma, "between label_replace's arguments");
            if (i == 3) regexToken = Peek;
            strings[i] = ExpectString("as an argument of label_replace (destination, replacement, source, regex)");
        }
        Expect(TokenKind.RightParen, "closing label_replace(...)");
        if (!TokenTable.IsLabelName(strings[0])) throw Error(start, $"invalid destination label name in label_replace: \"{strings[0]}\"", null);
        if (RegexCheck.Problem(strings[3]) is { } problem) throw Error(regexToken, $"invalid regex in label_replace: {problem}", null);
        return new LabelReplace(inner, strings[0], strings[1], strings[2], strings[3]) { Span = SpanFrom(start) };
    }

    // ---- aggregations ------------------------------------------------------------------------------------------

    private Expr ParseRangeAggregation(RangeOp op)
    {
        var nameToken = Advance();
        var name = TokenTable.Text(op);
        Expect(TokenKind.LeftParen, $"after {name}");
        double? parameter = null;
        if (Peek.Kind == TokenKind.Number || (Peek.Kind is TokenKind.Sub && PeekAt(1).Kind == TokenKind.Number))
        {
            var numberToken = Peek;
            var sign = 1.0;
            if (numberToken.Kind == TokenKind.Sub)
            {
                sign = -1;
                Advance();
            }
            parameter = sign * ParseNumber(Advance());
            if (op != RangeOp.QuantileOverTime) throw Error(numberToken, $"{name} takes no parameter", "a log range such as {app=\"api\"}[5m]");
            Expect(TokenKind.Comma, "after quantile_over_time's quantile");
        }
        else if (op == RangeOp.QuantileOverTime)
        {
            throw Error(Peek, $"quantile_over_time needs a quantile first", "a number such as 0.99, then a comma");
        }
        var range = ParseLogRange(name);
        Expect(TokenKind.RightParen, $"after the log range of {name}");
        var grouping = ParseGrouping();
        if (grouping is not null && !RangeAllowsGrouping(op))
            throw Error(nameToken, $"grouping not allowed for {name} aggregation",
                $"sum by (...) ({name}(...)), or one of avg/min/max/stddev/stdvar/quantile/first/last_over_time");
        if (range.Unwrap is not null && !RangeAllowsUnwrap(op))
            throw Error(nameToken, $"invalid aggregation {name} with unwrap", $"{name} without | unwrap, or sum_over_time/avg_over_time/... with it");
        if (range.Unwrap is null && !RangeWorksWithoutUnwrap(op))
            throw Error(nameToken, $"invalid aggregation {name} without unwrap", "| unwrap <label> before the range, e.g. {app=\"api\"} | json | unwrap latency [5m]");
        return new RangeAggregation(op, range, parameter, grouping) { Span = SpanFrom(nameToken.Start) };
    }

    internal static bool RangeAllowsGrouping(RangeOp op) => op is RangeOp.AvgOverTime or RangeOp.StddevOverTime or RangeOp.StdvarOverTime
        or RangeOp.QuantileOverTime or RangeOp.MaxOverTime or RangeOp.MinOverTime or RangeOp.FirstOverTime or RangeOp.LastOverTime;

    internal static bool RangeAllowsUnwrap(RangeOp op) => op is not (RangeOp.CountOverTime or RangeOp.BytesOverTime or RangeOp.BytesRate);

    internal static bool RangeWorksWithoutUnwrap(RangeOp op) => op is RangeOp.CountOverTime or RangeOp.Rate or RangeOp.BytesOverTime
        or RangeOp.BytesRate or RangeOp.AbsentOverTime;

    private LogRange ParseLogRange(string function)
    {
        var parenthesized = false;
        if (Peek.Kind == TokenKind.LeftParen)
        {
            parenthesized = true;
            Advance();
        }
        if (Peek.Kind != TokenKind.LeftBrace)
            throw Error(Peek, $"unexpected {Describe(Peek)} in {function}", "a log range such as {app=\"api\"} |= \"error\" [5m]");
        LokiDuration? range = null;
        LokiDuration? offset = null;
        var log = ParseLogExpr(allowUnwrap: true, out var unwrap, rangeFirst: () =>
        {
            range = ParseRange();
            offset = ParseOffset();
        });
        if (parenthesized) Expect(TokenKind.RightParen, "after the parenthesized log query");
        if (range is null)
        {
            if (Peek.Kind != TokenKind.LeftBracket)
                throw Error(Peek, $"unexpected {Describe(Peek)} in {function}", "a range such as [5m] after the log query");
            range = ParseRange();
            offset = ParseOffset();
        }
        return new LogRange(log, range.Value, unwrap, offset);
    }

    private LokiDuration ParseRange()
    {
        Expect(TokenKind.LeftBracket, "before a range");
        var token = Peek;
        LokiDuration duration;
        if (token.Kind == TokenKind.Variable)
        {
            LokiDuration.TryParse(TextOf(token), out duration);
        }
        else if (token.Kind != TokenKind.Duration || !LokiDuration.TryParse(TextOf(token), out duration))
        {
            throw Error(token, $"unexpected {Describe(token)} in a range", "a duration in whole units y w d h m s ms (5m, 1h30m) or a Grafana variable ($__auto, $__range)");
        }
        Advance();
        Expect(TokenKind.RightBracket, "after the range");
        return duration;
    }

    private LokiDuration? ParseOffset()
    {
        if (!PeekWord(TokenTable.Offset)) return null;
        Advance();
        var negative = Peek.Kind == TokenKind.Sub && PeekAt(1).Kind == TokenKind.Duration;
        if (negative) Advance();
        var token = Peek;
        if ((token.Kind != TokenKind.Duration && token.Kind != TokenKind.Variable) || !LokiDuration.TryParse(TextOf(token), out var duration))
            throw Error(token, $"unexpected {Describe(token)} after offset", "a duration such as 1h or -5m");
        Advance();
        return negative ? duration.Negate() : duration;
    }

    private Expr ParseVectorAggregation(VectorOp op)
    {
        var nameToken = Advance();
        var name = TokenTable.Text(op);
        var grouping = ParseGrouping();
        Expect(TokenKind.LeftParen, $"after {name}");
        double? parameter = null;
        var takesParameter = op is VectorOp.TopK or VectorOp.BottomK;
        if (takesParameter)
        {
            var kToken = Peek;
            if (kToken.Kind != TokenKind.Number)
                throw Error(kToken, $"{name} needs k first", "a positive whole number such as 10, then a comma");
            Advance();
            var k = ParseNumber(kToken);
            if (k <= 0 || k != Math.Floor(k) || k > int.MaxValue)
                throw Error(kToken, $"invalid parameter for {name}: k must be a positive whole number, got {TextOf(kToken)}", null);
            parameter = k;
            Expect(TokenKind.Comma, $"after {name}'s k");
        }
        var innerStart = Peek;
        var inner = ParseExpr(0);
        if (inner is not MetricExpr metric)
            throw Error(innerStart, $"{name} aggregates a metric query, not a log query", $"a range aggregation such as {name}(count_over_time({{...}}[5m]))");
        Expect(TokenKind.RightParen, $"closing {name}(...)");
        var after = ParseGrouping();
        if (after is not null)
        {
            if (grouping is not null) throw Error(_tokens[_i - 1].Start, $"{name} has two groupings", "one by (...) or without (...)");
            grouping = after;
        }
        if (grouping is not null && op is VectorOp.Sort or VectorOp.SortDesc)
            throw Error(nameToken, $"grouping not allowed for {name} aggregation", null);
        return new VectorAggregation(op, metric, parameter, grouping) { Span = SpanFrom(nameToken.Start) };
    }

    private Grouping? ParseGrouping()
    {
        bool without;
        if (PeekWord(TokenTable.By)) without = false;
        else if (PeekWord(TokenTable.Without)) without = true;
        else return null;
        Advance();
        return new Grouping(without, ParseLabelList(allowTrailingComma: false));
    }

    private EquatableArray<string> ParseLabelList(bool allowTrailingComma)
    {
        Expect(TokenKind.LeftParen, "before a label list");
        var labels = new List<string>();
        while (Peek.Kind != TokenKind.RightParen)
        {
            labels.Add(ExpectLabelName("in a label list"));
            if (Peek.Kind == TokenKind.Comma)
            {
                Advance();
                if (!allowTrailingComma && Peek.Kind == TokenKind.RightParen) throw Error(Peek, "unexpected ')' after ','", "a label name");
            }
            else if (Peek.Kind != TokenKind.RightParen)
            {
                throw Error(Peek, $"unexpected {Describe(Peek)} in a label list", "',' or ')'");
            }
        }
        Advance();
        return EquatableArray.From(labels);
    }

    private string ExpectLabelName(string context)
    {
        var token = Peek;
        if (token.Kind != TokenKind.Identifier) throw Error(token, $"unexpected {Describe(token)} {context}", "a label name");
        Advance();
        return TextOf(token).ToString();
    }

    private string ExpectString(string context)
    {
        var token = Peek;
        if (token.Kind != TokenKind.String) throw Error(token, $"unexpected {Describe(token)} {context}", "a string such as \"text\" or `text`");
        Advance();
        return StringLiterals.Unquote(_text, token.Start, token.Length);
    }

    // ---- log queries -------------------------------------------------------------------------------------------

    private LogExpr ParseLogExpr(bool allowUnwrap, out Unwrap? unwrap, Action? rangeFirst = null)
    {
        var start = Peek.Start;
        var selector = ParseSelector();
        if (rangeFirst is not null && Peek.Kind == TokenKind.LeftBracket) rangeFirst();
        var stages = new List<PipelineStage>();
        unwrap = null;
        while (true)
        {
            var token = Peek;
            if (TokenTable.LineFilterOperator(token.Kind) is { } lineOp)
            {
                if (unwrap is not null) throw Error(token, "a line filter cannot follow unwrap", "label filters only, after | unwrap");
                Advance();
                stages.Add(ParseLineFilter(lineOp));
            }
            else if (token.Kind == TokenKind.Pipe)
            {
                Advance();
                if (PeekWord(TokenTable.Unwrap))
                {
                    if (!allowUnwrap) throw Error(Peek, "unwrap is only allowed in a range aggregation", "sum_over_time({...} | unwrap <label> [5m]) and the like");
                    if (unwrap is not null) throw Error(Peek, "a query can unwrap only once", null);
                    unwrap = ParseUnwrap();
                }
                else if (unwrap is not null)
                {
                    if (!IsLabelFilterStart()) throw Error(Peek, $"unexpected {Describe(Peek)} after unwrap", "a label filter such as __error__=\"\" (only label filters may follow unwrap)");
                    unwrap = unwrap with { PostFilters = unwrap.PostFilters.Add(ParseLabelFilterOr()) };
                }
                else
                {
                    stages.Add(ParseStage());
                }
            }
            else
            {
                return new LogExpr(new StreamSelector(selector), EquatableArray.From(stages)) { Span = new SourceSpan(start, Math.Max(0, _tokens[_i - 1].End - start)) };
            }
        }
    }

    private EquatableArray<LabelMatcher> ParseSelector()
    {
        var open = Expect(TokenKind.LeftBrace, "at the start of a stream selector");
        var matchers = new List<LabelMatcher>();
        while (true)
        {
            var nameToken = Peek;
            if (nameToken.Kind != TokenKind.Identifier)
                throw Error(nameToken, $"unexpected {Describe(nameToken)} in a stream selector", matchers.Count == 0 ? "a label matcher such as app=\"api\" (Loki needs at least one)" : "a label name");
            var name = ExpectLabelName("in a stream selector");
            var opToken = Peek;
            if (TokenTable.MatchOperator(opToken.Kind) is not { } op)
                throw Error(opToken, $"unexpected {Describe(opToken)} after label '{name}'", "one of = != =~ !~");
            Advance();
            var valueToken = Peek;
            var value = ExpectString($"as the value of '{name}'");
            if (op is MatchOp.Regex or MatchOp.NotRegex) CheckRegex(value, valueToken);
            matchers.Add(new LabelMatcher(name, op, value));
            if (Peek.Kind == TokenKind.Comma)
            {
                Advance();
                continue;
            }
            if (Peek.Kind == TokenKind.RightBrace) break;
            throw Error(Peek, $"unexpected {Describe(Peek)} in a stream selector", "',' or '}'");
        }
        Advance();
        if (!matchers.Exists(m => !MatchesEmpty(m)))
            throw Error(open, "queries require at least one regexp or equality matcher that does not have an empty-compatible value",
                "a matcher such as app=\"api\" or app=~\".+\" (app=~\".*\" matches every stream)");
        return EquatableArray.From(matchers);
    }

    /// <summary>True when a matcher also matches streams without the label (Loki refuses selectors made only of those).</summary>
    internal static bool MatchesEmpty(LabelMatcher matcher) => matcher.Op switch
    {
        MatchOp.Equal => matcher.Value.Length == 0,
        MatchOp.Regex => RegexMatchesEmpty(matcher.Value),
        _ => true,
    };

    private static bool RegexMatchesEmpty(string pattern) => RegexCheck.MatchesEmpty(pattern);

    private void CheckRegex(string pattern, Token token)
    {
        if (RegexCheck.Problem(pattern) is { } problem)
            throw Error(token, $"invalid regular expression {TextOf(token)}: {problem}", null);
    }

    private LineFilter ParseLineFilter(LineFilterOp op)
    {
        var token = Peek;
        if (token.Kind == TokenKind.Identifier && TextOf(token).SequenceEqual(TokenTable.Ip))
        {
            if (op is not (LineFilterOp.Contains or LineFilterOp.NotContains))
                throw Error(token, $"ip() filters lines only with |= and !=, not {TokenTable.Text(op)}", "|= ip(\"...\") or != ip(\"...\")");
            Advance();
            Expect(TokenKind.LeftParen, "after ip");
            var range = ExpectString("in ip(...)");
            Expect(TokenKind.RightParen, "closing ip(...)");
            return new LineFilter(op, range, EquatableArray<string>.Empty, Ip: true);
        }
        var value = ExpectString($"after line filter '{TokenTable.Text(op)}'");
        if (op is LineFilterOp.Regex or LineFilterOp.NotRegex) CheckRegex(value, token);
        var or = new List<string>();
        while (PeekWord(TokenTable.Or) && PeekAt(1).Kind == TokenKind.String)
        {
            Advance();
            var alternative = Peek;
            var text = ExpectString("after 'or'");
            if (op is LineFilterOp.Regex or LineFilterOp.NotRegex) CheckRegex(text, alternative);
            or.Add(text);
        }
        return new LineFilter(op, value, EquatableArray.From(or));
    }

    private Unwrap ParseUnwrap()
    {
        Advance();
        var token = Peek;
        var conversion = UnwrapConversion.None;
        if (token.Kind == TokenKind.Identifier && PeekAt(1).Kind == TokenKind.LeftParen)
        {
            if (!TokenTable.TryGetConversion(TextOf(token).ToString(), out conversion))
                throw Error(token, $"unknown unwrap conversion '{TextOf(token)}'", "duration(...), duration_seconds(...) or bytes(...)");
            Advance();
            Advance();
            var label = ExpectLabelName("in the unwrap conversion");
            Expect(TokenKind.RightParen, "closing the unwrap conversion");
            return new Unwrap(label, conversion);
        }
        return new Unwrap(ExpectLabelName("after unwrap"), conversion);
    }

    private bool IsLabelFilterStart() => Peek.Kind == TokenKind.LeftParen
        || (Peek.Kind == TokenKind.Identifier && TokenTable.CompareOperator(PeekAt(1).Kind) is not null)
        || (Peek.Kind == TokenKind.Identifier && TokenTable.MatchOperator(PeekAt(1).Kind) is not null);

    private PipelineStage ParseStage()
    {
        var token = Peek;
        // Stage keywords win over label names, as in Grafana's grammar: "| json != "x"" is json, then a line filter.
        if (token.Kind == TokenKind.Identifier && (IsStageKeyword(TextOf(token)) || !IsLabelFilterStart()))
        {
            var word = TextOf(token).ToString();
            switch (word)
            {
                case TokenTable.Json:
                    Advance();
                    return new JsonParser(ParseExtractions());
                case TokenTable.Logfmt:
                    Advance();
                    bool strict = false, keepEmpty = false;
                    while (Peek.Kind == TokenKind.ParserFlag)
                    {
                        var flag = TextOf(Advance());
                        if (flag.SequenceEqual(TokenTable.Strict)) strict = true;
                        else keepEmpty = true;
                    }
                    return new LogfmtParser(strict, keepEmpty, ParseExtractions());
                case TokenTable.Regexp:
                    Advance();
                    var regexToken = Peek;
                    var regex = ExpectString("after regexp");
                    CheckRegex(regex, regexToken);
                    return new RegexpParser(regex);
                case TokenTable.Pattern:
                    Advance();
                    return new PatternParser(ExpectString("after pattern"));
                case TokenTable.Unpack:
                    Advance();
                    return new UnpackParser();
                case TokenTable.Decolorize:
                    Advance();
                    return new Decolorize();
                case TokenTable.LineFormat:
                    Advance();
                    return new LineFormat(ExpectString("after line_format"));
                case TokenTable.LabelFormat:
                    Advance();
                    return new LabelFormat(ParseLabelFormatOps());
                case TokenTable.Drop:
                    Advance();
                    return new DropLabels(ParseLabelSelections(word));
                case TokenTable.Keep:
                    Advance();
                    return new KeepLabels(ParseLabelSelections(word));
            }
            throw Error(token, $"unexpected '{word}' after '|'", StageStart);
        }
        if (!IsLabelFilterStart()) throw Error(token, $"unexpected {Describe(token)} after '|'", StageStart);
        return new LabelFilterStage(ParseLabelFilterOr());
    }

    private static bool IsStageKeyword(ReadOnlySpan<char> word) =>
        word is TokenTable.Json or TokenTable.Logfmt or TokenTable.Regexp or TokenTable.Pattern or TokenTable.Unpack or TokenTable.Decolorize
            or TokenTable.LineFormat or TokenTable.LabelFormat or TokenTable.Drop or TokenTable.Keep;

    private EquatableArray<LabelExtraction> ParseExtractions()
    {
        var list = new List<LabelExtraction>();
        while (Peek.Kind == TokenKind.Identifier && !PeekWord(TokenTable.Offset))
        {
            var label = ExpectLabelName("in a parser's label list");
            string? expression = null;
            if (Peek.Kind == TokenKind.Assign)
            {
                Advance();
                expression = ExpectString($"as the expression of '{label}'");
            }
            list.Add(new LabelExtraction(label, expression));
            if (Peek.Kind != TokenKind.Comma) break;
            Advance();
            if (Peek.Kind != TokenKind.Identifier) throw Error(Peek, $"unexpected {Describe(Peek)} after ','", "a label name");
        }
        return EquatableArray.From(list);
    }

    private EquatableArray<LabelFormatOp> ParseLabelFormatOps()
    {
        var list = new List<LabelFormatOp>();
        do
        {
            if (list.Count > 0) Advance();
            var target = ExpectLabelName("in label_format");
            Expect(TokenKind.Assign, $"after '{target}' in label_format");
            if (Peek.Kind == TokenKind.String) list.Add(LabelFormatOp.Template(target, ExpectString("")));
            else list.Add(LabelFormatOp.Rename(target, ExpectLabelName($"as the source of '{target}' (a label name, or a \"template\")")));
        }
        while (Peek.Kind == TokenKind.Comma);
        return EquatableArray.From(list);
    }

    private EquatableArray<LabelSelection> ParseLabelSelections(string stage)
    {
        var list = new List<LabelSelection>();
        do
        {
            if (list.Count > 0) Advance();
            var name = ExpectLabelName($"in {stage}");
            if (TokenTable.MatchOperator(Peek.Kind) is { } op)
            {
                Advance();
                list.Add(new LabelSelection(name, new LabelMatcher(name, op, ExpectString($"as the value of '{name}'"))));
            }
            else
            {
                list.Add(new LabelSelection(name));
            }
        }
        while (Peek.Kind == TokenKind.Comma);
        return EquatableArray.From(list);
    }

    // ---- label filters: or < and (comma is and) < atoms --------------------------------------------------------

    private LabelFilter ParseLabelFilterOr()
    {
        var left = ParseLabelFilterAnd();
        while (PeekWord(TokenTable.Or))
        {
            Advance();
            left = new BinaryLabelFilter(LabelFilterJoin.Or, left, ParseLabelFilterAnd());
        }
        return left;
    }

    private LabelFilter ParseLabelFilterAnd()
    {
        var left = ParseLabelFilterAtom();
        while (true)
        {
            // "a and b", "a, b", and, as Loki also reads it, "a b".
            if (PeekWord(TokenTable.And) || Peek.Kind == TokenKind.Comma) Advance();
            else if (!IsLabelFilterStart() || Peek.Kind == TokenKind.LeftParen || PeekWord(TokenTable.Or)) return left;
            left = new BinaryLabelFilter(LabelFilterJoin.And, left, ParseLabelFilterAtom());
        }
    }

    private LabelFilter ParseLabelFilterAtom()
    {
        if (Peek.Kind == TokenKind.LeftParen)
        {
            Advance();
            var inner = ParseLabelFilterOr();
            Expect(TokenKind.RightParen, "closing a parenthesized label filter");
            return inner;
        }
        var name = ExpectLabelName("in a label filter");
        var opToken = Peek;
        var matchOp = TokenTable.MatchOperator(opToken.Kind);
        var compareOp = TokenTable.CompareOperator(opToken.Kind);
        if (matchOp is null && compareOp is null)
            throw Error(opToken, $"unexpected {Describe(opToken)} after label '{name}'", "a comparison: = != =~ !~ == > >= < <=");
        Advance();
        var value = Peek;
        if (value.Kind == TokenKind.String)
        {
            if (matchOp is null) throw Error(opToken, $"'{TextOf(opToken)}' compares numbers, durations and sizes, not strings", "= != =~ !~ before a string");
            var text = ExpectString("");
            if (matchOp is MatchOp.Regex or MatchOp.NotRegex) CheckRegex(text, value);
            return new StringLabelFilter(new LabelMatcher(name, matchOp.Value, text));
        }
        if (compareOp is null) throw Error(value, $"unexpected {Describe(value)} after '{TextOf(opToken)}'", "a string: =~ and !~ match regular expressions");
        if (IsWord(value, TokenTable.Ip) && PeekAt(1).Kind == TokenKind.LeftParen)
        {
            if (compareOp is not (CompareOp.Equal or CompareOp.NotEqual) || opToken.Kind == TokenKind.EqualEqual)
                throw Error(opToken, $"ip() label filters use = or !=, not {TextOf(opToken)}", "= ip(\"...\") or != ip(\"...\")");
            Advance();
            Advance();
            var range = ExpectString("in ip(...)");
            Expect(TokenKind.RightParen, "closing ip(...)");
            return new IpLabelFilter(name, compareOp == CompareOp.Equal, range);
        }
        var sign = 1;
        if (value.Kind is TokenKind.Sub or TokenKind.Add)
        {
            sign = value.Kind == TokenKind.Sub ? -1 : 1;
            Advance();
            value = Peek;
        }
        switch (value.Kind)
        {
            case TokenKind.Number:
                Advance();
                return new NumberLabelFilter(name, compareOp.Value, sign * ParseNumber(value));
            case TokenKind.Duration:
                Advance();
                if (!FilterDuration.TryParse(TextOf(value), out var duration))
                    throw Error(value, $"bad duration {TextOf(value)} in a label filter", "Go units h m s ms us ns, e.g. 250ms or 1h30m");
                return new DurationLabelFilter(name, compareOp.Value, new FilterDuration(sign * duration.Nanoseconds));
            case TokenKind.Bytes when sign > 0:
                Advance();
                ByteSize.TryParse(TextOf(value), out var size);
                return new BytesLabelFilter(name, compareOp.Value, size);
            default:
                throw Error(value, $"unexpected {Describe(value)} in a label filter on '{name}'", "a string, a number, a duration (250ms) or a size (20KB)");
        }
    }
}
