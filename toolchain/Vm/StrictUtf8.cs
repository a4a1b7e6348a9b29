using System.Text;

namespace Protocol.Toolchain.Vm;

/// <summary>UTF-8 that throws on invalid sequences instead of substituting (Neo's StrictUTF8).</summary>
public static class StrictUtf8
{
    private static readonly UTF8Encoding Encoding = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(ReadOnlySpan<byte> bytes) => Encoding.GetString(bytes);

    public static byte[] Encode(string value) => Encoding.GetBytes(value);

    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string? value)
    {
        try
        {
            value = Encoding.GetString(bytes);
            return true;
        }
        catch (ArgumentException)
        {
            value = null;
            return false;
        }
    }
}
