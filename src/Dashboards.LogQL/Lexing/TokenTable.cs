namespace Dashboards.LogQL.Lexing;

/// <summary>
/// The one place that spells LogQL's operators, keywords and function names, shared by the lexer and parser (text to
/// meaning) and the printer (meaning to text), plus binary operator precedence.
/// </summary>
public static class TokenTable
{
    /// <summary>Punctuation and operators, longest first so the lexer matches <c>!=</c> before <c>!</c>.</summary>
    internal static readonly (string Text, TokenKind Kind)[] Operators =
    [
        ("|=", TokenKind.PipeExact), ("|~", TokenKind.PipeMatch), ("|>", TokenKind.PipePattern), ("!>", TokenKind.NotPattern),
        ("!=", TokenKind.NotEqual), ("=~", TokenKind.RegexMatch), ("!~", TokenKind.RegexNotMatch), ("==", TokenKind.EqualEqual),
        ("<=", TokenKind.LessOrEqual), (">=", TokenKind.GreaterOrEqual),
        ("|", TokenKind.Pipe), ("=", TokenKind.Assign), ("<", TokenKind.Less), (">", TokenKind.Greater),
        ("(", TokenKind.LeftParen), (")", TokenKind.RightParen), ("{", TokenKind.LeftBrace), ("}", TokenKind.RightBrace),
        ("[", TokenKind.LeftBracket), ("]", TokenKind.RightBracket), (",", TokenKind.Comma),
        ("+", TokenKind.Add), ("-", TokenKind.Sub), ("*", TokenKind.Mul), ("/", TokenKind.Div), ("%", TokenKind.Mod), ("^", TokenKind.Pow),
    ];

    // Lookups are plain arrays and dictionaries filled from the tables here: built in microseconds when a process first
    // prints or parses LogQL (frozen collections spend milliseconds analysing their keys; docs/benchmarks.md, cold start).
    private static readonly string?[] OperatorText = TextByValue(Operators);

    // Keywords of the pipeline and of binary operations.
    public const string Json = "json";
    public const string Logfmt = "logfmt";
    public const string Regexp = "regexp";
    public const string Pattern = "pattern";
    public const string Unpack = "unpack";
    public const string Unwrap = "unwrap";
    public const string LineFormat = "line_format";
    public const string LabelFormat = "label_format";
    public const string Drop = "drop";
    public const string Keep = "keep";
    public const string Decolorize = "decolorize";
    public const string Offset = "offset";
    public const string By = "by";
    public const string Without = "without";
    public const string On = "on";
    public const string Ignoring = "ignoring";
    public const string GroupLeft = "group_left";
    public const string GroupRight = "group_right";
    public const string Bool = "bool";
    public const string Vector = "vector";
    public const string Ip = "ip";
    public const string LabelReplace = "label_replace";
    public const string Or = "or";
    public const string And = "and";
    public const string Unless = "unless";
    public const string Strict = "--strict";
    public const string KeepEmpty = "--keep-empty";

    private static readonly (string Text, RangeOp Value)[] RangeOpsTable =
    [
        ("count_over_time", RangeOp.CountOverTime),
        ("rate", RangeOp.Rate),
        ("rate_counter", RangeOp.RateCounter),
        ("bytes_over_time", RangeOp.BytesOverTime),
        ("bytes_rate", RangeOp.BytesRate),
        ("absent_over_time", RangeOp.AbsentOverTime),
        ("sum_over_time", RangeOp.SumOverTime),
        ("avg_over_time", RangeOp.AvgOverTime),
        ("min_over_time", RangeOp.MinOverTime),
        ("max_over_time", RangeOp.MaxOverTime),
        ("stddev_over_time", RangeOp.StddevOverTime),
        ("stdvar_over_time", RangeOp.StdvarOverTime),
        ("quantile_over_time", RangeOp.QuantileOverTime),
        ("first_over_time", RangeOp.FirstOverTime),
        ("last_over_time", RangeOp.LastOverTime),
    ];

    private static readonly Dictionary<string, RangeOp> RangeOps = ByText(RangeOpsTable);

    private static readonly string?[] RangeOpText = TextByValue(RangeOpsTable);

    private static readonly (string Text, VectorOp Value)[] VectorOpsTable =
    [
        ("sum", VectorOp.Sum),
        ("avg", VectorOp.Avg),
        ("min", VectorOp.Min),
        ("max", VectorOp.Max),
        ("count", VectorOp.Count),
        ("stddev", VectorOp.Stddev),
        ("stdvar", VectorOp.Stdvar),
        ("topk", VectorOp.TopK),
        ("bottomk", VectorOp.BottomK),
        ("sort", VectorOp.Sort),
        ("sort_desc", VectorOp.SortDesc),
    ];

