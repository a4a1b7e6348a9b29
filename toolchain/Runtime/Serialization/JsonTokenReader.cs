using System.Text.Json;

namespace Protocol.Toolchain.Runtime.Serialization;

/// <summary>A parsed JSON object: properties in document order (names unique).</summary>
internal sealed class JsonObjectToken(List<KeyValuePair<string, object?>> properties)
{
    public List<KeyValuePair<string, object?>> Properties { get; } = properties;
}

/// <summary>
/// Neo.Json's JToken.Parse rules, read into a plain tree (null, bool, double, string, List&lt;object?&gt;,
/// <see cref="JsonObjectToken"/>): System.Text.Json's Utf8JsonReader with no trailing commas, comments skipped and
/// the given maximum depth; numbers read as doubles (too large ones fail); duplicate property names rejected;
/// nothing may follow the root value. Every failure raises <see cref="FormatException"/>.
/// </summary>
internal static class JsonTokenReader
{
    public static object? Parse(ReadOnlySpan<byte> utf8, int maxDepth)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            AllowTrailingCommas = false,
            CommentHandling = JsonCommentHandling.Skip,
            MaxDepth = maxDepth,
        });
        try
        {
            var root = ReadValue(ref reader, alreadyRead: false);
            if (reader.Read()) throw new FormatException("Unexpected data after the JSON value.");
            return root;
        }
        catch (JsonException ex)
        {
            throw new FormatException(ex.Message, ex);
        }
    }

    private static object? ReadValue(ref Utf8JsonReader reader, bool alreadyRead)
    {
        if (!alreadyRead && !reader.Read()) throw new FormatException("Missing JSON value.");
        return reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            JsonTokenType.Number => reader.GetDouble(),
            JsonTokenType.String => ReadString(ref reader),
            JsonTokenType.StartArray => ReadArray(ref reader),
            JsonTokenType.StartObject => ReadObject(ref reader),
            _ => throw new FormatException($"Unexpected JSON token {reader.TokenType}."),
        };
    }

    private static List<object?> ReadArray(ref Utf8JsonReader reader)
    {
        var items = new List<object?>();
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndArray) return items;
            items.Add(ReadValue(ref reader, alreadyRead: true));
        }
        throw new FormatException("Unterminated JSON array.");
    }

    private static JsonObjectToken ReadObject(ref Utf8JsonReader reader)
    {
        var properties = new List<KeyValuePair<string, object?>>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.EndObject:
                    return new JsonObjectToken(properties);
                case JsonTokenType.PropertyName:
                    var name = ReadString(ref reader);
                    if (!names.Add(name)) throw new FormatException($"Duplicate property name: {name}");
                    properties.Add(new(name, ReadValue(ref reader, alreadyRead: false)));
                    break;
                default:
                    throw new FormatException($"Unexpected JSON token {reader.TokenType}.");
            }
        }
        throw new FormatException("Unterminated JSON object.");
    }

    private static string ReadString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException ex)
        {
            throw new FormatException(ex.Message, ex);
        }
    }
}
