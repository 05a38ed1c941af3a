namespace Dashboards.PromQL.Lexing;

/// <summary>
/// The one place that spells PromQL's operators and keywords, shared by the lexer (text to token) and the printer
/// (node to text), plus operator precedence and associativity.
/// </summary>
public static class TokenTable
{
    /// <summary>Precedence of unary minus/plus: above <c>* / % atan2</c>, below <c>^</c> (Prometheus's grammar).</summary>
    public const int UnaryPrecedence = 6;

    /// <summary>Precedence of atoms (selectors, calls, literals, parenthesized expressions).</summary>
    public const int AtomPrecedence = 9;

    // Plain dictionaries: a frozen one costs milliseconds to build at the first query a process prints or parses, more than
    // its faster lookups return in a short run (docs/benchmarks.md, cold start).
    private static readonly Dictionary<string, TokenKind> Keywords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["and"] = TokenKind.And,
        ["or"] = TokenKind.Or,
        ["unless"] = TokenKind.Unless,
        ["atan2"] = TokenKind.Atan2,
        ["by"] = TokenKind.By,
        ["without"] = TokenKind.Without,
        ["on"] = TokenKind.On,
        ["ignoring"] = TokenKind.Ignoring,
        ["group_left"] = TokenKind.GroupLeft,
        ["group_right"] = TokenKind.GroupRight,
        ["bool"] = TokenKind.Bool,
        ["offset"] = TokenKind.Offset,
    };

    private static readonly Dictionary<string, AggregateOp> Aggregations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sum"] = AggregateOp.Sum,
        ["min"] = AggregateOp.Min,
        ["max"] = AggregateOp.Max,
        ["avg"] = AggregateOp.Avg,
        ["group"] = AggregateOp.Group,
        ["stddev"] = AggregateOp.Stddev,
        ["stdvar"] = AggregateOp.Stdvar,
        ["count"] = AggregateOp.Count,
        ["count_values"] = AggregateOp.CountValues,
        ["bottomk"] = AggregateOp.BottomK,
        ["topk"] = AggregateOp.TopK,
        ["quantile"] = AggregateOp.Quantile,
        ["limitk"] = AggregateOp.LimitK,
        ["limit_ratio"] = AggregateOp.LimitRatio,
    };

    private static readonly Dictionary<string, AggregateOp>.AlternateLookup<ReadOnlySpan<char>> AggregationLookup =
        Aggregations.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, TokenKind>.AlternateLookup<ReadOnlySpan<char>> KeywordLookup =
        Keywords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryGetKeyword(ReadOnlySpan<char> word, out TokenKind kind) => KeywordLookup.TryGetValue(word, out kind);

    public static bool TryGetAggregation(ReadOnlySpan<char> word, out AggregateOp op) => AggregationLookup.TryGetValue(word, out op);

    public static IEnumerable<string> AggregationNames => Aggregations.Keys.Order(StringComparer.Ordinal);

    public static string Text(AggregateOp op) => op switch
    {
        AggregateOp.Sum => "sum",
        AggregateOp.Min => "min",
        AggregateOp.Max => "max",
        AggregateOp.Avg => "avg",
        AggregateOp.Group => "group",
        AggregateOp.Stddev => "stddev",
        AggregateOp.Stdvar => "stdvar",
        AggregateOp.Count => "count",
        AggregateOp.CountValues => "count_values",
        AggregateOp.BottomK => "bottomk",
        AggregateOp.TopK => "topk",
        AggregateOp.Quantile => "quantile",
        AggregateOp.LimitK => "limitk",
        AggregateOp.LimitRatio => "limit_ratio",
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    public static string Text(BinaryOp op) => op switch
    {
        BinaryOp.Add => "+",
        BinaryOp.Subtract => "-",
        BinaryOp.Multiply => "*",
        BinaryOp.Divide => "/",
        BinaryOp.Modulo => "%",
        BinaryOp.Power => "^",
        BinaryOp.Atan2 => "atan2",
        BinaryOp.Equal => "==",
        BinaryOp.NotEqual => "!=",
        BinaryOp.LessOrEqual => "<=",
        BinaryOp.Less => "<",
        BinaryOp.GreaterOrEqual => ">=",
        BinaryOp.Greater => ">",
        BinaryOp.And => "and",
        BinaryOp.Or => "or",
        BinaryOp.Unless => "unless",
        BinaryOp.TrimUpper => "</",
        BinaryOp.TrimLower => ">/",
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    public static string Text(MatchOp op) => op switch
    {
        MatchOp.Equal => "=",
        MatchOp.NotEqual => "!=",
        MatchOp.Regex => "=~",
        MatchOp.NotRegex => "!~",
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    public static string Text(UnaryOp op) => op == UnaryOp.Minus ? "-" : "+";

    public static string Text(TokenKind kind) => kind switch
    {
        TokenKind.EndOfInput => "end of input",
        TokenKind.Identifier => "identifier",
        TokenKind.Number => "number",
        TokenKind.String => "string",
        TokenKind.Duration => "duration",
        TokenKind.Variable => "Grafana variable",
        TokenKind.LeftParen => "(",
        TokenKind.RightParen => ")",
        TokenKind.LeftBrace => "{",
        TokenKind.RightBrace => "}",
        TokenKind.LeftBracket => "[",
        TokenKind.RightBracket => "]",
        TokenKind.Comma => ",",
        TokenKind.Colon => ":",
        TokenKind.At => "@",
        TokenKind.Assign => "=",
        TokenKind.RegexMatch => "=~",
        TokenKind.RegexNotMatch => "!~",
        TokenKind.Add => "+",
        TokenKind.Sub => "-",
        TokenKind.Mul => "*",
        TokenKind.Div => "/",
        TokenKind.Mod => "%",
        TokenKind.Pow => "^",
        TokenKind.EqualEqual => "==",
        TokenKind.NotEqual => "!=",
        TokenKind.LessOrEqual => "<=",
        TokenKind.Less => "<",
        TokenKind.GreaterOrEqual => ">=",
        TokenKind.Greater => ">",
        TokenKind.TrimUpper => "</",
        TokenKind.TrimLower => ">/",
        TokenKind.And => "and",
        TokenKind.Or => "or",
        TokenKind.Unless => "unless",
        TokenKind.Atan2 => "atan2",
        TokenKind.By => "by",
        TokenKind.Without => "without",
        TokenKind.On => "on",
        TokenKind.Ignoring => "ignoring",
        TokenKind.GroupLeft => "group_left",
        TokenKind.GroupRight => "group_right",
        TokenKind.Bool => "bool",
        TokenKind.Offset => "offset",
        _ => kind.ToString(),
    };

    /// <summary>The binary operator a token stands for, if any.</summary>
    public static BinaryOp? BinaryOperator(TokenKind kind) => kind switch
    {
        TokenKind.Add => BinaryOp.Add,
        TokenKind.Sub => BinaryOp.Subtract,
        TokenKind.Mul => BinaryOp.Multiply,
        TokenKind.Div => BinaryOp.Divide,
        TokenKind.Mod => BinaryOp.Modulo,
        TokenKind.Pow => BinaryOp.Power,
        TokenKind.Atan2 => BinaryOp.Atan2,
        TokenKind.EqualEqual => BinaryOp.Equal,
        TokenKind.NotEqual => BinaryOp.NotEqual,
        TokenKind.LessOrEqual => BinaryOp.LessOrEqual,
        TokenKind.Less => BinaryOp.Less,
        TokenKind.GreaterOrEqual => BinaryOp.GreaterOrEqual,
        TokenKind.Greater => BinaryOp.Greater,
        TokenKind.TrimUpper => BinaryOp.TrimUpper,
        TokenKind.TrimLower => BinaryOp.TrimLower,
        TokenKind.And => BinaryOp.And,
        TokenKind.Or => BinaryOp.Or,
        TokenKind.Unless => BinaryOp.Unless,
        _ => null,
    };

    /// <summary>
    /// Binary precedence, higher binds tighter: <c>or</c> 1, <c>and unless</c> 2, comparisons 3, <c>+ -</c> 4,
    /// <c>* / % atan2</c> 5, (unary 6), <c>^</c> 7.
    /// </summary>
    public static int Precedence(BinaryOp op) => op switch
    {
        BinaryOp.Or => 1,
        BinaryOp.And or BinaryOp.Unless => 2,
        BinaryOp.Equal or BinaryOp.NotEqual or BinaryOp.LessOrEqual or BinaryOp.Less or BinaryOp.GreaterOrEqual or BinaryOp.Greater or BinaryOp.TrimUpper or BinaryOp.TrimLower => 3,
        BinaryOp.Add or BinaryOp.Subtract => 4,
        BinaryOp.Multiply or BinaryOp.Divide or BinaryOp.Modulo or BinaryOp.Atan2 => 5,
        BinaryOp.Power => 7,
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    /// <summary>Only <c>^</c> is right-associative.</summary>
    public static bool IsRightAssociative(BinaryOp op) => op == BinaryOp.Power;
}
