using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Protocol.Toolchain.Testing.ProxyGen;

/// <summary>
/// Turns manifest names (any string) into C# identifiers: characters that are not letters or digits separate
/// words, words are capitalised (PascalCase for types and members, camelCase for parameters), a leading digit gets
/// an underscore and reserved keywords get '@'. Also C# string literals and XML-doc text.
/// </summary>
public static class CSharpNames
{
    private static readonly HashSet<string> Keywords = new HashSet<string>(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
    };

    /// <summary>"getOwner" → "GetOwner", "token-uri v2" → "TokenUriV2"; null when nothing usable is left.</summary>
    public static string? Pascal(string name)
    {
        var words = Words(name);
        if (words.Count == 0) return null;
        var sb = new StringBuilder();
        foreach (var w in words) sb.Append(char.ToUpperInvariant(w[0])).Append(w, 1, w.Length - 1);
        return LeadingDigit(sb.ToString());
    }

    /// <summary>"newOwner" → "newOwner", "Token Id" → "tokenId", "class" → "@class"; null when nothing is left.</summary>
    public static string? Camel(string name)
    {
        var words = Words(name);
        if (words.Count == 0) return null;
        var sb = new StringBuilder();
        sb.Append(char.ToLowerInvariant(words[0][0])).Append(words[0], 1, words[0].Length - 1);
        foreach (var w in words.Skip(1)) sb.Append(char.ToUpperInvariant(w[0])).Append(w, 1, w.Length - 1);
        return EscapeKeyword(LeadingDigit(sb.ToString()));
    }

    public static string EscapeKeyword(string identifier) => Keywords.Contains(identifier) ? "@" + identifier : identifier;

    /// <summary>Whether <paramref name="text"/> is a plain identifier (letters, digits, underscores, not a digit first, not a keyword).</summary>
    public static bool IsIdentifier(string text) =>
        text.Length > 0 && !char.IsDigit(text[0]) && text.All(c => c == '_' || char.IsLetterOrDigit(c)) && !Keywords.Contains(text);

    /// <summary>A C# regular string literal; everything outside printable ASCII is a \u escape, so output is pure ASCII.</summary>
    public static string Literal(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 0x20 || c > 0x7e) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }

    /// <summary>Text for an XML doc comment: markup characters escaped, line breaks and non-ASCII shown as escapes.</summary>
    public static string Xml(string text)
    {
        var sb = new StringBuilder();
        foreach (char c in text)
        {
            switch (c)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                default:
                    if (c < 0x20 || c > 0x7e) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }

    private static List<string> Words(string name)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (char c in name)
        {
            if (char.IsLetterOrDigit(c) && c < 0x80) { current.Append(c); continue; }
            if (current.Length > 0) { words.Add(current.ToString()); current.Clear(); }
        }
        if (current.Length > 0) words.Add(current.ToString());
        return words;
    }

    private static string LeadingDigit(string identifier) => char.IsDigit(identifier[0]) ? "_" + identifier : identifier;
}
