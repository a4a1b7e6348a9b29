using System.Globalization;
using System.Numerics;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Json;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Toolchain.Chain.Transactions;

/// <summary>
/// Command-line arguments as contract parameters. Typed forms: int:N, bool:true|false, str:TEXT, hash160:0x…, addr:N…,
/// hash256:0x…, bytes:HEX, b64:BASE64, pubkey:HEX, null, or a ContractParameter JSON object/array. Untyped text is read as
/// an integer if it is one, true/false as Boolean, 0x + 40 hex as Hash160, a valid address as Hash160, else a String.
/// </summary>
public static class ContractParameterText
{
    public static ContractParameter Parse(string text, byte addressVersion = Address.DefaultVersion)
    {
        ArgumentNullException.ThrowIfNull(text);
        var colon = text.IndexOf(':');
        var kind = colon > 0 ? text[..colon] : "";
        var value = colon > 0 ? text[(colon + 1)..] : text;
        try
        {
            switch (kind)
            {
                case "int": return ContractParameter.Integer(BigInteger.Parse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
                case "bool": return ContractParameter.Boolean(bool.Parse(value));
                case "str": return ContractParameter.String(value);
                case "hash160": return ContractParameter.Hash160(UInt160.Parse(value));
                case "addr": return ContractParameter.Hash160(Address.ToScriptHash(value, addressVersion));
                case "hash256": return ContractParameter.Hash256(UInt256.Parse(value));
                case "bytes": return ContractParameter.ByteArray(Convert.FromHexString(value.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? value[2..] : value));
                case "b64": return ContractParameter.ByteArray(Convert.FromBase64String(value));
                case "pubkey": return ContractParameter.PublicKey(ECPoint.Parse(value));
            }
        }
        catch (FormatException ex)
        {
            throw new FormatException($"Argument '{text}' is not a valid {kind}: {ex.Message}", ex);
        }
        return Untyped(text, addressVersion);
    }

    private static ContractParameter Untyped(string text, byte addressVersion)
    {
        if (text == "null") return ContractParameter.Any();
        if (text is "true" or "false") return ContractParameter.Boolean(text == "true");
        if (text.StartsWith('{') || text.StartsWith('['))
        {
            using var doc = JsonRead.Parse(text);
            return doc.RootElement.ValueKind == System.Text.Json.JsonValueKind.Array
                ? ContractParameter.Array(doc.RootElement.EnumerateArray().Select(ContractParameter.FromJson).ToArray())
                : ContractParameter.FromJson(doc.RootElement);
        }
        if (BigInteger.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)) return ContractParameter.Integer(integer);
        if (text.Length == 42 && text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) && UInt160.TryParse(text, out var hash))
            return ContractParameter.Hash160(hash!);
        try
        {
            return ContractParameter.Hash160(Address.ToScriptHash(text, addressVersion));
        }
        catch (FormatException)
        {
            return ContractParameter.String(text);
        }
    }
}