    private static readonly Dictionary<string, VectorOp> VectorOps = ByText(VectorOpsTable);

    private static readonly string?[] VectorOpText = TextByValue(VectorOpsTable);

    private static readonly (string Text, UnwrapConversion Value)[] ConversionsTable =
    [
        ("duration", UnwrapConversion.Duration),
        ("duration_seconds", UnwrapConversion.DurationSeconds),
        ("bytes", UnwrapConversion.Bytes),
    ];

    private static readonly Dictionary<string, UnwrapConversion> Conversions = ByText(ConversionsTable);

    public static bool TryGetRangeOp(string name, out RangeOp op) => RangeOps.TryGetValue(name, out op);

    public static bool TryGetVectorOp(string name, out VectorOp op) => VectorOps.TryGetValue(name, out op);

    public static bool TryGetConversion(string name, out UnwrapConversion conversion) => Conversions.TryGetValue(name, out conversion);

    public static IEnumerable<string> FunctionNames => RangeOpsTable.Select(p => p.Text).Concat(VectorOpsTable.Select(p => p.Text)).Append(Vector).Append(LabelReplace).Order(StringComparer.Ordinal);

    public static string Text(RangeOp op) => At(RangeOpText, (int)op, nameof(op));

    public static string Text(VectorOp op) => At(VectorOpText, (int)op, nameof(op));

    private static Dictionary<string, T> ByText<T>((string Text, T Value)[] table) where T : struct, Enum
    {
        var byText = new Dictionary<string, T>(table.Length, StringComparer.Ordinal);
        foreach (var (text, value) in table) byText.Add(text, value);
        return byText;
    }

    private static string?[] TextByValue<T>((string Text, T Value)[] table) where T : struct, Enum
    {
        // The enums here are int-backed; the first spelling of a value is the one printed.
        var max = 0;
        foreach (var (_, value) in table) max = Math.Max(max, Index(value));
        var text = new string?[max + 1];
        foreach (var (name, value) in table) text[Index(value)] ??= name;
        return text;

        static int Index(T value) => System.Runtime.CompilerServices.Unsafe.As<T, int>(ref value);
    }

    private static string At(string?[] text, int index, string parameter) =>
        (uint)index < (uint)text.Length && text[index] is { } found ? found : throw new ArgumentOutOfRangeException(parameter);

    public static string Text(UnwrapConversion conversion) => conversion switch
    {
        UnwrapConversion.Duration => "duration",
        UnwrapConversion.DurationSeconds => "duration_seconds",
        UnwrapConversion.Bytes => "bytes",
        _ => "",
    };

    public static string Text(TokenKind kind) => kind switch
    {
        TokenKind.EndOfInput => "end of input",
        TokenKind.Identifier => "identifier",
        TokenKind.Number => "number",
        TokenKind.String => "string",
        TokenKind.Duration => "duration",
        TokenKind.Bytes => "byte size",
        TokenKind.Variable => "Grafana variable",
        TokenKind.ParserFlag => "parser flag",
        _ => At(OperatorText, (int)kind, nameof(kind)),
    };

