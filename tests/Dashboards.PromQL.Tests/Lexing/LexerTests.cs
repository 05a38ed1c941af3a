using Dashboards.PromQL.Lexing;
using Dashboards.PromQL.Parsing;

namespace Dashboards.PromQL.Tests.Lexing;

public class LexerTests
{
    private static List<(TokenKind Kind, string Text)> Lex(string text)
    {
        var lexer = new Lexer(text);
        var tokens = new List<(TokenKind, string)>();
        for (var t = lexer.Next(); t.Kind != TokenKind.EndOfInput; t = lexer.Next()) tokens.Add((t.Kind, text.Substring(t.Start, t.Length)));
        return tokens;
    }

    [Fact]
    public void Every_operator_the_printer_spells_lexes_back_to_that_operator()
    {
        foreach (var op in Enum.GetValues<BinaryOp>())
        {
            var (kind, text) = Assert.Single(Lex(TokenTable.Text(op)));
            Assert.Equal(op, TokenTable.BinaryOperator(kind));
            Assert.Equal(TokenTable.Text(op), text);
        }
        foreach (var op in Enum.GetValues<MatchOp>())
            Assert.Equal(TokenTable.Text(op), Assert.Single(Lex(TokenTable.Text(op))).Text);
        foreach (var op in Enum.GetValues<AggregateOp>())
        {
            Assert.True(TokenTable.TryGetAggregation(TokenTable.Text(op), out var back));
            Assert.Equal(op, back);
        }
    }

    [Fact]
    public void Precedence_follows_prometheus()
    {
        int P(BinaryOp op) => TokenTable.Precedence(op);
        Assert.True(P(BinaryOp.Power) > TokenTable.UnaryPrecedence);
        Assert.True(TokenTable.UnaryPrecedence > P(BinaryOp.Multiply));
        Assert.Equal(P(BinaryOp.Multiply), P(BinaryOp.Atan2));
        Assert.True(P(BinaryOp.Multiply) > P(BinaryOp.Add));
        Assert.True(P(BinaryOp.Add) > P(BinaryOp.Equal));
        Assert.True(P(BinaryOp.Equal) > P(BinaryOp.And));
        Assert.Equal(P(BinaryOp.And), P(BinaryOp.Unless));
        Assert.True(P(BinaryOp.And) > P(BinaryOp.Or));
        Assert.True(TokenTable.IsRightAssociative(BinaryOp.Power));
        Assert.DoesNotContain(Enum.GetValues<BinaryOp>(), op => op != BinaryOp.Power && TokenTable.IsRightAssociative(op));
    }

    [Fact]
    public void Splits_durations_numbers_identifiers_and_variables()
    {
        Assert.Equal(
        [
            (TokenKind.Identifier, "rate"), (TokenKind.LeftParen, "("), (TokenKind.Identifier, "a:b_c"), (TokenKind.LeftBrace, "{"),
            (TokenKind.Identifier, "x"), (TokenKind.RegexMatch, "=~"), (TokenKind.String, "\"$v\""), (TokenKind.RightBrace, "}"),
            (TokenKind.LeftBracket, "["), (TokenKind.Duration, "1h30m"), (TokenKind.Colon, ":"), (TokenKind.Variable, "$__interval"),
            (TokenKind.RightBracket, "]"), (TokenKind.Offset, "OFFSET"), (TokenKind.Sub, "-"), (TokenKind.Variable, "${d}"),
            (TokenKind.RightParen, ")"), (TokenKind.Mul, "*"), (TokenKind.Number, "0x1f"), (TokenKind.Pow, "^"), (TokenKind.Number, "1.5e-3"),
            (TokenKind.GreaterOrEqual, ">="), (TokenKind.Number, "Inf"), (TokenKind.Identifier, "infra"), (TokenKind.Variable, "[[w]]"),
        ],
        Lex("rate(a:b_c{x=~\"$v\"}[1h30m:$__interval] OFFSET -${d}) * 0x1f ^ 1.5e-3 >= Inf infra [[w]] # comment"));
    }

    [Fact]
    public void Lexer_errors_carry_the_position()
    {
        var e = Assert.Throws<PromQLParseException>(() => Lex("x +\n  5q"));
        Assert.Equal((2, 3), (e.Line, e.Column));
    }
}
