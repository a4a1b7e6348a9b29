using Protocol.Toolchain.Runtime.Cryptography;

namespace Protocol.Toolchain.Chain.Keys;

/// <summary>
/// Wallet Import Format as Neo uses it (neo Wallets/KeyPair.Export, Wallet.GetPrivateKeyFromWIF):
/// Base58Check(0x80 ‖ 32-byte private key ‖ 0x01), 52 characters starting with K or L.
/// </summary>
public static class Wif
{
    public static string Encode(ReadOnlySpan<byte> privateKey)
    {
        if (privateKey.Length != 32)
            throw new ArgumentException($"A private key takes 32 bytes, got {privateKey.Length}.", nameof(privateKey));
        Span<byte> data = stackalloc byte[34];
        data[0] = 0x80;
        privateKey.CopyTo(data[1..]);
        data[33] = 0x01;
        var text = Base58.CheckEncode(data);
        data.Clear();
        return text;
    }

    /// <summary>The 32-byte private key; anything but 34 bytes 0x80 … 0x01 with a good checksum raises <see cref="FormatException"/>.</summary>
    public static byte[] Decode(string wif)
    {
        ArgumentNullException.ThrowIfNull(wif);
        byte[] data;
        try
        {
            data = Base58.CheckDecode(wif.Trim());
        }
        catch (FormatException ex)
        {
            throw new FormatException($"Invalid WIF key: {ex.Message}", ex);
        }
        if (data.Length != 34 || data[0] != 0x80 || data[33] != 0x01)
            throw new FormatException($"Invalid WIF key: expected 34 bytes 0x80 … 0x01, got {data.Length} bytes.");
        var key = data[1..33];
        Array.Clear(data);
        return key;
    }
}
