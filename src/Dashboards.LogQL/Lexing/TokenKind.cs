namespace Dashboards.LogQL.Lexing;

public enum TokenKind
{
    EndOfInput,
    Identifier,
    Number,
    String,
    Duration,
    Bytes,
    Variable,
    ParserFlag,
    LeftParen,
    RightParen,
    LeftBrace,
    RightBrace,
    LeftBracket,
    RightBracket,
    Comma,
    Pipe,
    Assign,
    NotEqual,
    RegexMatch,
    RegexNotMatch,
    PipeExact,
    PipeMatch,
    PipePattern,
    NotPattern,
    EqualEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Pow,
}

/// <summary>A token: kind and where it is in the text.</summary>
public readonly record struct Token(TokenKind Kind, int Start, int Length)
{
    public int End => Start + Length;

    public ReadOnlySpan<char> Text(ReadOnlySpan<char> source) => source.Slice(Start, Length);
}
