using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Toolchain.Runtime.Contracts;

/// <summary>Neo N3 addresses: Base58Check(version ‖ script hash LE); version 0x35 on mainnet and testnet ("N…").</summary>
public static class Address
{
    public const byte DefaultVersion = 0x35;

    public static string FromScriptHash(UInt160 scriptHash, byte version = DefaultVersion)
    {
        ArgumentNullException.ThrowIfNull(scriptHash);
        var data = new byte[21];
        data[0] = version;
        scriptHash.AsSpan().CopyTo(data.AsSpan(1));
        return Base58.CheckEncode(data);
    }

    /// <summary>Decodes an address; bad Base58, checksum, length or version raise <see cref="FormatException"/>.</summary>
    public static UInt160 ToScriptHash(string address, byte version = DefaultVersion)
    {
        var data = Base58.CheckDecode(address);
        if (data.Length != 21)
            throw new FormatException($"An address decodes to 21 bytes, got {data.Length}.");
        if (data[0] != version)
            throw new FormatException($"Address version 0x{data[0]:x2} does not match the expected 0x{version:x2}.");
        return new UInt160(data.AsSpan(1));
    }
}
