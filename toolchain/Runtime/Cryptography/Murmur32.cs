using System.Buffers.Binary;
using System.Numerics;

namespace Protocol.Toolchain.Runtime.Cryptography;

/// <summary>MurmurHash3 x86 32-bit, as CryptoLib.murmur32 (which returns the hash as 4 little-endian bytes).</summary>
public static class Murmur32
{
    private const uint C1 = 0xcc9e2d51;
    private const uint C2 = 0x1b873593;

    public static uint Hash(ReadOnlySpan<byte> data, uint seed)
    {
        var h = seed;
        var blocks = data.Length / 4;
        for (var i = 0; i < blocks; i++)
        {
            var k = BinaryPrimitives.ReadUInt32LittleEndian(data.Slice(i * 4, 4));
            h ^= Scramble(k);
            h = BitOperations.RotateLeft(h, 13);
            h = unchecked(h * 5 + 0xe6546b64);
        }

        var tail = data[(blocks * 4)..];
        uint rest = 0;
        switch (tail.Length)
        {
            case 3:
                rest ^= (uint)tail[2] << 16;
                goto case 2;
            case 2:
                rest ^= (uint)tail[1] << 8;
                goto case 1;
            case 1:
                rest ^= tail[0];
                h ^= Scramble(rest);
                break;
        }

        h ^= (uint)data.Length;
        h ^= h >> 16;
        h = unchecked(h * 0x85ebca6b);
        h ^= h >> 13;
        h = unchecked(h * 0xc2b2ae35);
        h ^= h >> 16;
        return h;
    }

    /// <summary>The hash as 4 little-endian bytes.</summary>
    public static byte[] HashBytes(ReadOnlySpan<byte> data, uint seed)
    {
        var result = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(result, Hash(data, seed));
        return result;
    }

    private static uint Scramble(uint k)
    {
        k = unchecked(k * C1);
        k = BitOperations.RotateLeft(k, 15);
        return unchecked(k * C2);
    }
}
