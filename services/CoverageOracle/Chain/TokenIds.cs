using Protocol.Services.Coverage.Reports;
using Protocol.Toolchain.Runtime.Cryptography;

namespace Protocol.Services.CoverageOracle.Chain;

/// <summary>HotspotRegistry's token ids, computed locally: SHA-256(u24le(subDaoId + 2^16) ‖ deviceKey) (contracts/HotspotRegistry/README.md).</summary>
public static class TokenIds
{
    public static byte[] For(int subDaoId, HotspotKey key)
    {
        if (subDaoId is < 0 or > 65_535) throw new ArgumentOutOfRangeException(nameof(subDaoId));
        int prefixed = subDaoId + 65_536;
        Span<byte> buffer = stackalloc byte[3 + HotspotKey.Length];
        buffer[0] = (byte)prefixed;
        buffer[1] = (byte)(prefixed >> 8);
        buffer[2] = (byte)(prefixed >> 16);
        key.Span.CopyTo(buffer[3..]);
        return Hashes.Sha256(buffer);
    }
}
