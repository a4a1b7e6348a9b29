using System.Text;
using Protocol.Toolchain.Runtime.Cryptography;
using static Protocol.Toolchain.Runtime.Tests.Support.Bytes;

namespace Protocol.Toolchain.Runtime.Tests.Cryptography;

public class HashesTests
{
    [Fact]
    public void Sha256_and_Ripemd160_standard_vectors()
    {
        // FIPS 180-2 and the RIPEMD-160 reference "abc" vectors.
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ToHex(Hashes.Sha256("abc"u8)));
        Assert.Equal("8eb208f7e05d987a9b044a8e98c6b087f15a0bfc", ToHex(Hashes.Ripemd160("abc"u8)));
        Assert.Equal("9c1185a5c5e9fc54612808977ee8f548b2258d31", ToHex(Hashes.Ripemd160(""u8)));
    }

    [Fact]
    public void Hash160_and_Hash256_compose_the_primitives()
    {
        var data = "neo"u8.ToArray();
        Assert.Equal(Hashes.Ripemd160(Hashes.Sha256(data)), Hashes.Hash160(data));
        Assert.Equal(Hashes.Sha256(Hashes.Sha256(data)), Hashes.Hash256(data));
    }

    // Vectors of neo tests/Neo.UnitTests/SmartContract/Native/UT_CryptoLib.cs (TestKeccak256_*).
    [Theory]
    [InlineData("Hello, World!", "acaf3289d7b601cbd114fb36c4d29c85bbfd5e133f14cb355c3fd8d99367964f")]
    [InlineData("Keccak", "868c016b666c7d3698636ee1bd023f3f065621514ab61bf26f062c175fdbe7f2")]
    [InlineData("Cryptography", "53d49d225dd2cfe77d8c5e2112bcc9efe77bea1c7aa5e5ede5798a36e99e2d29")]
    [InlineData("Testing123", "3f82db7b16b0818a1c6b2c6152e265f682d5ebcf497c9aad776ad38bc39cb6ca")]
    [InlineData("This is a longer string for Keccak256 testing purposes.", "24115e5c2359f85f6840b42acd2f7ea47bc239583e576d766fa173bf711bdd2f")]
    [InlineData("", "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470")]
    public void Keccak256_matches_neo_vectors(string input, string expected) =>
        Assert.Equal(expected, ToHex(Hashes.Keccak256(Encoding.UTF8.GetBytes(input))));
}
