namespace Dashboards.PromQL.Lexing;

public enum TokenKind : byte
{
    EndOfInput,
    Identifier,
    Number,
    String,
    Duration,

    /// <summary>A Grafana variable: <c>$name</c>, <c>${name}</c>, <c>[[name]]</c>.</summary>
    Variable,
    LeftParen,
    RightParen,
    LeftBrace,
    RightBrace,
    LeftBracket,
    RightBracket,
    Comma,
    Colon,
    At,

    // Label matchers.
    Assign,
    RegexMatch,
    RegexNotMatch,

    // Binary operators (also the unary signs Add and Sub).
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Pow,
    EqualEqual,
    NotEqual,
    LessOrEqual,
    Less,
    GreaterOrEqual,
    Greater,
    TrimUpper,
    TrimLower,

    // Keywords (case-insensitive, as in Prometheus).
    And,
    Or,
    Unless,
    Atan2,
    By,
    Without,
    On,
    Ignoring,
    GroupLeft,
    GroupRight,
    Bool,
    Offset,
}
