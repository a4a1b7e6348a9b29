using System.Numerics;
using System.Text;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Native;
using static Protocol.Toolchain.Runtime.Tests.Native.CryptoLibTestKeys;
using static Protocol.Toolchain.Runtime.Tests.Support.Bytes;

namespace Protocol.Toolchain.Runtime.Tests.Native;

/// <summary>CryptoLib.verifyWithECDsa, Gorgon version (vectors of neo UT_CryptoLib and UT_Crypto).</summary>
public class CryptoLibEcdsaTests
{
    private static readonly byte[] HelloWorld = Encoding.UTF8.GetBytes("HelloWorld");

    // UT_CryptoLib.TestVerifyWithECDsa: all four curve/hash pairs, compressed and uncompressed keys.
    [Theory]
    [InlineData(NamedCurveHash.Secp256r1Sha256, false, false)]
    [InlineData(NamedCurveHash.Secp256r1Keccak256, false, true)]
    [InlineData(NamedCurveHash.Secp256k1Sha256, true, false)]
    [InlineData(NamedCurveHash.Secp256k1Keccak256, true, true)]
    public void Verifies_each_named_curve_hash(NamedCurveHash id, bool k1, bool keccak)
    {
        var curve = k1 ? ECCurve.Secp256k1 : ECCurve.Secp256r1;
        var pub = k1 ? PubK1 : PubR1;
        var signature = Sign(HelloWorld, k1 ? PrivK1 : PrivR1, k1, keccak);
        Assert.True(CryptoLibFunctions.VerifyWithECDsa(HelloWorld, Compressed(pub, curve), signature, id));
        Assert.True(CryptoLibFunctions.VerifyWithECDsa(HelloWorld, FromHex(pub), signature, id));
        Assert.False(CryptoLibFunctions.VerifyWithECDsa("HelloWorlD"u8.ToArray(), FromHex(pub), signature, id));
        var otherHash = (NamedCurveHash)(keccak ? (byte)id - 100 : (byte)id + 100); // same curve, other hash
        Assert.False(CryptoLibFunctions.VerifyWithECDsa(HelloWorld, FromHex(pub), signature, otherHash));
        signature[40] ^= 1;
        Assert.False(CryptoLibFunctions.VerifyWithECDsa(HelloWorld, FromHex(pub), signature, id));
    }

    // UT_CryptoLib CustomTxWitness Single/MultiSig: the published secp256k1 key pairs, Keccak256 witnesses.
    [Fact]
    public void Witness_key_pairs_verify_only_their_own_signatures()
    {
        var message = FromHex("4e454f33" + "2d46a712699bae19a634563d74d04cc2da497b841456da270dccb75ac2f7c4e7");
        for (var i = 0; i < WitnessKeysK1.Length; i++)
        {
            var signature = Sign(message, FromHex(WitnessKeysK1[i].Priv), k1: true, keccak: true);
            for (var j = 0; j < WitnessKeysK1.Length; j++)
            {
                var key = Compressed(WitnessKeysK1[j].Pub, ECCurve.Secp256k1);
                Assert.Equal(i == j, CryptoLibFunctions.VerifyWithECDsa(message, key, signature, NamedCurveHash.Secp256k1Keccak256));
            }
        }
    }

    // UT_Crypto.TestSecp256k1: the fixed "中文" signature.
    [Fact]
    public void Published_secp256k1_signature_verifies()
    {
        var signature = FromHex("b8cba1ff42304d74d083e87706058f59cdd4f755b995926d2cd80a734c5a3c37e4583bfd4339ac762c1c91eee3782660a6baf62cd29e407eccd3da3e9de55a02");
        var key = FromHex("03661b86d54eb3a8e7ea2399e0db36ab65753f95fff661da53ae0121278b881ad0");
        Assert.True(CryptoLibFunctions.VerifyWithECDsa("中文"u8.ToArray(), key, signature, NamedCurveHash.Secp256k1Sha256));
        Assert.False(CryptoLibFunctions.VerifyWithECDsa("中文"u8.ToArray(), key, signature, NamedCurveHash.Secp256k1Keccak256));
    }

    // UT_Crypto.TestERC2098: the EIP-2098 "It's a small(er) world" signature (low s) verifies with Keccak256.
    [Fact]
    public void Eip2098_signature_verifies_with_keccak()
    {
        var message = Encoding.UTF8.GetBytes("\u0019Ethereum Signed Message:\n22It's a small(er) world");
        var signature = FromHex("9328da16089fcba9bececa81663203989f2df5fe1faa6291a45381c81bd17f76139c6d6b623b42da56557e5e734a43dc83345ddfadec52cbe24d0cc64f550793");
        var key = FromHex(CryptoLibRecoverTests.Eip2098Key);
        Assert.True(CryptoLibFunctions.VerifyWithECDsa(message, key, signature, NamedCurveHash.Secp256k1Keccak256));
    }

