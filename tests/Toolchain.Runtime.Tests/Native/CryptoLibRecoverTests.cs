using System.Numerics;
using System.Text;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Native;
using static Protocol.Toolchain.Runtime.Tests.Native.CryptoLibTestKeys;
using static Protocol.Toolchain.Runtime.Tests.Support.Bytes;

namespace Protocol.Toolchain.Runtime.Tests.Native;

/// <summary>CryptoLib.recoverSecp256K1 (vectors of neo UT_Crypto.TestECRecover and TestERC2098).</summary>
public class CryptoLibRecoverTests
{
    /// <summary>G × 0x1234…1234, the EIP-2098 signer (computed independently, see the report).</summary>
    public const string Eip2098Key = "02e90c7d3640a1568839c31b70a893ab6714ef8415b9de90cedfc1c8f353a6983e";

    private static readonly BigInteger N = ECCurve.Secp256k1.N;

    // UT_Crypto.TestECRecover cases 1-3 (v = 1, 1, 0).
    [Theory]
    [InlineData("5ae8317d34d1e595e3fa7247db80c0af4320cce1116de187f8f7e2e099c0d8d0", "45c0b7f8c09a9e1f1cea0c25785594427b6bf8f9f878a8af0b1abbb48e16d0920d8becd0c220f67c51217eecfd7184ef0732481c843857e6bc7fc095c4f6b78801", "034a071e8a6e10aada2b8cf39fa3b5fb3400b04e99ea8ae64ceea1a977dbeaf5d5")]
    [InlineData("586052916fb6f746e1d417766cceffbe1baf95579bab67ad49addaaa6e798862", "4e0ea79d4a476276e4b067facdec7460d2c98c8a65326a6e5c998fd7c65061140e45aea5034af973410e65cf97651b3f2b976e3fc79c6a93065ed7cb69a2ab5a01", "02dbf1f4092deb3cfd4246b2011f7b24840bc5dbedae02f28471ce5b3bfbf06e71")]
    [InlineData("c36d0ecf4bfd178835c97aae7585f6a87de7dfa23cc927944f99a8d60feff68b", "f25b86e1d8a11d72475b3ed273b0781c7d7f6f9e1dae0dd5d3ee9b84f3fab89163d9c4e1391de077244583e9a6e3d8e8e1f236a3bf5963735353b93b1a3ba93500", "03414549fd05bfb7803ae507ff86b99becd36f8d66037a7f5ba612792841d42eb9")]
    public void Recovers_neo_vectors_and_normalises_v(string hash, string signature, string expected)
    {
        var sig = FromHex(signature);
        Assert.Equal(expected, ToHex(CryptoLibFunctions.RecoverSecp256K1(FromHex(hash), sig)!));
        sig[64] += 27; // Ethereum-style v gives the same key
        Assert.Equal(expected, ToHex(CryptoLibFunctions.RecoverSecp256K1(FromHex(hash), sig)!));
        // the key verifies the signature (OpenSSL oracle)
        var key = ECPoint.Parse(expected, ECCurve.Secp256k1);
        Assert.True(OpenSslVerifyHash(key, FromHex(hash), sig[..64]));
    }

    [Fact]
    public void Neo_invalid_cases_return_null()
    {
        var hash1 = FromHex("5ae8317d34d1e595e3fa7247db80c0af4320cce1116de187f8f7e2e099c0d8d0");
        var hash2 = FromHex("586052916fb6f746e1d417766cceffbe1baf95579bab67ad49addaaa6e798862");
        var sig1 = FromHex("45c0b7f8c09a9e1f1cea0c25785594427b6bf8f9f878a8af0b1abbb48e16d0920d8becd0c220f67c51217eecfd7184ef0732481c843857e6bc7fc095c4f6b78801");
        Assert.Null(CryptoLibFunctions.RecoverSecp256K1(hash1, new byte[65])); // r = 0
        var v29 = sig1.ToArray();
        v29[64] = 29; // recId 2: x = r + n ≥ p
        Assert.Null(CryptoLibFunctions.RecoverSecp256K1(hash1, v29));
        var wrongHash = CryptoLibFunctions.RecoverSecp256K1(hash2, sig1);
        Assert.NotNull(wrongHash);
        Assert.NotEqual("034a071e8a6e10aada2b8cf39fa3b5fb3400b04e99ea8ae64ceea1a977dbeaf5d5", ToHex(wrongHash!));
    }

    [Fact]
    public void Size_and_recovery_id_rules()
    {
        var hash = FromHex("5ae8317d34d1e595e3fa7247db80c0af4320cce1116de187f8f7e2e099c0d8d0");
        var sig = FromHex("45c0b7f8c09a9e1f1cea0c25785594427b6bf8f9f878a8af0b1abbb48e16d0920d8becd0c220f67c51217eecfd7184ef0732481c843857e6bc7fc095c4f6b78801");
        Assert.Null(CryptoLibFunctions.RecoverSecp256K1(hash[..31], sig));
        Assert.Null(CryptoLibFunctions.RecoverSecp256K1([.. hash, 0], sig));
        Assert.Null(CryptoLibFunctions.RecoverSecp256K1(hash, sig[..63]));
        Assert.Null(CryptoLibFunctions.RecoverSecp256K1(hash, [.. sig, 0]));
        Assert.Null(CryptoLibFunctions.RecoverSecp256K1([], []));
        foreach (var v in new byte[] { 4, 5, 26, 31, 255 })
        {
            var bad = sig.ToArray();
            bad[64] = v;
            Assert.Null(CryptoLibFunctions.RecoverSecp256K1(hash, bad));
        }
    }

