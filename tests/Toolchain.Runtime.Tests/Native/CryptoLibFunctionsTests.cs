using System.Numerics;
using System.Text;
using Protocol.Toolchain.Runtime.Native;
using static Protocol.Toolchain.Runtime.Tests.Support.Bytes;

namespace Protocol.Toolchain.Runtime.Tests.Native;

/// <summary>CryptoLib hashes, the method table and the BLS12-381 refusal.</summary>
public class CryptoLibFunctionsTests
{
    // neo UT_Cryptography_Helper.TestSha256
    [Fact]
    public void Sha256_vector() =>
        Assert.Equal("b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9", ToHex(CryptoLibFunctions.Sha256("hello world"u8.ToArray())));

    // neo UT_Cryptography_Helper.TestRIPEMD160
    [Fact]
    public void Ripemd160_vector() =>
        Assert.Equal("98c615784ccb5fe5936fbc0cbe9dfdb408d92f0f", ToHex(CryptoLibFunctions.Ripemd160("hello world"u8.ToArray())));

    // neo UT_CryptoLib.TestKeccak256_* and UT_Cryptography_Helper.TestKeccak256
    [Theory]
    [InlineData("Hello, World!", "acaf3289d7b601cbd114fb36c4d29c85bbfd5e133f14cb355c3fd8d99367964f")]
    [InlineData("Keccak", "868c016b666c7d3698636ee1bd023f3f065621514ab61bf26f062c175fdbe7f2")]
    [InlineData("Cryptography", "53d49d225dd2cfe77d8c5e2112bcc9efe77bea1c7aa5e5ede5798a36e99e2d29")]
    [InlineData("Testing123", "3f82db7b16b0818a1c6b2c6152e265f682d5ebcf497c9aad776ad38bc39cb6ca")]
    [InlineData("This is a longer string for Keccak256 testing purposes.", "24115e5c2359f85f6840b42acd2f7ea47bc239583e576d766fa173bf711bdd2f")]
    [InlineData("", "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470")]
    [InlineData("Hello, world!", "b6e16d27ac5ab427a7f68900ac5559ce272dc6c37c82b3e052246c82244c50e4")]
    public void Keccak256_vectors(string input, string expected) =>
        Assert.Equal(expected, ToHex(CryptoLibFunctions.Keccak256(Encoding.UTF8.GetBytes(input))));

    // neo UT_Murmur32 (seed 10): 378574820, 60539726, 972873329, returned as little-endian bytes.
    [Theory]
    [InlineData("0102030405060708090001", 10u, "e4979016")]
    [InlineData("68656c6c6f20776f726c6468656c6c6f20776f726c64", 10u, "4ec39b03")]
    [InlineData("6865", 10u, "71defc39")]
    [InlineData("", 0u, "00000000")]
    public void Murmur32_vectors_little_endian(string data, uint seed, string expected) =>
        Assert.Equal(expected, ToHex(CryptoLibFunctions.Murmur32(FromHex(data), seed)));

    [Fact]
    public void Murmur32_seed_changes_the_hash()
    {
        var data = "hello worldhello world"u8.ToArray();
        Assert.NotEqual(ToHex(CryptoLibFunctions.Murmur32(data, 0)), ToHex(CryptoLibFunctions.Murmur32(data, 10)));
        Assert.Equal(4, CryptoLibFunctions.Murmur32(data, uint.MaxValue).Length);
    }

    [Fact]
    public void Method_table_matches_neo_order_and_fees()
    {
        var names = CryptoLibFunctions.Methods.Select(m => m.Name).ToArray();
        Assert.Equal(names.OrderBy(n => n, StringComparer.Ordinal), names);
        Assert.Equal(13, names.Length);
        var fee = CryptoLibFunctions.Methods.ToDictionary(m => m.Name, m => m.CpuFee);
        Assert.Equal(1L << 13, fee["murmur32"]);
        Assert.Equal(1L << 15, fee["recoverSecp256K1"]);
        Assert.Equal(1L << 23, fee["bls12381Pairing"]);
        Assert.Equal(1L << 5, fee["bls12381Equal"]);
        Assert.Equal(4, CryptoLibFunctions.Methods.Single(m => m.Name == "verifyWithECDsa").ParameterCount);
    }

    [Fact]
    public void Bls12381_methods_are_refused_with_the_documented_reason()
    {
        Assert.Equal(
            ["bls12381Add", "bls12381Deserialize", "bls12381Equal", "bls12381Mul", "bls12381Pairing", "bls12381Serialize"],
            CryptoLibFunctions.Bls12381MethodNames);
        Assert.True(CryptoLibFunctions.IsBls12381Method("bls12381Pairing"));
        Assert.False(CryptoLibFunctions.IsBls12381Method("sha256"));
        Action[] calls =
        [
            () => CryptoLibFunctions.Bls12381Serialize(null),
            () => CryptoLibFunctions.Bls12381Deserialize(new byte[48]),
            () => CryptoLibFunctions.Bls12381Equal(null, null),
            () => CryptoLibFunctions.Bls12381Add(null, null),
            () => CryptoLibFunctions.Bls12381Mul(null, new byte[32], false),
            () => CryptoLibFunctions.Bls12381Pairing(null, null),
        ];
        foreach (var call in calls)
        {
            var ex = Assert.Throws<NotSupportedException>(call);
            Assert.StartsWith("BLS12-381 is not supported by this toolchain", ex.Message);
        }
        Assert.Contains("CryptoLib.bls12381Mul", CryptoLibFunctions.Bls12381NotSupported("bls12381Mul").Message);
    }

    [Fact]
    public void Curve_hash_argument_converts_like_neo()
    {
        Assert.Equal(NamedCurveHash.Secp256k1Keccak256, CryptoLibFunctions.ToNamedCurveHash(122));
        Assert.Equal((NamedCurveHash)99, CryptoLibFunctions.ToNamedCurveHash(99));
        Assert.Throws<OverflowException>(() => CryptoLibFunctions.ToNamedCurveHash(256));
        Assert.Throws<OverflowException>(() => CryptoLibFunctions.ToNamedCurveHash(BigInteger.MinusOne));
    }
}
