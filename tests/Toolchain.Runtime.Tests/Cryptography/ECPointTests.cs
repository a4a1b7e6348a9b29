using System.Numerics;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.IO;
using static Protocol.Toolchain.Runtime.Tests.Support.Bytes;

namespace Protocol.Toolchain.Runtime.Tests.Cryptography;

public class ECPointTests
{
    // Key pair of neo UT_CryptoLib.TestVerifyWithECDsa (secp256r1), uncompressed form.
    internal const string PubR1Uncompressed =
        "04cae768e1cf58d50260cab808da8d6d83d5d3ab91eac41cdce577ce5862d736413643bdecd6d21c3b66f122ab080f9219204b10aa8bbceb86c1896974768648f3";

    [Fact]
    public void Compressed_and_uncompressed_forms_agree()
    {
        var point = ECPoint.Parse(PubR1Uncompressed);
        var compressed = point.Encode(true);
        Assert.Equal(33, compressed.Length);
        Assert.Equal(0x03, compressed[0]); // y = ...f3 is odd
        Assert.Equal("03cae768e1cf58d50260cab808da8d6d83d5d3ab91eac41cdce577ce5862d73641", point.ToString());
        var decompressed = ECPoint.Decode(compressed);
        Assert.Equal(point, decompressed);
        Assert.Equal(PubR1Uncompressed, ToHex(decompressed.Encode(false)));
    }

    [Fact]
    public void Secp256k1_points_decode_on_their_curve()
    {
        // neo UT_Crypto.TestSecp256k1: the public key of 7177f0d0…51fe in uncompressed form.
        var point = ECPoint.Parse("04fd0a8c1ce5ae5570fdd46e7599c16b175bf0ebdfe9c178f1ab848fb16dac74a5d301b0534c7bcf1b3760881f0c420d17084907edd771e1c9c8e941bbf6ff9108", ECCurve.Secp256k1);
        Assert.Equal(point, ECPoint.Decode(point.Encode(true), ECCurve.Secp256k1));
        Assert.Throws<FormatException>(() => ECPoint.Decode(point.Encode(false), ECCurve.Secp256r1));
    }

    [Theory]
    [InlineData("")]
    [InlineData("00")]
    [InlineData("05cae768e1cf58d50260cab808da8d6d83d5d3ab91eac41cdce577ce5862d73641")] // unknown prefix
    [InlineData("03cae768e1cf58d50260cab808da8d6d83d5d3ab91eac41cdce577ce5862d736")] // 32 bytes
    [InlineData("03ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")] // x >= p (neo UT_Crypto)
    [InlineData("0400000000000000000000000000000000000000000000000000000000000000010000000000000000000000000000000000000000000000000000000000000001")] // (1,1) is off the curve
    public void Invalid_encodings_are_rejected(string hex) => Assert.Throws<FormatException>(() => ECPoint.Parse(hex));

    [Fact]
    public void X_without_a_square_root_is_rejected()
    {
        // Search a small x whose right-hand side is not a quadratic residue mod p.
        var curve = ECCurve.Secp256r1;
        for (var x = 1; x < 100; x++)
        {
            var rhs = BigInteger.ModPow(x, 3, curve.P) + curve.A * x + curve.B;
            rhs = ((rhs % curve.P) + curve.P) % curve.P;
            if (BigInteger.ModPow(rhs, (curve.P - 1) / 2, curve.P) == 1) continue;
            var encoded = new byte[33];
            encoded[0] = 0x02;
            encoded[32] = (byte)x;
            Assert.Throws<FormatException>(() => ECPoint.Decode(encoded));
            return;
        }
        Assert.Fail("no non-residue found");
    }

    [Fact]
    public void Ordering_is_X_then_Y()
    {
        var even = ECPoint.Parse("02cae768e1cf58d50260cab808da8d6d83d5d3ab91eac41cdce577ce5862d73641");
        var odd = ECPoint.Parse("03cae768e1cf58d50260cab808da8d6d83d5d3ab91eac41cdce577ce5862d73641");
        // Same X: the order follows Y, not the prefix byte.
        Assert.Equal(even.Y.CompareTo(odd.Y), even.CompareTo(odd));
        var small = ECPoint.Parse("024c7b7fb6c310fccf1ba33b082519d82964ea93868d676662d4a59ad548df0e7d");
        var large = ECPoint.Parse("03b209fd4f53a7170ea4444e0cb0a6bb6a53c2bd016926989cf85f9b0fba17a70c");
        Assert.True(small.CompareTo(large) < 0);
        Assert.True(large.CompareTo(small) > 0);
        Assert.Equal(0, large.CompareTo(ECPoint.Parse(large.ToString())));
    }

    [Fact]
    public void Serialization_reads_size_from_prefix()
    {
        var reader = new NeoBinaryReader(FromHex(PubR1Uncompressed + "03cae768e1cf58d50260cab808da8d6d83d5d3ab91eac41cdce577ce5862d73641"));
        var first = ECPoint.Deserialize(reader);
        var second = ECPoint.Deserialize(reader);
        Assert.True(reader.IsAtEnd);
        Assert.Equal(first, second);
        Assert.Equal(33, NeoBinaryWriter.Serialize(first).Length);
        Assert.Throws<FormatException>(() => ECPoint.Deserialize(new NeoBinaryReader(FromHex("01"))));
    }
}
