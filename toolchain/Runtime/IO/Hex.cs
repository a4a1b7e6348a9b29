namespace Protocol.Toolchain.Runtime.IO;

/// <summary>Lower-case hexadecimal helpers.</summary>
public static class Hex
{
    /// <summary>Lower-case hex of <paramref name="bytes"/>, no prefix.</summary>
    public static string Encode(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(bytes);

    /// <summary>Lower-case hex of <paramref name="bytes"/> in reverse order.</summary>
    public static string EncodeReversed(ReadOnlySpan<byte> bytes)
    {
        var copy = bytes.ToArray();
        Array.Reverse(copy);
        return Convert.ToHexStringLower(copy);
    }

    /// <summary>Decodes hex (either case, no prefix, even length); bad input raises <see cref="FormatException"/>.</summary>
    public static byte[] Decode(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        if (hex.Length % 2 != 0)
            throw new FormatException($"Hex string has odd length {hex.Length}.");
        try
        {
            return Convert.FromHexString(hex);
        }
        catch (FormatException ex)
        {
            throw new FormatException($"Invalid hex string '{Truncate(hex)}'.", ex);
        }
    }

    private static string Truncate(string s) => s.Length <= 80 ? s : s[..77] + "...";
}
