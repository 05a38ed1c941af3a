using Dashboards.PromQL.Parsing;

namespace Dashboards.PromQL.Lexing;

/// <summary>
/// Hand-written PromQL lexer over a span: no regex, no allocation per token. Grafana variables
/// (<c>$x</c>, <c>${x}</c>, <c>[[x]]</c>) are tokens of their own.
/// </summary>
public ref struct Lexer
{
    private readonly ReadOnlySpan<char> _text;
    private int _pos;
    private int _bracketDepth;

    public Lexer(ReadOnlySpan<char> text)
    {
        _text = text;
        _pos = 0;
    }

    public readonly ReadOnlySpan<char> Text => _text;

    public Token Next()
    {
        SkipWhitespaceAndComments();
        if (_pos >= _text.Length) return new Token(TokenKind.EndOfInput, _text.Length, 0);
        var start = _pos;
        var c = _text[_pos];
        switch (c)
        {
            case '(': _pos++; return new Token(TokenKind.LeftParen, start, 1);
            case ')': _pos++; return new Token(TokenKind.RightParen, start, 1);
            case '{': _pos++; return new Token(TokenKind.LeftBrace, start, 1);
            case '}': _pos++; return new Token(TokenKind.RightBrace, start, 1);
            case '[':
                if (TryGrafanaBracketVariable(out var len)) return new Token(TokenKind.Variable, start, len);
                _pos++;
                _bracketDepth++;
                return new Token(TokenKind.LeftBracket, start, 1);
            case ']':
                _pos++;
                if (_bracketDepth > 0) _bracketDepth--;
                return new Token(TokenKind.RightBracket, start, 1);
            case ',': _pos++; return new Token(TokenKind.Comma, start, 1);
            // Outside brackets ':' starts a metric name (":foo", even ":" alone); inside it separates range and step.
            case ':' when _bracketDepth > 0:
                _pos++;
                return new Token(TokenKind.Colon, start, 1);
            case '@': _pos++; return new Token(TokenKind.At, start, 1);
            case '+': _pos++; return new Token(TokenKind.Add, start, 1);
            case '-': _pos++; return new Token(TokenKind.Sub, start, 1);
            case '*': _pos++; return new Token(TokenKind.Mul, start, 1);
            case '/': _pos++; return new Token(TokenKind.Div, start, 1);
            case '%': _pos++; return new Token(TokenKind.Mod, start, 1);
            case '^': _pos++; return new Token(TokenKind.Pow, start, 1);
            case '=':
                if (Peek(1) == '=') { _pos += 2; return new Token(TokenKind.EqualEqual, start, 2); }
                if (Peek(1) == '~') { _pos += 2; return new Token(TokenKind.RegexMatch, start, 2); }
                _pos++;
                return new Token(TokenKind.Assign, start, 1);
            case '!':
                if (Peek(1) == '=') { _pos += 2; return new Token(TokenKind.NotEqual, start, 2); }
                if (Peek(1) == '~') { _pos += 2; return new Token(TokenKind.RegexNotMatch, start, 2); }
                throw Error(start, "unexpected character '!'", "!= or !~");
            case '<':
                if (Peek(1) == '=') { _pos += 2; return new Token(TokenKind.LessOrEqual, start, 2); }
                if (Peek(1) == '/') { _pos += 2; return new Token(TokenKind.TrimUpper, start, 2); }
                _pos++;
                return new Token(TokenKind.Less, start, 1);
            case '>':
                if (Peek(1) == '=') { _pos += 2; return new Token(TokenKind.GreaterOrEqual, start, 2); }
                if (Peek(1) == '/') { _pos += 2; return new Token(TokenKind.TrimLower, start, 2); }
                _pos++;
                return new Token(TokenKind.Greater, start, 1);
            case '"':
            case '\'':
                LexQuoted(c);
                return new Token(TokenKind.String, start, _pos - start);
            case '`':
                LexRaw();
                return new Token(TokenKind.String, start, _pos - start);
            case '$':
                return LexDollarVariable(start);
        }
        if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(Peek(1))))
            return LexNumberOrDuration(start);
        if (IsIdentifierStart(c))
        {
            _pos++;
            while (_pos < _text.Length && IsIdentifierPart(_text[_pos])) _pos++;
            var word = _text[start.._pos];
            // Keywords start with one of these letters; skip the lookup for everything else.
            if ((c | 0x20) is 'a' or 'o' or 'u' or 'b' or 'w' or 'i' or 'g' && word.Length <= 11 && TokenTable.TryGetKeyword(word, out var kw))
                return new Token(kw, start, _pos - start);
            if (word.Length == 3 && (word.Equals("inf", StringComparison.OrdinalIgnoreCase) || word.Equals("nan", StringComparison.OrdinalIgnoreCase)))
                return new Token(TokenKind.Number, start, _pos - start);
            return new Token(TokenKind.Identifier, start, _pos - start);
        }
        throw Error(start, $"unexpected character '{c}'", null);
    }

    public static bool IsIdentifierStart(char c) => char.IsAsciiLetter(c) || c == '_' || c == ':';

    public static bool IsIdentifierPart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_' || c == ':';

    private readonly char Peek(int ahead) => _pos + ahead < _text.Length ? _text[_pos + ahead] : '\0';

    private void SkipWhitespaceAndComments()
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c is ' ' or '\t' or '\n' or '\r')
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

    /// <summary>
    /// A number or a duration, scanned the way Prometheus's lexer does: <c>1</c>, <c>.5</c>, <c>5.</c>, <c>1e-3</c>,
    /// <c>0x1f</c>, <c>0755</c> (octal), <c>1_000</c>, then, when letters follow, <c>5m</c>, <c>1h30m</c>, <c>250ms</c>.
    /// </summary>
    private Token LexNumberOrDuration(int start)
    {
        if (ScanNumber())
            return new Token(TokenKind.Number, start, _pos - start);
        if (AcceptRemainingDuration())
        {
            var text = _text[start.._pos];
            if (!PromDuration.TryParseFixed(text, out _))
                throw Error(start, $"{(text.IndexOfAny('.', 'e', 'E') >= 0 ? "bad number or duration syntax" : "bad duration")} \"{text.ToString()}\"", "units y, w, d, h, m, s, ms in that order (e.g. 1h30m)");
            return new Token(TokenKind.Duration, start, _pos - start);
        }
        var end = _pos;
        while (end < _text.Length && (char.IsAsciiLetterOrDigit(_text[end]) || _text[end] is '_' or '.')) end++;
        throw Error(start, $"bad number or duration syntax \"{_text[start..Math.Min(end, _text.Length)].ToString()}\"", "a number (1, 2.5, 0x1f, 1e3) or a duration (5m, 1h30m)");
    }

    private bool Accept(string valid)
    {
        if (_pos < _text.Length && valid.Contains(_text[_pos]))
        {
            _pos++;
            return true;
        }
        return false;
    }

    private readonly bool Is(string valid) => _pos < _text.Length && valid.Contains(_text[_pos]);

    /// <summary>
    /// Digits with at most one '.', one exponent and '_' between digits; false (position past the bad part) on bad syntax.
    /// Like Prometheus, 'e' is taken as an exponent even after 0x, so <c>0x1e</c> is not a number there either.
    /// </summary>
    private bool ScanNumber()
    {
        var initial = _pos;
        var digits = "0123456789";
        if (Accept("0") && Accept("xX"))
        {
            Accept("_");
            digits = "0123456789abcdefABCDEF";
        }
        Accept(".");
        Accept(digits);
        var dot = false;
        var exponent = false;
        while (Is(digits + "._eE"))
        {
            if (Is(".") && dot)
            {
                Accept(".");
                return false;
            }
            if (Is("eE") && exponent)
            {
                Accept("eE");
                return false;
            }
            if (Accept("."))
            {
                dot = true;
                if (Accept("_.")) return false;
                if (digits.Length > 10) return false;
                continue;
            }
            if (Accept("eE"))
            {
                exponent = true;
                Accept("+-");
                if (Accept("._eE") || _pos >= _text.Length) return false;
                continue;
            }
            if (Accept("_"))
            {
                if (Accept("._eE") || _pos >= _text.Length) return false;
                continue;
            }
            while (Accept(digits))
            {
            }
        }
        if (_pos == initial) return false;
        return _pos >= _text.Length || !char.IsAsciiLetterOrDigit(_text[_pos]) && _text[_pos] != '_';
    }

    /// <summary>After a number: unit letters and more number-unit pairs (<c>1h30m</c>); false when it is no duration.</summary>
    private bool AcceptRemainingDuration()
    {
        if (!Accept("smhdwy")) return false;
        Accept("s");
        while (Accept("0123456789"))
        {
            while (Accept("0123456789"))
            {
            }
            if (!Accept("smhdw")) return false;
            Accept("s");
        }
        if (_pos < _text.Length && (char.IsAsciiLetterOrDigit(_text[_pos]) || _text[_pos] == '_'))
        {
            _pos++;
            return false;
        }
        return true;
    }

    private void LexQuoted(char quote)
    {
        var start = _pos;
        _pos++;
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == '\\')
            {
                _pos += 2;
                continue;
            }
            if (c == '\n') throw Error(start, "unterminated quoted string (newline inside)", quote.ToString());
            if (c == quote)
            {
                _pos++;
                return;
            }
            _pos++;
        }
        throw Error(start, "unterminated quoted string", quote.ToString());
    }

    private void LexRaw()
    {
        var start = _pos;
        _pos++;
        while (_pos < _text.Length)
        {
            if (_text[_pos] == '`')
            {
                _pos++;
                return;
            }
            _pos++;
        }
        throw Error(start, "unterminated raw string", "`");
    }

    private Token LexDollarVariable(int start)
    {
        var end = start + 1;
        if (end < _text.Length && _text[end] == '{')
        {
            var close = _text[end..].IndexOf('}');
            if (close > 0)
            {
                end += close + 1;
                if (PromDuration.IsVariableSyntax(_text[start..end]))
                {
                    _pos = end;
                    return new Token(TokenKind.Variable, start, end - start);
                }
            }
            throw Error(start, "bad Grafana variable", "${name} or ${name:format}");
        }
        while (end < _text.Length && (char.IsAsciiLetterOrDigit(_text[end]) || _text[end] == '_')) end++;
        if (end == start + 1) throw Error(start, "unexpected character '$'", "a Grafana variable name after '$'");
        _pos = end;
        return new Token(TokenKind.Variable, start, end - start);
    }

    private bool TryGrafanaBracketVariable(out int length)
    {
        length = 0;
        if (Peek(1) != '[') return false;
        var end = _pos + 2;
        while (end < _text.Length && (char.IsAsciiLetterOrDigit(_text[end]) || _text[end] == '_')) end++;
        if (end == _pos + 2 || end + 1 >= _text.Length || _text[end] != ']' || _text[end + 1] != ']') return false;
        length = end + 2 - _pos;
        _pos += length;
        return true;
    }

    private readonly PromQLParseException Error(int offset, string message, string? expected) =>
        PromQLParseException.At(_text, offset, message, expected);
}
