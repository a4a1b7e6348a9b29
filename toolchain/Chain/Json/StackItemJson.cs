using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Protocol.Toolchain.Runtime.Json;
using Protocol.Toolchain.Vm.Types;
using VmArray = Protocol.Toolchain.Vm.Types.Array;
using VmBoolean = Protocol.Toolchain.Vm.Types.Boolean;
using VmBuffer = Protocol.Toolchain.Vm.Types.Buffer;

namespace Protocol.Toolchain.Chain.Json;

/// <summary>
/// The RPC JSON form of stack items (neo StackItemExtensions.ToJson): {"type": StackItemType name, "value": …} with
/// Boolean a JSON bool, Integer a decimal string, ByteString and Buffer base64, Array and Struct a list, Map a list of
/// {"key", "value"}, Pointer its position; Any (null) and InteropInterface carry no value. Circular references throw,
/// and so does output beyond <c>maxSize</c> characters (neo counts the same way).
/// </summary>
public static class StackItemJson
{
    public static void Write(Utf8JsonWriter writer, StackItem item, int maxSize = int.MaxValue)
    {
        var size = maxSize;
        Write(writer, item, new HashSet<StackItem>(ReferenceEqualityComparer.Instance), ref size);
    }

    public static string ToJson(StackItem item, int maxSize = int.MaxValue) => JsonWrite.ToText(w => Write(w, item, maxSize));

    private static void Write(Utf8JsonWriter writer, StackItem item, HashSet<StackItem> context, ref int maxSize)
    {
        writer.WriteStartObject();
        writer.WriteString("type", item.Type.ToString());
        maxSize -= 11 + item.Type.ToString().Length;
        switch (item)
        {
            case VmArray array:
                if (!context.Add(array)) throw new InvalidOperationException("Circular reference.");
                maxSize -= 2 + Math.Max(0, array.Count - 1) + 9;
                writer.WriteStartArray("value");
                foreach (var sub in array) Write(writer, sub, context, ref maxSize);
                writer.WriteEndArray();
                context.Remove(array);
                break;
            case VmBoolean boolean:
                var b = boolean.GetBoolean();
                maxSize -= (b ? 4 : 5) + 9;
                writer.WriteBoolean("value", b);
                break;
            case VmBuffer or ByteString:
                var text = Convert.ToBase64String(item.GetSpan());
                maxSize -= 2 + text.Length + 9;
                writer.WriteString("value", text);
                break;
            case Integer integer:
                var digits = integer.GetInteger().ToString(CultureInfo.InvariantCulture);
                maxSize -= 2 + digits.Length + 9;
                writer.WriteString("value", digits);
                break;
            case Map map:
                if (!context.Add(map)) throw new InvalidOperationException("Circular reference.");
                maxSize -= 2 + Math.Max(0, map.Count - 1) + 9;
                writer.WriteStartArray("value");
                foreach (var (key, value) in map)
                {
                    maxSize -= 17;
                    writer.WriteStartObject();
                    writer.WritePropertyName("key");
                    Write(writer, key, context, ref maxSize);
                    writer.WritePropertyName("value");
                    Write(writer, value, context, ref maxSize);
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
                context.Remove(map);
                break;
            case Pointer pointer:
                maxSize -= pointer.Position.ToString(CultureInfo.InvariantCulture).Length + 9;
                writer.WriteNumber("value", pointer.Position);
                break;
        }
        writer.WriteEndObject();
        if (maxSize < 0) throw new InvalidOperationException("Max size reached.");
    }

    /// <summary>
    /// Reads the JSON form back into a stack item. Pointers and InteropInterfaces cannot be rebuilt outside an engine and
    /// come back as <see cref="RpcInterop"/> placeholders (an InteropInterface keeps its session iterator id, if any).
    /// </summary>
    public static StackItem Parse(JsonElement json)
    {
        JsonRead.RequireObject(json, "stack item");
        var type = JsonRead.GetString(json, "type");
        return type switch
        {
            "Any" => StackItem.Null,
            "Boolean" => JsonRead.GetBoolean(json, "value"),
            "Integer" => BigInteger.Parse(JsonRead.GetString(json, "value"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
            "ByteString" => new ByteString(JsonRead.ParseBase64(JsonRead.GetString(json, "value"), "ByteString value")),
            "Buffer" => new VmBuffer(JsonRead.ParseBase64(JsonRead.GetString(json, "value"), "Buffer value")),
            "Array" => new VmArray(JsonRead.GetArray(json, "value").Select(Parse)),
            "Struct" => new Struct(JsonRead.GetArray(json, "value").Select(Parse)),
            "Map" => ParseMap(json),
            "Pointer" => new InteropInterface(new RpcInterop("Pointer", JsonRead.GetInt32(json, "value").ToString(CultureInfo.InvariantCulture))),
            "InteropInterface" => new InteropInterface(new RpcInterop(
                JsonRead.TryGet(json, "interface", out var i) ? JsonRead.AsString(i, "interface") : "InteropInterface",
                JsonRead.TryGet(json, "id", out var id) ? JsonRead.AsString(id, "id") : null)),
            _ => throw new FormatException($"Unknown stack item type '{type}'."),
        };
    }

    private static Map ParseMap(JsonElement json)
    {
        var map = new Map();
        foreach (var entry in JsonRead.GetArray(json, "value"))
        {
            if (Parse(JsonRead.Get(entry, "key")) is not PrimitiveType key)
                throw new FormatException("A map key must be a primitive stack item.");
            map[key] = Parse(JsonRead.Get(entry, "value"));
        }
        return map;
    }
}

/// <summary>A Pointer or InteropInterface read from RPC JSON: its kind and, for a session iterator, its id.</summary>
public sealed record RpcInterop(string Kind, string? Id);