    // UT_Crypto.TestERC2098: 65-byte (v = 27) and 64-byte compact forms of the EIP-2098 examples.
    [Fact]
    public void Eip2098_compact_and_full_forms()
    {
        var hash1 = Hashes.Keccak256(Encoding.UTF8.GetBytes("\u0019Ethereum Signed Message:\n11Hello World"));
        var r1s1 = "68a020a209d3d56c46f38cc50a33f704f4a9a10a59377f8dd762ac66910e9b907e865ad05c4035ab5792787d4a0297a43617ae897930a6fe4d822b8faea52064";
        Assert.Equal(Eip2098Key, ToHex(CryptoLibFunctions.RecoverSecp256K1(hash1, FromHex(r1s1 + "1b"))!));
        Assert.Equal(Eip2098Key, ToHex(CryptoLibFunctions.RecoverSecp256K1(hash1, FromHex(r1s1))!)); // yParity 0

        var hash2 = Hashes.Keccak256(Encoding.UTF8.GetBytes("\u0019Ethereum Signed Message:\n22It's a small(er) world"));
        var compact = "9328da16089fcba9bececa81663203989f2df5fe1faa6291a45381c81bd17f76939c6d6b623b42da56557e5e734a43dc83345ddfadec52cbe24d0cc64f550793";
        Assert.Equal(Eip2098Key, ToHex(CryptoLibFunctions.RecoverSecp256K1(hash2, FromHex(compact))!));
        var full = "9328da16089fcba9bececa81663203989f2df5fe1faa6291a45381c81bd17f76139c6d6b623b42da56557e5e734a43dc83345ddfadec52cbe24d0cc64f550793";
        Assert.Equal(Eip2098Key, ToHex(CryptoLibFunctions.RecoverSecp256K1(hash2, FromHex(full + "1c"))!));
    }

    [Fact]
    public void Arithmetic_edge_cases_follow_neo()
    {
        var hash = Hashes.Sha256("edge"u8);
        var e = new BigInteger(hash, isUnsigned: true, isBigEndian: true);
        var gx = Scalar(ECCurve.Secp256k1.Gx);
        // R = G (k = 1) with s = e: sR − eG is the point at infinity → null
        Assert.Null(CryptoLibFunctions.RecoverSecp256K1(hash, [.. gx, .. Scalar(e % N), 0]));
        // s = 0 is not rejected: Q = −e·r⁻¹·G
        var q = CryptoLibFunctions.RecoverSecp256K1(hash, [.. gx, .. new byte[32], 0]);
        var scalar = (N - e % N) * BigInteger.ModPow(ECCurve.Secp256k1.Gx, N - 2, N) % N;
        var k1 = Org.BouncyCastle.Asn1.Sec.SecNamedCurves.GetByName("secp256k1");
        var expected = k1.G.Multiply(new Org.BouncyCastle.Math.BigInteger(1, Scalar(scalar))).Normalize().GetEncoded(true);
        Assert.Equal(ToHex(expected), ToHex(q!));
        Assert.Equal(ToHex(expected), ToHex(CryptoLibFunctions.RecoverSecp256K1(hash, [.. gx, .. Scalar(N), 0])!)); // s = n ≡ 0
        // r = n is not invertible → null
        Assert.Null(CryptoLibFunctions.RecoverSecp256K1(hash, [.. Scalar(N), .. Scalar(5), 0]));
        // r = 5 is no X of the curve → null; r = 1 with recId 2 (x = 1 + n) is none either, r = 1 with recId 0 is
        Assert.Null(CryptoLibFunctions.RecoverSecp256K1(hash, [.. Scalar(5), .. Scalar(7), 0]));
        Assert.Null(CryptoLibFunctions.RecoverSecp256K1(hash, [.. Scalar(1), .. Scalar(7), 2]));
        Assert.NotNull(CryptoLibFunctions.RecoverSecp256K1(hash, [.. Scalar(1), .. Scalar(7), 0]));
    }

    // recId 2/3 (R.x = r + n, possible only for r < p − n): the recovered key verifies (r, s) under OpenSSL.
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(29)]
    [InlineData(30)]
    public void High_recovery_ids_use_r_plus_n(byte v)
    {
        var hash = Hashes.Sha256("recId"u8);
        byte[] rs = [.. Scalar(2), .. Scalar(12345)];
        var key = CryptoLibFunctions.RecoverSecp256K1(hash, [.. rs, v]);
        Assert.NotNull(key);
        Assert.True(OpenSslVerifyHash(ECPoint.Decode(key!, ECCurve.Secp256k1), hash, rs));
        Assert.NotEqual(ToHex(key!), ToHex(CryptoLibFunctions.RecoverSecp256K1(hash, [.. rs, (byte)(v - 2)])!));
    }

    private static byte[] Scalar(BigInteger value)
    {
        var bytes = value.ToByteArray(isUnsigned: true, isBigEndian: true);
        return [.. new byte[32 - bytes.Length], .. bytes];
    }
}
