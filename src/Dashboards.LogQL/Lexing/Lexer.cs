using Dashboards.LogQL.Parsing;

namespace Dashboards.LogQL.Lexing;

/// <summary>
/// Splits LogQL text into tokens. Whitespace and <c>#</c> comments are skipped. A number directly followed by a unit
/// is one token: a duration (<c>5m</c>, <c>1.5s</c>) or a byte size (<c>20KB</c>).
/// </summary>
public ref struct Lexer
{
    private readonly ReadOnlySpan<char> _text;
    private int _pos;

    public Lexer(ReadOnlySpan<char> text)
    {
        _text = text;
        _pos = 0;
    }

    public static List<Token> Tokenize(ReadOnlySpan<char> text)
    {
        var lexer = new Lexer(text);
        var tokens = new List<Token>();
        Token token;
        do
        {
            token = lexer.Next();
            tokens.Add(token);
        }
        while (token.Kind != TokenKind.EndOfInput);
        return tokens;
    }

    public Token Next()
    {
        SkipTrivia();
        if (_pos >= _text.Length) return new Token(TokenKind.EndOfInput, _text.Length, 0);
        var start = _pos;
        var c = _text[_pos];
        if (c == '"' || c == '`') return ReadString(start, c);
        if (char.IsAsciiDigit(c) || (c == '.' && _pos + 1 < _text.Length && char.IsAsciiDigit(_text[_pos + 1]))) return ReadNumber(start);
        if (char.IsAsciiLetter(c) || c == '_')
        {
            while (_pos < _text.Length && (char.IsAsciiLetterOrDigit(_text[_pos]) || _text[_pos] == '_')) _pos++;
            return new Token(TokenKind.Identifier, start, _pos - start);
        }
        if (c == '$') return ReadVariable(start);
        if (c == '-' && _pos + 2 < _text.Length && _text[_pos + 1] == '-' && char.IsAsciiLetter(_text[_pos + 2]))
        {
            _pos += 2;
            while (_pos < _text.Length && (char.IsAsciiLetter(_text[_pos]) || _text[_pos] == '-')) _pos++;
            var flag = _text[start.._pos];
            if (!flag.SequenceEqual(TokenTable.Strict) && !flag.SequenceEqual(TokenTable.KeepEmpty))
                throw LogQLParseException.At(_text, start, $"unknown parser flag '{flag}'", $"{TokenTable.Strict} or {TokenTable.KeepEmpty}");
            return new Token(TokenKind.ParserFlag, start, _pos - start);
        }
        foreach (var (text, kind) in TokenTable.Operators)
        {
            if (_text[_pos..].StartsWith(text, StringComparison.Ordinal))
            {
                _pos += text.Length;
                return new Token(kind, start, text.Length);
            }
        }
        throw LogQLParseException.At(_text, start, $"unexpected character '{c}'", null);
    }

    private void SkipTrivia()
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (char.IsWhiteSpace(c))
            {
                _pos++;
            }
            else if (c == '#')
            {
                while (_pos < _text.Length && _text[_pos] != '\n') _pos++;
            }
            else
            {
                return;
            }
        }
    }

    private Token ReadString(int start, char quote)
    {
        _pos++;
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == quote)
            {
                _pos++;
                return new Token(TokenKind.String, start, _pos - start);
            }
            if (quote == '"' && c == '\n') break;
            if (quote == '"' && c == '\\') _pos++;
            _pos++;
        }
        throw LogQLParseException.At(_text, start, "unterminated string", quote == '"' ? "a closing \"" : "a closing `");
    }

    private Token ReadVariable(int start)
    {
        _pos++;
        if (_pos < _text.Length && _text[_pos] == '{')
        {
            var close = _text[_pos..].IndexOf('}');
            if (close < 0) throw LogQLParseException.At(_text, start, "unterminated variable", "a closing }");
            _pos += close + 1;
        }
        else
        {
            while (_pos < _text.Length && (char.IsAsciiLetterOrDigit(_text[_pos]) || _text[_pos] == '_')) _pos++;
        }
        if (!LokiDuration.IsVariableSyntax(_text[start.._pos]))
            throw LogQLParseException.At(_text, start, $"bad Grafana variable '{_text[start.._pos]}'", "$name or ${name}");
        return new Token(TokenKind.Variable, start, _pos - start);
    }

    private Token ReadNumber(int start)
    {
        // The whole word first: a number with a unit is a duration or a byte size.
        var wordEnd = start;
        while (wordEnd < _text.Length && (char.IsAsciiLetterOrDigit(_text[wordEnd]) || _text[wordEnd] is '.' or 'µ' or 'μ')) wordEnd++;
        var word = _text[start..wordEnd];
        if (word.Length > 1 && !char.IsAsciiDigit(word[^1]) && !IsHex(word))
        {
            if (LokiDuration.TryParseFixed(word, out _) || FilterDuration.TryParse(word, out _))
            {
                _pos = wordEnd;
                return new Token(TokenKind.Duration, start, _pos - start);
            }
            if (ByteSize.TryParse(word, out _))
            {
                _pos = wordEnd;
                return new Token(TokenKind.Bytes, start, _pos - start);
            }
        }
        if (IsHex(word))
            throw LogQLParseException.At(_text, start, $"unable to parse literal as a float: {word}", "a decimal number (Loki reads numbers with Go's ParseFloat, which has no 0x form)");
        var i = start;
        while (i < _text.Length && char.IsAsciiDigit(_text[i])) i++;
        if (i < _text.Length && _text[i] == '.')
        {
            i++;
            while (i < _text.Length && char.IsAsciiDigit(_text[i])) i++;
        }
        if (i < _text.Length && _text[i] is 'e' or 'E')
        {
            var j = i + 1;
            if (j < _text.Length && _text[j] is '+' or '-') j++;
            if (j < _text.Length && char.IsAsciiDigit(_text[j]))
            {
                while (j < _text.Length && char.IsAsciiDigit(_text[j])) j++;
                i = j;
            }
        }
        if (i < _text.Length && (char.IsAsciiLetterOrDigit(_text[i]) || _text[i] is '_' or '.'))
        {
            var end = i;
            while (end < _text.Length && (char.IsAsciiLetterOrDigit(_text[end]) || _text[end] is '_' or '.')) end++;
            throw LogQLParseException.At(_text, start, $"bad number, duration or byte size '{_text[start..end]}'",
                "a number (10, 0.5), a duration (5m, 1h30m, 250ms) or a size (20KB, 1.5MiB)");
        }
        _pos = i;
        return new Token(TokenKind.Number, start, _pos - start);
    }

    private static bool IsHex(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || word[0] != '0' || word[1] is not ('x' or 'X')) return false;
        foreach (var c in word[2..])
            if (!char.IsAsciiHexDigit(c)) return false;
        return true;
    }
}
