namespace Protocol.Toolchain.Runtime.Tests.Support;

internal static class Bytes
{
    public static byte[] FromHex(string hex) => Convert.FromHexString(hex);

    public static string ToHex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(bytes);
}
