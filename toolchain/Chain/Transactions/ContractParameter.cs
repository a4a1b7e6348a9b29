using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Json;
using Protocol.Toolchain.Runtime.Manifest;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Toolchain.Chain.Transactions;

/// <summary>
/// A typed call argument (neo SmartContract/ContractParameter.cs). JSON: {"type": name, "value": …} with Boolean as a JSON
/// bool, Integer as a decimal string, ByteArray/Signature as base64, String as text, Hash160/Hash256 as "0x…", PublicKey
/// as hex, Array as a list of parameters, Map as [{"key", "value"}]; a missing value means null (pushed as PUSHNULL).
/// </summary>
public sealed record ContractParameter(ContractParameterType Type, object? Value)
{
    public static ContractParameter Any() => new(ContractParameterType.Any, null);

    public static ContractParameter Boolean(bool value) => new(ContractParameterType.Boolean, value);

    public static ContractParameter Integer(BigInteger value) => new(ContractParameterType.Integer, value);

    public static ContractParameter ByteArray(byte[] value) => new(ContractParameterType.ByteArray, value);

    public static ContractParameter String(string value) => new(ContractParameterType.String, value);

    public static ContractParameter Hash160(UInt160 value) => new(ContractParameterType.Hash160, value);

    public static ContractParameter Hash256(UInt256 value) => new(ContractParameterType.Hash256, value);

    public static ContractParameter PublicKey(ECPoint value) => new(ContractParameterType.PublicKey, value);

    public static ContractParameter Array(params ContractParameter[] items) => new(ContractParameterType.Array, items);

    public static ContractParameter Map(IReadOnlyList<KeyValuePair<ContractParameter, ContractParameter>> pairs) =>
        new(ContractParameterType.Map, pairs);

    /// <summary>
    /// A CLR value as a parameter: null → Any, bool, integral types and BigInteger → Integer, string, byte[] → ByteArray,
    /// UInt160, UInt256, ECPoint → PublicKey, a parameter as itself, any other sequence → Array.
    /// </summary>
    public static ContractParameter From(object? value) => value switch
    {
        null => Any(),
        ContractParameter p => p,
        bool b => Boolean(b),
        BigInteger i => Integer(i),
        sbyte or byte or short or ushort or int or uint or long or ulong => Integer(BigInteger.Parse(Convert.ToString(value, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture)),
        string s => String(s),
        byte[] bytes => ByteArray(bytes),
        ReadOnlyMemory<byte> memory => ByteArray(memory.ToArray()),
        UInt160 h => Hash160(h),
        UInt256 h => Hash256(h),
        ECPoint k => PublicKey(k),
        System.Collections.IEnumerable items => new(ContractParameterType.Array, items.Cast<object?>().Select(From).ToArray()),
        _ => throw new ArgumentException($"A {value.GetType().Name} cannot be passed as a contract parameter."),
    };

    public static ContractParameter FromJson(JsonElement json)
    {
        JsonRead.RequireObject(json, "contract parameter");
        var type = JsonRead.ParseDefinedEnum<ContractParameterType>(JsonRead.GetString(json, "type"), "contract parameter type");
        if (!JsonRead.TryGet(json, "value", out var value)) return new(type, null);
        object parsed = type switch
        {
            ContractParameterType.Signature or ContractParameterType.ByteArray => JsonRead.ParseBase64(JsonRead.AsString(value, "value"), $"{type} value"),
            ContractParameterType.Boolean => value.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw new FormatException($"A Boolean parameter needs a JSON bool, got {value.ValueKind}."),
            },
            ContractParameterType.Integer => ParseInteger(JsonRead.AsString(value, "value")),
            ContractParameterType.Hash160 => JsonRead.ParseUInt160(JsonRead.AsString(value, "value"), "Hash160 value"),
            ContractParameterType.Hash256 => JsonRead.ParseUInt256(JsonRead.AsString(value, "value"), "Hash256 value"),
            ContractParameterType.PublicKey => JsonRead.ParseECPoint(JsonRead.AsString(value, "value"), "PublicKey value"),
            ContractParameterType.String => JsonRead.AsString(value, "value"),
            ContractParameterType.Array => JsonRead.AsArray(value, "Array value").Select(FromJson).ToArray(),
            ContractParameterType.Map => JsonRead.AsArray(value, "Map value")
                .Select(p => new KeyValuePair<ContractParameter, ContractParameter>(FromJson(JsonRead.Get(p, "key")), FromJson(JsonRead.Get(p, "value"))))
                .ToArray(),
            _ => throw new FormatException($"Parameter type '{type}' is not supported."),
        };
        return new(type, parsed);
    }

    private static BigInteger ParseInteger(string text) =>
        BigInteger.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"Invalid Integer value '{text}': expected a decimal integer.");

    public void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("type", Type.ToString());
        if (Value is not null)
        {
            writer.WritePropertyName("value");
            switch (Value)
            {
                case bool b: writer.WriteBooleanValue(b); break;
                case BigInteger i: writer.WriteStringValue(i.ToString(CultureInfo.InvariantCulture)); break;
                case byte[] bytes: writer.WriteStringValue(Convert.ToBase64String(bytes)); break;
                case string s: writer.WriteStringValue(s); break;
                case IReadOnlyList<ContractParameter> items:
                    writer.WriteStartArray();
                    foreach (var item in items) item.WriteJson(writer);
                    writer.WriteEndArray();
                    break;
                case IReadOnlyList<KeyValuePair<ContractParameter, ContractParameter>> pairs:
                    writer.WriteStartArray();
                    foreach (var (k, v) in pairs)
                    {
                        writer.WriteStartObject();
                        writer.WritePropertyName("key");
                        k.WriteJson(writer);
                        writer.WritePropertyName("value");
                        v.WriteJson(writer);
                        writer.WriteEndObject();
                    }
                    writer.WriteEndArray();
                    break;
                default: writer.WriteStringValue(Value.ToString()); break;
            }
        }
        writer.WriteEndObject();
    }

    public string ToJson() => JsonWrite.ToText(WriteJson);
}
