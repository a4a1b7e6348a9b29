using System.Text;

namespace Protocol.Toolchain.Runtime.IO;

/// <summary>UTF-8 without BOM that throws on invalid byte sequences and lone surrogates, as Neo's StrictUTF8.</summary>
public static class StrictUtf8
{
    /// <summary>Decodes bytes; invalid UTF-8 raises <see cref="FormatException"/>.</summary>
    public static string GetString(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return Vm.StrictUtf8.Decode(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new FormatException("Invalid UTF-8 byte sequence.", ex);
        }
    }

    /// <summary>Encodes a string; lone surrogates raise <see cref="FormatException"/>.</summary>
    public static byte[] GetBytes(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        try
        {
            return Vm.StrictUtf8.Encode(value);
        }
        catch (EncoderFallbackException ex)
        {
            throw new FormatException("String is not valid UTF-16 and cannot be encoded as UTF-8.", ex);
        }
    }

    /// <summary>Number of bytes of the strict UTF-8 form of <paramref name="value"/>.</summary>
    public static int GetByteCount(string value) => GetBytes(value).Length;
}
