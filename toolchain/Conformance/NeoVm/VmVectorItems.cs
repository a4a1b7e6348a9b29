using System.Numerics;
using System.Text;
using System.Text.Json;
using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Conformance.NeoVm;

/// <summary>
/// A canonical text form shared by expected (JSON) and actual items, so they compare as strings.
/// Item type names in the vectors come in mixed case; "String" means the UTF-8 bytes of a ByteString.
/// </summary>
public static class VmVectorItems
{
    public static string Canonical(JsonElement e)
    {
        var type = e.GetProperty("type").GetString()!.ToLowerInvariant();
        e.TryGetProperty("value", out var v);
        return type switch
        {
            "null" => "Null",
            "pointer" => $"Pointer({v.GetInt32()})",
            "boolean" => $"Boolean({(v.ValueKind == JsonValueKind.String ? bool.Parse(v.GetString()!) : v.GetBoolean()).ToString().ToLowerInvariant()})",
            "integer" => $"Integer({BigInteger.Parse(v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetRawText())})",
            "bytestring" => $"ByteString({HexOf(v.GetString()!)})",
            "string" => $"ByteString({Convert.ToHexString(Encoding.UTF8.GetBytes(v.GetString()!))})",
            "buffer" => $"Buffer({HexOf(v.GetString()!)})",
            "interop" => $"Interop({v.GetString()})",
            "array" or "struct" => $"{Capital(type)}[{string.Join(",", v.EnumerateArray().Select(Canonical))}]",
            "map" => $"Map{{{string.Join(",", v.EnumerateObject().Select(p => $"{HexOf(p.Name)}:{Canonical(p.Value)}"))}}}",
            _ => throw new FormatException($"Unknown item type {type}"),
        };
    }

    public static string Canonical(StackItem item) => item switch
    {
        Null => "Null",
        Pointer p => $"Pointer({p.Position})",
        Vm.Types.Boolean b => $"Boolean({b.GetBoolean().ToString().ToLowerInvariant()})",
        Integer i => $"Integer({i.Value})",
        ByteString s => $"ByteString({Convert.ToHexString(s.GetSpan())})",
        Vm.Types.Buffer b => $"Buffer({Convert.ToHexString(b.GetSpan())})",
        InteropInterface o => $"Interop({o.Object.GetType().Name})",
        Struct s => $"Struct[{string.Join(",", s.Select(Canonical))}]",
        Vm.Types.Array a => $"Array[{string.Join(",", a.Select(Canonical))}]",
        Map m => $"Map{{{string.Join(",", m.Select(p => $"{Convert.ToHexString(p.Key.GetSpan())}:{Canonical(p.Value)}"))}}}",
        _ => throw new NotSupportedException(item.GetType().Name),
    };

    private static string HexOf(string text) =>
        Convert.ToHexString(text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? Convert.FromHexString(text.AsSpan(2)) : Convert.FromHexString(text));

    private static string Capital(string type) => char.ToUpperInvariant(type[0]) + type[1..];
}
