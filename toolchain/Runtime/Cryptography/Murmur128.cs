using System.Buffers.Binary;
using System.Numerics;

namespace Protocol.Toolchain.Runtime.Cryptography;

/// <summary>
/// MurmurHash3 x64 128-bit as neo's Murmur128 (used by System.Runtime.GetRandom): h1 and h2 start at the
/// seed, and the 16-byte result is h1 then h2, each little-endian.
/// </summary>
public static class Murmur128
{
    private const ulong C1 = 0x87c37b91114253d5;
    private const ulong C2 = 0x4cf5ad432745937f;

    public const int HashSize = 16;

    /// <summary>The 16-byte hash of <paramref name="data"/> with <paramref name="seed"/>.</summary>
    public static byte[] Hash(ReadOnlySpan<byte> data, uint seed)
    {
        ulong h1 = seed, h2 = seed;
        var rest = data;
        for (; rest.Length >= 16; rest = rest[16..])
        {
            var k1 = BinaryPrimitives.ReadUInt64LittleEndian(rest);
            var k2 = BinaryPrimitives.ReadUInt64LittleEndian(rest[8..]);
            h1 ^= MixK1(k1);
            h1 = unchecked(BitOperations.RotateLeft(h1, 27) + h2);
            h1 = unchecked(h1 * 5 + 0x52dce729);
            h2 ^= MixK2(k2);
            h2 = unchecked(BitOperations.RotateLeft(h2, 31) + h1);
            h2 = unchecked(h2 * 5 + 0x38495ab5);
        }

        if (rest.Length > 0)
        {
            Span<byte> tail = stackalloc byte[16];
            tail.Clear();
            rest.CopyTo(tail);
            // A zero k2 mixes to zero, so mixing both halves equals the reference's length-dependent tail.
            h2 ^= MixK2(BinaryPrimitives.ReadUInt64LittleEndian(tail[8..]));
            h1 ^= MixK1(BinaryPrimitives.ReadUInt64LittleEndian(tail));
        }

        h1 ^= (ulong)data.Length;
        h2 ^= (ulong)data.Length;
        h1 = unchecked(h1 + h2);
        h2 = unchecked(h2 + h1);
        h1 = FMix(h1);
        h2 = FMix(h2);
        h1 = unchecked(h1 + h2);
        h2 = unchecked(h2 + h1);

        var result = new byte[HashSize];
        BinaryPrimitives.WriteUInt64LittleEndian(result, h1);
        BinaryPrimitives.WriteUInt64LittleEndian(result.AsSpan(8), h2);
        return result;
    }

    private static ulong MixK1(ulong k) => unchecked(BitOperations.RotateLeft(k * C1, 31) * C2);

    private static ulong MixK2(ulong k) => unchecked(BitOperations.RotateLeft(k * C2, 33) * C1);

    private static ulong FMix(ulong h)
    {
        h = unchecked((h ^ (h >> 33)) * 0xff51afd7ed558ccd);
        h = unchecked((h ^ (h >> 33)) * 0xc4ceb9fe1a85ec53);
        return h ^ (h >> 33);
    }
}
