using System.Text;
using Protocol.Toolchain.Runtime.Cryptography;

namespace Protocol.Toolchain.Runtime.Tests.Cryptography;

/// <summary>Murmur128 against neo's UT_Murmur128 vectors (seed 123, output h1 ‖ h2 little-endian).</summary>
public class Murmur128Tests
{
    [Theory]
    [InlineData("hello", "0bc59d0ad25fde2982ed65af61227a0e")]
    [InlineData("world", "3d3810fed480472bd214a14023bb407f")]
    [InlineData("hello world", "e0a0632d4f51302c55e3b3e48d28795d")]
    [InlineData("hello worldhello world", "76f870485d4e69f8302d4b3fad28fd39")]
    public void Neo_text_vectors(string text, string expected) =>
        Assert.Equal(expected, Convert.ToHexStringLower(Murmur128.Hash(Encoding.ASCII.GetBytes(text), 123u)));

    [Fact]
    public void Neo_binary_vector_of_exactly_one_block() =>
        Assert.Equal("9b4aa747ff0cf4e41b3d96251551c8ae",
            Convert.ToHexStringLower(Murmur128.Hash(Convert.FromHexString("718f952132679baa9c5c2aa0d329fd2a"), 123u)));

    [Fact]
    public void The_empty_input_with_seed_zero_is_all_zeros() =>
        Assert.Equal(new byte[16], Murmur128.Hash([], 0));
}
