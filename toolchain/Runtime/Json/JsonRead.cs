using System.Text.Json;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.IO;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Toolchain.Runtime.Json;

/// <summary>
/// Strict JSON access with Neo.Json's rules (comments skipped, no trailing commas, depth ≤64, duplicate property
/// names rejected, a JSON null counts as a missing property). Every violation raises <see cref="FormatException"/>.
/// </summary>
public static class JsonRead
{
    public const int MaxDepth = 64;

    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = MaxDepth,
        AllowDuplicateProperties = false,
    };

    /// <summary>Parses one JSON value from strict UTF-8 bytes.</summary>
    public static JsonDocument Parse(ReadOnlyMemory<byte> utf8)
    {
        try
        {
            _ = StrictUtf8.GetString(utf8.Span);
            return JsonDocument.Parse(utf8, Options);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"Invalid JSON: {ex.Message}", ex);
        }
    }

    public static JsonDocument Parse(string json) => Parse(StrictUtf8.GetBytes(json));

    public static void RequireObject(JsonElement element, string what)
    {
        if (element.ValueKind != JsonValueKind.Object)
            throw new FormatException($"The {what} must be a JSON object, got {element.ValueKind}.");
    }

    /// <summary>The property when present and not null.</summary>
    public static bool TryGet(JsonElement obj, string name, out JsonElement value)
    {
        if (obj.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null) return true;
        value = default;
        return false;
    }

    public static JsonElement Get(JsonElement obj, string name) =>
        TryGet(obj, name, out var value) ? value : throw new FormatException($"Missing required property '{name}'.");

    public static string GetString(JsonElement obj, string name) => AsString(Get(obj, name), name);

    public static string AsString(JsonElement value, string what) =>
        value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new FormatException($"'{what}' must be a JSON string, got {value.ValueKind}.");

    public static bool GetBoolean(JsonElement obj, string name)
    {
        var value = Get(obj, name);
        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new FormatException($"'{name}' must be a JSON boolean, got {value.ValueKind}."),
        };
    }

    /// <summary>An integral JSON number in the Int32 range (Neo reads numbers as doubles).</summary>
    public static int GetInt32(JsonElement obj, string name)
    {
        var d = GetNumber(obj, name);
        if (d % 1 != 0 || d < int.MinValue || d > int.MaxValue)
            throw new FormatException($"'{name}' must be an integer in the Int32 range, got {d}.");
        return (int)d;
    }

    public static double GetNumber(JsonElement obj, string name)
    {
        var value = Get(obj, name);
        if (value.ValueKind != JsonValueKind.Number)
            throw new FormatException($"'{name}' must be a JSON number, got {value.ValueKind}.");
        var d = value.GetDouble();
        if (!double.IsFinite(d)) throw new FormatException($"'{name}' is not a finite number.");
        return d;
    }

    /// <summary>The items of a required array property.</summary>
    public static JsonElement.ArrayEnumerator GetArray(JsonElement obj, string name) => AsArray(Get(obj, name), name);

    /// <summary>The items of an optional array property (missing or null gives an empty sequence).</summary>
    public static IEnumerable<JsonElement> GetOptionalArray(JsonElement obj, string name) =>
        TryGet(obj, name, out var value) ? AsArray(value, name) : [];

    public static JsonElement.ArrayEnumerator AsArray(JsonElement value, string what) =>
        value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : throw new FormatException($"'{what}' must be a JSON array, got {value.ValueKind}.");

    /// <summary>Enum.Parse semantics (names, case-sensitive; numbers) plus a defined-value check.</summary>
    public static T ParseEnum<T>(string text, string what) where T : struct, Enum
    {
        if (!Enum.TryParse<T>(text, ignoreCase: false, out var value))
            throw new FormatException($"'{text}' is not a valid {what}.");
        return value;
    }

    public static T ParseDefinedEnum<T>(string text, string what) where T : struct, Enum
    {
        var value = ParseEnum<T>(text, what);
        if (!Enum.IsDefined(value))
            throw new FormatException($"'{text}' is not a defined {what}.");
        return value;
    }

    public static UInt160 ParseUInt160(string text, string what) => Wrap(() => UInt160.Parse(text), what, text);

    public static UInt256 ParseUInt256(string text, string what) => Wrap(() => UInt256.Parse(text), what, text);

    public static ECPoint ParseECPoint(string text, string what) => Wrap(() => ECPoint.Parse(text), what, text);

    public static byte[] ParseBase64(string text, string what) => Wrap(() => Convert.FromBase64String(text), what, text);

    private static T Wrap<T>(Func<T> parse, string what, string text)
    {
        try
        {
            return parse();
        }
        catch (FormatException ex)
        {
            throw new FormatException($"Invalid {what} '{text}': {ex.Message}", ex);
        }
    }
}
