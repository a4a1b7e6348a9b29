using Protocol.Toolchain.Runtime.Cryptography;

namespace Protocol.Toolchain.Runtime.Tests.Cryptography;

/// <summary>Vectors of neo tests/Neo.UnitTests/Cryptography/UT_Murmur32.cs (seed 10).</summary>
public class Murmur32Tests
{
    [Fact]
    public void Neo_vectors()
    {
        Assert.Equal(378574820u, Murmur32.Hash([1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1], 10u));
        Assert.Equal(60539726u, Murmur32.Hash("hello worldhello world"u8, 10u));
        Assert.Equal(972873329u, Murmur32.Hash("he"u8, 10u));
    }

    [Fact]
    public void Bytes_are_little_endian()
    {
        var bytes = Murmur32.HashBytes([1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1], 10u);
        Assert.Equal(378574820u, BitConverter.ToUInt32(bytes));
    }

    [Fact]
    public void Empty_input_with_seed_zero_is_zero() => Assert.Equal(0u, Murmur32.Hash([], 0));
}
