using System.Security.Cryptography;
using Org.BouncyCastle.Crypto.Digests;

namespace Protocol.Toolchain.Runtime.Cryptography;

/// <summary>The hash functions Neo uses: SHA-256, RIPEMD-160, Hash160, Hash256 and Keccak-256.</summary>
public static class Hashes
{
    public static byte[] Sha256(ReadOnlySpan<byte> data) => SHA256.HashData(data);

    /// <summary>RIPEMD-160 (BouncyCastle; .NET has none).</summary>
    public static byte[] Ripemd160(ReadOnlySpan<byte> data)
    {
        var digest = new RipeMD160Digest();
        return Run(digest, data);
    }

    /// <summary>RIPEMD160(SHA256(data)): script hashes and account hashes.</summary>
    public static byte[] Hash160(ReadOnlySpan<byte> data) => Ripemd160(Sha256(data));

    /// <summary>SHA256(SHA256(data)): checksums of NEF files and Base58Check.</summary>
    public static byte[] Hash256(ReadOnlySpan<byte> data) => Sha256(Sha256(data));

    /// <summary>Keccak-256 as used by Ethereum (original padding, not SHA3-256).</summary>
    public static byte[] Keccak256(ReadOnlySpan<byte> data)
    {
        var digest = new KeccakDigest(256);
        return Run(digest, data);
    }

    private static byte[] Run(Org.BouncyCastle.Crypto.IDigest digest, ReadOnlySpan<byte> data)
    {
        var input = data.ToArray();
        digest.BlockUpdate(input, 0, input.Length);
        var output = new byte[digest.GetDigestSize()];
        digest.DoFinal(output, 0);
        return output;
    }
}
