using System.Text.Json;
using System.Text.Json.Nodes;

namespace Protocol.Toolchain.Runtime.Json;

/// <summary>
/// Free-form JSON (a manifest's "extra") kept the way Neo.Json keeps it: property order preserved, numbers as
/// finite doubles (so 1.0 is written back as 1), strings unescaped and re-escaped on output.
/// </summary>
public static class JsonTree
{
    public static JsonNode? FromElement(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.True => JsonValue.Create(true),
        JsonValueKind.False => JsonValue.Create(false),
        JsonValueKind.String => JsonValue.Create(element.GetString()!),
        JsonValueKind.Number => JsonValue.Create(ToDouble(element)),
        JsonValueKind.Array => ToArray(element),
        JsonValueKind.Object => ToObject(element),
        _ => throw new FormatException($"Unexpected JSON token {element.ValueKind}."),
    };

    public static JsonObject ToObject(JsonElement element)
    {
        var result = new JsonObject();
        foreach (var property in element.EnumerateObject())
        {
            if (result.ContainsKey(property.Name))
                throw new FormatException($"Duplicate property name '{property.Name}'.");
            result.Add(property.Name, FromElement(property.Value));
        }
        return result;
    }

    private static JsonArray ToArray(JsonElement element)
    {
        var result = new JsonArray();
        foreach (var item in element.EnumerateArray()) result.Add(FromElement(item));
        return result;
    }

    private static double ToDouble(JsonElement element)
    {
        var d = element.GetDouble();
        if (!double.IsFinite(d)) throw new FormatException($"JSON number {element.GetRawText()} is not finite.");
        return d;
    }

    /// <summary>Writes a node (or null) with the same rules as the rest of the output.</summary>
    public static void Write(Utf8JsonWriter writer, JsonNode? node)
    {
        if (node is null)
            writer.WriteNullValue();
        else
            node.WriteTo(writer);
    }
}
