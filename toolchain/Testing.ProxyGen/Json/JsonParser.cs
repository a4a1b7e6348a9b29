using System;
using System.Globalization;
using System.Text;

namespace Protocol.Toolchain.Testing.ProxyGen.Json;

/// <summary>
/// A strict RFC 8259 reader: one value, no comments, no trailing commas, whitespace around it allowed. Errors are
/// <see cref="ManifestFormatException"/>s with the line and column of the offending character.
/// </summary>
public sealed class JsonParser
{
    private const int MaxDepth = 64;
    private readonly string _text;
    private int _pos;

    private JsonParser(string text) => _text = text;

    public static JsonValue Parse(string text)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        var parser = new JsonParser(text);
        // A UTF-8 byte order mark that survived decoding is not JSON text.
        if (parser._pos < text.Length && text[parser._pos] == '\uFEFF') parser._pos++;
        parser.SkipWhitespace();
        var value = parser.ReadValue(0);
        parser.SkipWhitespace();
        if (parser._pos < text.Length) throw parser.Error("unexpected text after the JSON value");
        return value;
    }

    private JsonValue ReadValue(int depth)
    {
        if (depth > MaxDepth) throw Error($"nesting deeper than {MaxDepth} levels");
        if (_pos >= _text.Length) throw Error("unexpected end of text, expected a value");
        char c = _text[_pos];
        switch (c)
        {
            case '{': return ReadObject(depth);
            case '[': return ReadArray(depth);
            case '"': return new JsonString(ReadString());
            case 't': ReadWord("true"); return JsonBoolean.True;
            case 'f': ReadWord("false"); return JsonBoolean.False;
            case 'n': ReadWord("null"); return JsonNull.Instance;
            default:
                if (c == '-' || (c >= '0' && c <= '9')) return ReadNumber();
                throw Error($"unexpected character '{c}', expected a value");
        }
    }

    private JsonObject ReadObject(int depth)
    {
        var result = new JsonObject();
        _pos++;
        SkipWhitespace();
        if (TryConsume('}')) return result;
        while (true)
        {
            SkipWhitespace();
            if (_pos >= _text.Length || _text[_pos] != '"') throw Error("expected a member name in double quotes");
            var key = ReadString();
            SkipWhitespace();
            if (!TryConsume(':')) throw Error("expected ':' after a member name");
            SkipWhitespace();
            result.Add(key, ReadValue(depth + 1));
            SkipWhitespace();
            if (TryConsume('}')) return result;
            if (!TryConsume(',')) throw Error("expected ',' or '}' in an object");
        }
    }

    private JsonArray ReadArray(int depth)
    {
        var result = new JsonArray();
        _pos++;
        SkipWhitespace();
        if (TryConsume(']')) return result;
        while (true)
        {
            SkipWhitespace();
            result.Add(ReadValue(depth + 1));
            SkipWhitespace();
            if (TryConsume(']')) return result;
            if (!TryConsume(',')) throw Error("expected ',' or ']' in an array");
        }
    }

    private string ReadString()
    {
        _pos++;
        var sb = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length) throw Error("unterminated string");
            char c = _text[_pos++];
            if (c == '"') return sb.ToString();
            if (c < 0x20) { _pos--; throw Error("control character in a string (escape it)"); }
            if (c != '\\') { sb.Append(c); continue; }
            if (_pos >= _text.Length) throw Error("unterminated escape sequence");
            char e = _text[_pos++];
            switch (e)
            {
                case '"': sb.Append('"'); break;
                case '\\': sb.Append('\\'); break;
                case '/': sb.Append('/'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'u': sb.Append(ReadHex4()); break;
                default: _pos--; throw Error($"invalid escape '\\{e}'");
            }
        }
    }

    private char ReadHex4()
    {
        if (_pos + 4 > _text.Length ||
            !ushort.TryParse(_text.Substring(_pos, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            throw Error("expected four hex digits after \\u");
        _pos += 4;
        return (char)code;
    }

    private JsonNumber ReadNumber()
    {
        int start = _pos;
        TryConsume('-');
        if (TryConsume('0')) { }
        else if (!ReadDigits()) throw Error("expected a digit");
        if (TryConsume('.') && !ReadDigits()) throw Error("expected a digit after '.'");
        if (_pos < _text.Length && (_text[_pos] == 'e' || _text[_pos] == 'E'))
        {
            _pos++;
            if (!TryConsume('+')) TryConsume('-');
            if (!ReadDigits()) throw Error("expected a digit in the exponent");
        }
        return new JsonNumber(_text.Substring(start, _pos - start));
    }

    private bool ReadDigits()
    {
        int start = _pos;
        while (_pos < _text.Length && _text[_pos] >= '0' && _text[_pos] <= '9') _pos++;
        return _pos > start;
    }

    private void ReadWord(string word)
    {
        if (string.CompareOrdinal(_text, _pos, word, 0, word.Length) != 0) throw Error($"unexpected text, expected '{word}'");
        _pos += word.Length;
    }

    private bool TryConsume(char c)
    {
        if (_pos < _text.Length && _text[_pos] == c) { _pos++; return true; }
        return false;
    }

    private void SkipWhitespace()
    {
        while (_pos < _text.Length && (_text[_pos] == ' ' || _text[_pos] == '\t' || _text[_pos] == '\n' || _text[_pos] == '\r')) _pos++;
    }

    private ManifestFormatException Error(string problem)
    {
        int line = 1, column = 1;
        for (int i = 0; i < _pos && i < _text.Length; i++)
        {
            if (_text[i] == '\n') { line++; column = 1; }
            else column++;
        }
        return new ManifestFormatException("(JSON syntax)", $"{problem} at line {line}, column {column}");
    }
}
