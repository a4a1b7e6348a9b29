using System.Globalization;
using System.Text.Json;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Toolchain.Devnet.Rpc;

/// <summary>
/// The positional parameters of a request, converted the way neo-node's ParameterConverter does: a value of the wrong shape
/// answers -32602 "Invalid params - Invalid X: value"; a missing required parameter is neo's ArgumentException "Required
/// parameter 'name' is missing", whose code is its HResult (-2147024809), as neo-node answers it.
/// </summary>
public sealed class RpcParams(JsonElement array, byte addressVersion)
{
    public int Count => array.GetArrayLength();

    public bool Has(int index) => index < Count && array[index].ValueKind != JsonValueKind.Null;

    public JsonElement Required(int index, string name) =>
        Has(index) ? array[index] : throw new ArgumentException($"Required parameter '{name}' is missing");

    private static RpcServerException Invalid(string data) => new(RpcError.InvalidParams.WithData(data));

    public UInt160 Hash160(int index, string name)
    {
        var token = Required(index, name);
        return token.ValueKind == JsonValueKind.String && UInt160.TryParse(token.GetString(), out var hash)
            ? hash! : throw Invalid($"Invalid UInt160: {token.GetRawText()}");
    }

    public UInt256 Hash256(int index, string name)
    {
        var token = Required(index, name);
        if (token.ValueKind == JsonValueKind.String)
        {
            try
            {
                return UInt256.Parse(token.GetString()!);
            }
            catch (FormatException)
            {
            }
        }
        throw Invalid($"Invalid UInt256: {token.GetRawText()}");
    }

    public string String(int index, string name)
    {
        var token = Required(index, name);
        return token.ValueKind switch
        {
            JsonValueKind.String => token.GetString()!,
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => token.GetRawText(),
            _ => throw Invalid($"Invalid System.String value: {token.GetRawText()}"),
        };
    }

    public string? OptionalString(int index) => Has(index) ? String(index, "") : null;

    public byte[] Base64(int index, string name)
    {
        var token = Required(index, name);
        if (token.ValueKind != JsonValueKind.String) throw Invalid($"Invalid base64-encoded bytes: {token.GetRawText()}");
        try
        {
            return Convert.FromBase64String(token.GetString()!);
        }
        catch (FormatException)
        {
            throw Invalid($"Invalid Base64-encoded bytes: {token.GetRawText()}");
        }
    }

    public bool Boolean(int index, string name, bool fallback)
    {
        if (!Has(index)) return fallback;
        var token = array[index];
        return token.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => token.GetDouble() != 0,
            _ => throw Invalid($"Invalid System.Boolean value: {token.GetRawText()}"),
        };
    }

    /// <summary>An integral number (or numeric string) within [min, max].</summary>
    public long Integer(int index, string name, long min, long max, long? fallback = null)
    {
        if (!Has(index) && fallback is not null) return fallback.Value;
        var token = Required(index, name);
        double value = token.ValueKind switch
        {
            JsonValueKind.Number => token.GetDouble(),
            JsonValueKind.String when double.TryParse(token.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
            _ => double.NaN,
        };
        if (double.IsNaN(value) || value % 1 != 0 || value < min || value > max || Math.Abs(value) > 9007199254740991)
            throw Invalid($"Invalid {name} value: {token.GetRawText()}");
        return (long)value;
    }

    /// <summary>An address (Base58Check) or a script hash.</summary>
    public UInt160 Address(int index, string name)
    {
        var token = Required(index, name);
        if (token.ValueKind != JsonValueKind.String) throw Invalid($"Invalid Address: {token.GetRawText()}");
        var text = token.GetString()!;
        if (UInt160.TryParse(text, out var hash)) return hash!;
        try
        {
            return Runtime.Contracts.Address.ToScriptHash(text, addressVersion);
        }
        catch (FormatException)
        {
            throw Invalid($"Invalid Address: {text}");
        }
    }

    public JsonElement Element(int index) => array[index];
}
