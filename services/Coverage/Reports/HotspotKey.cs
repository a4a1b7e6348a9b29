using System.Runtime.InteropServices;
using Protocol.Toolchain.Runtime.Cryptography;

namespace Protocol.Services.Coverage.Reports;

/// <summary>
/// A hotspot's public key: the 33-byte compressed secp256r1 point (0x02/0x03 ‖ X big-endian), the same keys as Neo
/// accounts. Compared and hashed by its bytes, so it can key dictionaries; ordered bytewise (unsigned, ascending), the
/// order tie-breaks use. Construction checks the length and prefix only; <see cref="ToPoint"/> checks the curve.
/// </summary>
public readonly struct HotspotKey : IEquatable<HotspotKey>, IComparable<HotspotKey>
{
    public const int Length = 33;

    private readonly byte[]? _bytes;

    public HotspotKey(ReadOnlySpan<byte> compressed)
    {
        if (compressed.Length != Length)
            throw new FormatException($"A hotspot key takes {Length} bytes (compressed secp256r1), got {compressed.Length}.");
        if (compressed[0] is not (0x02 or 0x03))
            throw new FormatException($"A hotspot key starts with 0x02 or 0x03, got 0x{compressed[0]:x2}.");
        _bytes = compressed.ToArray();
    }

    /// <summary>The key of a secp256r1 point.</summary>
    public static HotspotKey From(ECPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        if (!ReferenceEquals(point.Curve, ECCurve.Secp256r1))
            throw new ArgumentException("Hotspot keys are secp256r1 points.", nameof(point));
        return new HotspotKey(point.Encode(compressed: true));
    }

    /// <summary>Parses 66 hex digits.</summary>
    public static HotspotKey Parse(string hex) => new(Convert.FromHexString(hex));

    /// <summary>The 33 bytes (empty for <c>default</c>).</summary>
    public ReadOnlySpan<byte> Span => _bytes;

    public bool IsDefault => _bytes is null;

    /// <summary>Decodes the point (throws <see cref="FormatException"/> when X has no point on secp256r1).</summary>
    public ECPoint ToPoint() => ECPoint.Decode(Span, ECCurve.Secp256r1);

    public byte[] ToArray() => Span.ToArray();

    public bool Equals(HotspotKey other) => Span.SequenceEqual(other.Span);

    public override bool Equals(object? obj) => obj is HotspotKey other && Equals(other);

    public override int GetHashCode()
    {
        if (_bytes is null) return 0;
        // X is uniformly distributed: 8 of its bytes make a good hash, and cost nothing.
        return HashCode.Combine(MemoryMarshal.Read<long>(_bytes.AsSpan(1, 8)), _bytes[0]);
    }

    public int CompareTo(HotspotKey other) => Span.SequenceCompareTo(other.Span);

    public override string ToString() => _bytes is null ? "" : Convert.ToHexString(_bytes).ToLowerInvariant();

    public static bool operator ==(HotspotKey left, HotspotKey right) => left.Equals(right);

    public static bool operator !=(HotspotKey left, HotspotKey right) => !left.Equals(right);
}
