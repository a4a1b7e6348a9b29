using Protocol.Toolchain.Runtime.IO;

namespace Protocol.Toolchain.Runtime.Models;

/// <summary>What UInt160 and UInt256 share: the reversed-hex text form and little-endian unsigned ordering.</summary>
internal static class LittleEndianHash
{
    /// <summary>Parses hex digits (optionally "0x"-prefixed, big-endian text) into little-endian bytes.</summary>
    public static byte[] ParseReversedHex(string text, int length, string typeName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hex = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? text[2..] : text;
        if (hex.Length != length * 2)
            throw new FormatException($"A {typeName} takes {length * 2} hex digits (optionally prefixed by 0x), got '{text}'.");
        var bytes = Hex.Decode(hex);
        Array.Reverse(bytes);
        return bytes;
    }

    /// <summary>Compares two equal-length values as little-endian unsigned numbers.</summary>
    public static int Compare(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        for (var i = left.Length - 1; i >= 0; i--)
        {
            var c = left[i].CompareTo(right[i]);
            if (c != 0) return c;
        }
        return 0;
    }
}
