using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Toolchain.Compiler.Emit;

/// <summary>Compile-time address, hash and public-key literals, as the framework's implicit conversions and [InitialValue] take them.</summary>
public static class Literals
{
    /// <summary>The run-time bytes of <paramref name="text"/> as the framework type named <paramref name="type"/>.</summary>
    public static byte[] Parse(string type, string text, byte addressVersion) => type switch
    {
        "Neo.SmartContract.Framework.UInt160" => Hash160(text, addressVersion),
        "Neo.SmartContract.Framework.UInt256" => Hash(text, 32, "UInt256"),
        "Neo.SmartContract.Framework.ECPoint" => PublicKey(text),
        _ => throw new FormatException($"No literal form for {type}."),
    };

    /// <summary>A 34-character address of the given version, or a 0x-prefixed big-endian 40-digit hex hash.</summary>
    public static byte[] Hash160(string text, byte addressVersion)
    {
        if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)) return Hash(text, 20, "UInt160");
        try
        {
            return Address.ToScriptHash(text, addressVersion).ToArray();
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            throw new FormatException($"'{text}' is neither an address of version 0x{addressVersion:x2} nor a 0x-prefixed 40-digit hex script hash ({e.Message}).");
        }
    }

    /// <summary>0x-prefixed big-endian hex of exactly <paramref name="size"/> bytes, stored little-endian.</summary>
    public static byte[] Hash(string text, int size, string name)
    {
        var hex = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? text[2..] : text;
        if (hex.Length != size * 2 || !hex.All(Uri.IsHexDigit))
            throw new FormatException($"'{text}' is not a {name}: expected 0x followed by {size * 2} hex digits.");
        var bytes = Convert.FromHexString(hex);
        Array.Reverse(bytes);
        return bytes;
    }

    /// <summary>A compressed secp256r1 public key: 66 hex digits starting 02 or 03, on the curve.</summary>
    public static byte[] PublicKey(string text)
    {
        if (text.Length != 66 || !text.All(Uri.IsHexDigit) || !(text.StartsWith("02", StringComparison.Ordinal) || text.StartsWith("03", StringComparison.Ordinal)))
            throw new FormatException($"'{text}' is not a public key: expected 66 hex digits of a compressed point (02… or 03…).");
        var bytes = Convert.FromHexString(text);
        try
        {
            _ = Runtime.Cryptography.ECPoint.Decode(bytes, Runtime.Cryptography.ECCurve.Secp256r1);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            throw new FormatException($"'{text}' is not a point on secp256r1 ({e.Message}).");
        }
        return bytes;
    }

    /// <summary>
    /// What the framework's UInt160/UInt256/ECPoint.Parse (toolchain/Framework) returns for the constant
    /// <paramref name="text"/>, computed as its NeoVM code does, or null when that code would throw (the call then stays,
    /// so an invalid constant FAULTs at run time exactly as before). An address is read under
    /// <paramref name="addressVersion"/>, the compile-time version the implicit literal conversions use too.
    /// </summary>
    public static byte[]? FoldParse(string type, string text, byte addressVersion)
    {
        // string.Length is SIZE at run time: byte and char counts agree only for ASCII.
        if (!text.All(char.IsAscii)) return null;
        var hex = TryParseHex(text);
        switch (type)
        {
            case "Neo.SmartContract.Framework.UInt160":
                if (hex is not null) return hex.Length == 20 ? hex.Reverse().ToArray() : null;
                if (text.Length != 34) return null;
                try
                {
                    var decoded = Runtime.Native.StdLibFunctions.Base58CheckDecode(text);
                    return decoded.Length == 21 && decoded[0] == addressVersion ? decoded[1..] : null;
                }
                catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
                {
                    return null;
                }
            case "Neo.SmartContract.Framework.UInt256":
                return hex is { Length: 32 } ? hex.Reverse().ToArray() : null;
            case "Neo.SmartContract.Framework.ECPoint":
                return hex is { Length: 33 } ? hex : null; // Parse keeps the written order and checks only the length
            default:
                return null;
        }
    }

    /// <summary>ParseHelper.TryParseHex: an optional 0x/0X, then an even run of hex digits, in written order.</summary>
    private static byte[]? TryParseHex(string text)
    {
        var digits = text.Length >= 2 && text[0] == '0' && text[1] is 'x' or 'X' ? text[2..] : text;
        if (digits.Length % 2 != 0 || !digits.All(Uri.IsHexDigit)) return null;
        return Convert.FromHexString(digits);
    }
}