    // UT_CryptoLib.TestVerifyWithECDsaInvalidParameters and UT_Crypto.TestVerifySignature.
    [Fact]
    public void Malformed_arguments_throw_as_in_neo()
    {
        var message = "hello world"u8.ToArray();
        var sign = Sign(message, PrivR1, k1: false, keccak: false);
        var r1 = NamedCurveHash.Secp256r1Sha256;
        var ex = Assert.Throws<NotSupportedException>(() => CryptoLibFunctions.VerifyWithECDsa(message, [], sign, (NamedCurveHash)99));
        Assert.Equal("Unsupported curve or hash algorithm: 99", ex.Message);
        Assert.Throws<FormatException>(() => CryptoLibFunctions.VerifyWithECDsa(message, [], sign, r1)); // neo: IndexOutOfRange
        Assert.Throws<FormatException>(() => CryptoLibFunctions.VerifyWithECDsa(message, [0x01], sign, r1));
        Assert.Throws<FormatException>(() => CryptoLibFunctions.VerifyWithECDsa(message, new byte[36], sign, r1));
        Assert.Throws<FormatException>(() => CryptoLibFunctions.VerifyWithECDsa(message, Compressed(PubR1, ECCurve.Secp256r1), [], r1));
        Assert.Throws<FormatException>(() => CryptoLibFunctions.VerifyWithECDsa(message, FromHex(PubR1), sign[..63], r1));
        Assert.Throws<FormatException>(() => CryptoLibFunctions.VerifyWithECDsa(message, FromHex(PubR1), [.. sign, 0], r1));
        // an r1 point is not on k1 (neo: ArgumentException from the key import)
        Assert.Throws<FormatException>(() => CryptoLibFunctions.VerifyWithECDsa(message, FromHex(PubR1), sign, NamedCurveHash.Secp256k1Sha256));
        // x with no point on the curve (neo: ArithmeticException), x ≥ p, an off-curve uncompressed point
        Assert.Throws<FormatException>(() => CryptoLibFunctions.VerifyWithECDsa(message, [0x03, .. Enumerable.Repeat<byte>(0x03, 32)], sign, NamedCurveHash.Secp256k1Sha256));
        Assert.Throws<FormatException>(() => CryptoLibFunctions.VerifyWithECDsa(message, [0x03, .. Enumerable.Repeat<byte>(0xff, 32)], sign, r1));
        Assert.Throws<FormatException>(() => CryptoLibFunctions.VerifyWithECDsa(message, FromHex("04" + new string('0', 63) + "1" + new string('0', 63) + "1"), sign, r1));
        Assert.True(CryptoLibFunctions.VerifyWithECDsa(message, Compressed(PubR1, ECCurve.Secp256r1), sign, r1));
        // 02‖00…00 is a valid secp256r1 point: a well-formed key that simply does not match
        Assert.False(CryptoLibFunctions.VerifyWithECDsa(message, new byte[33] { 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, sign, r1));
        // a null message is the empty message
        Assert.True(CryptoLibFunctions.VerifyWithECDsa(null!, FromHex(PubR1), Sign([], PrivR1, k1: false, keccak: false), r1));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Out_of_range_r_or_s_is_false_and_high_s_is_accepted(bool k1)
    {
        var curve = k1 ? ECCurve.Secp256k1 : ECCurve.Secp256r1;
        var id = k1 ? NamedCurveHash.Secp256k1Sha256 : NamedCurveHash.Secp256r1Sha256;
        var pub = FromHex(k1 ? PubK1 : PubR1);
        var key = ECPoint.Decode(pub, curve);
        var signature = Sign(HelloWorld, k1 ? PrivK1 : PrivR1, k1, keccak: false);
        var digest = Hashes.Sha256(HelloWorld);
        var s = new BigInteger(signature.AsSpan(32), isUnsigned: true, isBigEndian: true);
        byte[][] cases =
        [
            [.. signature[..32], .. Scalar(curve.N - s)], // high/low s twin: valid
            [.. new byte[32], .. signature[32..]],       // r = 0
            [.. signature[..32], .. new byte[32]],       // s = 0
            [.. signature[..32], .. Scalar(curve.N)],    // s = n
            [.. Scalar(curve.N), .. signature[32..]],    // r = n
        ];
        Assert.True(CryptoLibFunctions.VerifyWithECDsa(HelloWorld, pub, cases[0], id));
        foreach (var bad in cases[1..])
        {
            Assert.False(CryptoLibFunctions.VerifyWithECDsa(HelloWorld, pub, bad, id));
            Assert.False(OpenSslVerifyHash(key, digest, bad)); // what neo's .NET/OpenSSL path answers
        }
        Assert.True(OpenSslVerifyHash(key, digest, cases[0]));
    }

    private static byte[] Scalar(BigInteger value)
    {
        var bytes = value.ToByteArray(isUnsigned: true, isBigEndian: true);
        return bytes.Length > 32 ? bytes[^32..] : [.. new byte[32 - bytes.Length], .. bytes];
    }
}
