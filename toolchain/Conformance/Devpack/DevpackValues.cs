using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Vm.Types;
using VmArray = Protocol.Toolchain.Vm.Types.Array;

namespace Protocol.Toolchain.Conformance.Devpack;

/// <summary>Reads the case JSON values: call arguments (ContractParameter JSON) and expected results (StackItem JSON).</summary>
public static class DevpackValues
{
    /// <summary>A ContractParameter JSON argument as the stack item the proxy pushes (Array items recursively).</summary>
    public static StackItem Argument(JsonElement json)
    {
        var type = json.GetProperty("type").GetString();
        var value = json.TryGetProperty("value", out var v) ? v : default;
        return type switch
        {
            "Any" => StackItem.Null,
            "Integer" => new Integer(ParseInteger(value)),
            "Boolean" => value.GetBoolean(),
            "String" => new ByteString(Encoding.UTF8.GetBytes(value.GetString()!)),
            "ByteArray" => new ByteString(Convert.FromBase64String(value.GetString()!)),
            "Hash160" => new ByteString(UInt160.Parse(value.GetString()!).ToArray()),
            "Hash256" => new ByteString(UInt256.Parse(value.GetString()!).ToArray()),
            "PublicKey" => new ByteString(Convert.FromHexString(value.GetString()!)),
            "Array" => new VmArray(value.EnumerateArray().Select(Argument)),
            _ => throw new FormatException($"Unsupported argument type {type}."),
        };
    }

    /// <summary>A primitive StackItem JSON value (a map key) as a stack item.</summary>
    public static PrimitiveType Key(JsonElement json)
    {
        var value = json.GetProperty("value");
        return json.GetProperty("type").GetString() switch
        {
            "Integer" => new Integer(ParseInteger(value)),
            "Boolean" => value.GetBoolean() ? StackItem.True : StackItem.False,
            "ByteString" => new ByteString(Convert.FromBase64String(value.GetString()!)),
            var other => throw new FormatException($"Unsupported map key type {other}."),
        };
    }

    /// <summary>
    /// The README's comparison rule: expected Any = Null; otherwise not Null and Integer by GetInteger, Boolean by
    /// GetBoolean, ByteString by GetSpan bytes, Array as Array/Struct with matching count and items.
    /// Returns null on a match, else what differs.
    /// </summary>
    public static string? Mismatch(JsonElement expected, StackItem actual)
    {
        var type = expected.GetProperty("type").GetString();
        if (type == "Any") return actual.IsNull ? null : $"expected Null, got {Describe(actual)}";
        if (actual.IsNull) return $"expected {Text(expected)}, got Null";
        var value = expected.TryGetProperty("value", out var v) ? v : default;
        try
        {
            switch (type)
            {
                case "Integer":
                    return actual.GetInteger() == ParseInteger(value) ? null : $"expected {Text(expected)}, got {Describe(actual)}";
                case "Boolean":
                    return actual.GetBoolean() == value.GetBoolean() ? null : $"expected {Text(expected)}, got {Describe(actual)}";
                case "ByteString":
                case "Buffer":
                    return actual.GetSpan().SequenceEqual(Convert.FromBase64String(value.GetString()!))
                        ? null : $"expected {Text(expected)}, got {Describe(actual)}";
                case "Array":
                case "Struct":
                    if (actual is not VmArray array) return $"expected {type}, got {Describe(actual)}";
                    var items = value.EnumerateArray().ToList();
                    if (items.Count != array.Count) return $"expected {items.Count} items, got {array.Count}";
                    for (int i = 0; i < items.Count; i++)
                        if (Mismatch(items[i], array[i]) is { } inner) return $"[{i}]: {inner}";
                    return null;
                default:
                    return $"unsupported expected type {type}";
            }
        }
        catch (Exception e) when (e is InvalidCastException or FormatException or OverflowException)
        {
            return $"expected {Text(expected)}, {Describe(actual)} does not convert ({e.Message})";
        }
    }

    public static BigInteger ParseInteger(JsonElement value) => value.ValueKind == JsonValueKind.Number
        ? BigInteger.Parse(value.GetRawText(), CultureInfo.InvariantCulture)
        : BigInteger.Parse(value.GetString()!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    private static string Text(JsonElement expected)
    {
        var text = expected.GetRawText();
        return text.Length <= 120 ? text : text[..117] + "...";
    }

    /// <summary>A short human form of an actual item.</summary>
    public static string Describe(StackItem item) => item switch
    {
        Null => "Null",
        Integer i => $"Integer {i.GetInteger()}",
        Vm.Types.Boolean b => $"Boolean {b.GetBoolean()}",
        ByteString or Vm.Types.Buffer => $"{item.Type} 0x{Shorten(Convert.ToHexString(item.GetSpan()).ToLowerInvariant())}",
        VmArray a => $"{item.Type}[{a.Count}]",
        Map m => $"Map[{m.Count}]",
        _ => item.Type.ToString(),
    };

    private static string Shorten(string hex) => hex.Length <= 80 ? hex : hex[..77] + "...";
}
