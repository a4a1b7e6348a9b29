using Protocol.Toolchain.Runtime.Cryptography;
using static Protocol.Toolchain.Runtime.Tests.Support.Bytes;

namespace Protocol.Toolchain.Runtime.Tests.Cryptography;

public class EcdsaTests
{
    // neo UT_CryptoLib.TestVerifyWithECDsa: privR1 and its public key pubR1.
    private static readonly byte[] PrivR1 = FromHex("6e63fda41e9e3aba9bb5696d58a75731f044a9bdc48fe546da571543b2fa460e");

    [Fact]
    public void Key_pair_derives_the_published_public_key()
    {
        var key = new KeyPair(PrivR1);
        Assert.Equal(ECPointTests.PubR1Uncompressed, ToHex(key.PublicKey.Encode(false)));
    }

    [Fact]
    public void Secp256r1_sign_and_verify()
    {
        var key = new KeyPair(PrivR1);
        var message = "HelloWorld"u8.ToArray();
        var signature = key.Sign(message);
        Assert.Equal(64, signature.Length);
        Assert.True(Ecdsa.Verify(message, signature, key.PublicKey));
        Assert.False(Ecdsa.Verify("HelloWorlD"u8, signature, key.PublicKey));
        signature[10] ^= 1;
        Assert.False(Ecdsa.Verify(message, signature, key.PublicKey));
    }

    [Fact]
    public void Secp256r1_keccak_verification()
    {
        var key = new KeyPair(PrivR1);
        var message = "HelloWorld"u8.ToArray();
        using var ecdsa = System.Security.Cryptography.ECDsa.Create(new System.Security.Cryptography.ECParameters
        {
            Curve = System.Security.Cryptography.ECCurve.NamedCurves.nistP256,
            D = PrivR1,
        });
        var signature = ecdsa.SignHash(Hashes.Keccak256(message));
        Assert.True(Ecdsa.Verify(message, signature, key.PublicKey, EcdsaHash.Keccak256));
        Assert.False(Ecdsa.Verify(message, signature, key.PublicKey, EcdsaHash.Sha256));
    }

    [Fact]
    public void Signature_of_wrong_length_is_a_format_error()
    {
        var key = new KeyPair(PrivR1);
        Assert.Throws<FormatException>(() => Ecdsa.Verify("x"u8, new byte[63], key.PublicKey));
        Assert.Throws<ArgumentException>(() => new KeyPair(new byte[31]));
        Assert.Throws<ArgumentException>(() => new KeyPair(new byte[32]));
    }

    [Fact]
    public void Secp256k1_published_vector_verifies()
    {
        // neo UT_Crypto.TestSecp256k1: message "中文", fixed signature and compressed key.
        var message = "中文"u8.ToArray();
        var signature = FromHex("b8cba1ff42304d74d083e87706058f59cdd4f755b995926d2cd80a734c5a3c37e4583bfd4339ac762c1c91eee3782660a6baf62cd29e407eccd3da3e9de55a02");
        var key = ECPoint.Parse("03661b86d54eb3a8e7ea2399e0db36ab65753f95fff661da53ae0121278b881ad0", ECCurve.Secp256k1);
        Assert.True(Ecdsa.Verify(message, signature, key));
        signature[0] ^= 1;
        Assert.False(Ecdsa.Verify(message, signature, key));
        Assert.False(Ecdsa.Verify("中"u8, FromHex("b8cba1ff42304d74d083e87706058f59cdd4f755b995926d2cd80a734c5a3c37e4583bfd4339ac762c1c91eee3782660a6baf62cd29e407eccd3da3e9de55a02"), key));
    }

    // RFC 8032 §7.1 test vectors 1-3 (also neo UT_Ed25519).
    [Theory]
    [InlineData("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "", "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b")]
    [InlineData("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c", "72", "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00")]
    [InlineData("fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025", "af82", "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a")]
    public void Ed25519_rfc8032_vectors(string publicKey, string message, string signature)
    {
        Assert.True(Ed25519.Verify(FromHex(publicKey), FromHex(message), FromHex(signature)));
        var tampered = FromHex(signature);
        tampered[5] ^= 0x40;
        Assert.False(Ed25519.Verify(FromHex(publicKey), FromHex(message), tampered));
    }

    [Fact]
    public void Ed25519_rejects_bad_sizes()
    {
        Assert.Throws<ArgumentException>(() => Ed25519.Verify(new byte[32], [], new byte[63]));
        Assert.Throws<ArgumentException>(() => Ed25519.Verify(new byte[31], [], new byte[64]));
    }
}
