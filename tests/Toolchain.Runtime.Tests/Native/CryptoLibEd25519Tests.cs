using System.Numerics;
using System.Text;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Native;
using static Protocol.Toolchain.Runtime.Tests.Support.Bytes;

namespace Protocol.Toolchain.Runtime.Tests.Native;

/// <summary>CryptoLib.verifyWithEd25519 (neo UT_CryptoLib.TestVerifyWithEd25519*, RFC 8032 §7.1 vectors 1-3).</summary>
public class CryptoLibEd25519Tests
{
    private const string Pub1 = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
    private const string Sig1 = "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b";

    [Theory]
    [InlineData(Pub1, "", Sig1)]
    [InlineData("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c", "72", "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00")]
    [InlineData("fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025", "af82", "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a")]
    public void Rfc8032_vectors_verify(string pub, string message, string signature)
    {
        Assert.True(Ed25519PublicKeyCheck.IsValid(FromHex(pub)));
        Assert.True(CryptoLibFunctions.VerifyWithEd25519(FromHex(message), FromHex(pub), FromHex(signature)));
        Assert.True(CryptoLibFunctions.VerifyWithEd25519PreGorgon(FromHex(message), FromHex(pub), FromHex(signature)));
    }

    // UT_CryptoLib.TestVerifyWithEd25519: other message / flipped signature bit → false; flipped key bit → FAULT.
    [Fact]
    public void Neo_negative_cases()
    {
        var pub = FromHex(Pub1);
        var sig = FromHex(Sig1);
        Assert.False(CryptoLibFunctions.VerifyWithEd25519(Encoding.UTF8.GetBytes("Different message"), pub, sig));
        var badSig = sig.ToArray();
        badSig[0] ^= 0x01;
        Assert.False(CryptoLibFunctions.VerifyWithEd25519([], pub, badSig));
        var badPub = pub.ToArray();
        badPub[0] ^= 0x01;
        Assert.False(Ed25519PublicKeyCheck.IsValid(badPub));
        var ex = Assert.Throws<ArgumentException>(() => CryptoLibFunctions.VerifyWithEd25519([], badPub, sig));
        Assert.StartsWith("invalid public key", ex.Message);
        Assert.False(CryptoLibFunctions.VerifyWithEd25519PreGorgon([], badPub, sig));
    }

    // UT_CryptoLib.TestVerifyWithEd25519InvalidParameters / _PreGorgon_InvalidLengthReturnsFalse.
    [Fact]
    public void Sizes_throw_at_gorgon_and_are_false_before()
    {
        var pub = FromHex(Pub1);
        var sig = FromHex(Sig1);
        Assert.Equal("Public key size should be 32", Assert.Throws<FormatException>(() => CryptoLibFunctions.VerifyWithEd25519([], [], sig)).Message);
        Assert.Equal("Signature size should be 64", Assert.Throws<FormatException>(() => CryptoLibFunctions.VerifyWithEd25519([], pub, [])).Message);
        Assert.Throws<FormatException>(() => CryptoLibFunctions.VerifyWithEd25519([], pub[..31], sig));
        Assert.Throws<FormatException>(() => CryptoLibFunctions.VerifyWithEd25519([], pub, sig[..^1]));
        Assert.Throws<FormatException>(() => CryptoLibFunctions.VerifyWithEd25519([], [], [])); // signature checked first
        Assert.False(CryptoLibFunctions.VerifyWithEd25519PreGorgon([], pub, sig[..^1]));
        Assert.False(CryptoLibFunctions.VerifyWithEd25519PreGorgon([], [.. pub, 0], sig));
    }

    // Keys BouncyCastle 2.x (neo) refuses: small-order y (identity, order 2, 4, 8) and non-canonical y ≥ p − 1.
    [Theory]
    [InlineData("0100000000000000000000000000000000000000000000000000000000000000")] // identity
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000")] // order 4, x = sqrt(-1)
    [InlineData("0000000000000000000000000000000000000000000000000000000000000080")]
    [InlineData("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f")] // y = p - 1, order 2
    [InlineData("edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f")] // y = p
    [InlineData("eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f")] // y = p + 1 (≡ 1)
    [InlineData("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a")] // order 8
    [InlineData("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa")]
    [InlineData("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05")] // order 8
    [InlineData("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85")]
    public void Small_order_and_non_canonical_keys_fault(string pub)
    {
        Assert.False(Ed25519PublicKeyCheck.IsValid(FromHex(pub)));
        Assert.Throws<ArgumentException>(() => CryptoLibFunctions.VerifyWithEd25519([], FromHex(pub), FromHex(Sig1)));
        Assert.False(CryptoLibFunctions.VerifyWithEd25519PreGorgon([], FromHex(pub), FromHex(Sig1)));
    }

    [Fact]
    public void Other_keys_are_valid_exactly_when_on_the_curve()
    {
        // x² = (y² − 1)/(d·y² + 1) must be a square (Euler criterion computed here independently).
        var p = BigInteger.Pow(2, 255) - 19;
        var d = (p - 121665) * BigInteger.ModPow(121666, p - 2, p) % p;
        foreach (var y in new BigInteger[] { 2, 3, 4, 5 })
        {
            var w = (y * y - 1) * BigInteger.ModPow((d * y * y + 1) % p, p - 2, p) % p;
            var isSquare = w.IsZero || BigInteger.ModPow(w, (p - 1) / 2, p).IsOne;
            var key = y.ToByteArray(isUnsigned: true).Concat(new byte[31]).Take(32).ToArray();
            Assert.Equal(isSquare, Ed25519PublicKeyCheck.IsValid(key));
        }
        Assert.False(Ed25519PublicKeyCheck.IsValid(new byte[31]));
    }

    [Fact]
    public void Non_canonical_s_or_r_is_false_not_a_fault()
    {
        var pub = FromHex(Pub1);
        var sig = FromHex(Sig1);
        var l = BigInteger.Pow(2, 252) + BigInteger.Parse("27742317777372353535851937790883648493");
        var s = new BigInteger(sig.AsSpan(32), isUnsigned: true);
        var sPlusL = (s + l).ToByteArray(isUnsigned: true).Concat(new byte[32]).Take(32).ToArray();
        Assert.False(CryptoLibFunctions.VerifyWithEd25519([], pub, [.. sig[..32], .. sPlusL]));
        var rIsP = FromHex("edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f");
        Assert.False(CryptoLibFunctions.VerifyWithEd25519([], pub, [.. rIsP, .. sig[32..]]));
    }
}