    public static string Text(MatchOp op) => op switch
    {
        MatchOp.Equal => "=",
        MatchOp.NotEqual => "!=",
        MatchOp.Regex => "=~",
        MatchOp.NotRegex => "!~",
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    public static string Text(LineFilterOp op) => op switch
    {
        LineFilterOp.Contains => "|=",
        LineFilterOp.NotContains => "!=",
        LineFilterOp.Regex => "|~",
        LineFilterOp.NotRegex => "!~",
        LineFilterOp.Pattern => "|>",
        LineFilterOp.NotPattern => "!>",
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    /// <summary>Comparisons print <c>==</c> for equality; the parser also reads <c>=</c>, as Loki does.</summary>
    public static string Text(CompareOp op) => op switch
    {
        CompareOp.Equal => "==",
        CompareOp.NotEqual => "!=",
        CompareOp.Greater => ">",
        CompareOp.GreaterOrEqual => ">=",
        CompareOp.Less => "<",
        CompareOp.LessOrEqual => "<=",
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
        BinaryOp.Equal => "==",
        BinaryOp.NotEqual => "!=",
        BinaryOp.Greater => ">",
        BinaryOp.GreaterOrEqual => ">=",
        BinaryOp.Less => "<",
        BinaryOp.LessOrEqual => "<=",
        BinaryOp.And => And,
        BinaryOp.Or => Or,
        BinaryOp.Unless => Unless,
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    public static MatchOp? MatchOperator(TokenKind kind) => kind switch
    {
        TokenKind.Assign => MatchOp.Equal,
        TokenKind.NotEqual => MatchOp.NotEqual,
        TokenKind.RegexMatch => MatchOp.Regex,
        TokenKind.RegexNotMatch => MatchOp.NotRegex,
        _ => null,
    };

    public static LineFilterOp? LineFilterOperator(TokenKind kind) => kind switch
    {
        TokenKind.PipeExact => LineFilterOp.Contains,
        TokenKind.NotEqual => LineFilterOp.NotContains,
        TokenKind.PipeMatch => LineFilterOp.Regex,
        TokenKind.RegexNotMatch => LineFilterOp.NotRegex,
        TokenKind.PipePattern => LineFilterOp.Pattern,
        TokenKind.NotPattern => LineFilterOp.NotPattern,
        _ => null,
    };

    public static CompareOp? CompareOperator(TokenKind kind) => kind switch
    {
        TokenKind.Assign or TokenKind.EqualEqual => CompareOp.Equal,
        TokenKind.NotEqual => CompareOp.NotEqual,
        TokenKind.Greater => CompareOp.Greater,
        TokenKind.GreaterOrEqual => CompareOp.GreaterOrEqual,
        TokenKind.Less => CompareOp.Less,
        TokenKind.LessOrEqual => CompareOp.LessOrEqual,
        _ => null,
    };

    /// <summary>The binary operator a token (or keyword <paramref name="word"/>) stands for, if any.</summary>
    public static BinaryOp? BinaryOperator(TokenKind kind, ReadOnlySpan<char> word) => kind switch
    {
        TokenKind.Add => BinaryOp.Add,
        TokenKind.Sub => BinaryOp.Subtract,
        TokenKind.Mul => BinaryOp.Multiply,
        TokenKind.Div => BinaryOp.Divide,
        TokenKind.Mod => BinaryOp.Modulo,
        TokenKind.Pow => BinaryOp.Power,
        TokenKind.EqualEqual => BinaryOp.Equal,
        TokenKind.NotEqual => BinaryOp.NotEqual,
        TokenKind.Greater => BinaryOp.Greater,
        TokenKind.GreaterOrEqual => BinaryOp.GreaterOrEqual,
        TokenKind.Less => BinaryOp.Less,
        TokenKind.LessOrEqual => BinaryOp.LessOrEqual,
        TokenKind.Identifier when word.SequenceEqual(And) => BinaryOp.And,
        TokenKind.Identifier when word.SequenceEqual(Or) => BinaryOp.Or,
        TokenKind.Identifier when word.SequenceEqual(Unless) => BinaryOp.Unless,
        _ => null,
    };

    /// <summary>Loki's precedence (higher binds tighter): <c>or</c> 1, <c>and unless</c> 2, comparisons 3, <c>+ -</c> 4, <c>* / %</c> 5, <c>^</c> 6.</summary>
    public static int Precedence(BinaryOp op) => op switch
    {
        BinaryOp.Or => 1,
        BinaryOp.And or BinaryOp.Unless => 2,
        BinaryOp.Equal or BinaryOp.NotEqual or BinaryOp.Greater or BinaryOp.GreaterOrEqual or BinaryOp.Less or BinaryOp.LessOrEqual => 3,
        BinaryOp.Add or BinaryOp.Subtract => 4,
        BinaryOp.Multiply or BinaryOp.Divide or BinaryOp.Modulo => 5,
        BinaryOp.Power => 6,
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    public static bool IsRightAssociative(BinaryOp op) => op == BinaryOp.Power;

    public static bool IsComparison(BinaryOp op) => Precedence(op) == 3;

    public static bool IsSetOperator(BinaryOp op) => op is BinaryOp.And or BinaryOp.Or or BinaryOp.Unless;

    /// <summary>Label names: <c>[a-zA-Z_][a-zA-Z0-9_]*</c>.</summary>
    public static bool IsLabelName(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty || !(char.IsAsciiLetter(name[0]) || name[0] == '_')) return false;
        foreach (var c in name)
            if (!char.IsAsciiLetterOrDigit(c) && c != '_') return false;
        return true;
    }
}
