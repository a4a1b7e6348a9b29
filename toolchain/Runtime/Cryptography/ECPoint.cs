using System.Numerics;
using Protocol.Toolchain.Runtime.IO;

namespace Protocol.Toolchain.Runtime.Cryptography;

/// <summary>
/// A public key: a point on secp256r1 (default) or secp256k1. The binary and text forms are the 33-byte compressed
/// encoding; decoding accepts compressed (02/03) and uncompressed (04) forms and rejects points off the curve.
/// Ordering is by X, then Y, the order Neo sorts multisig keys in.
/// </summary>
public sealed class ECPoint : IComparable<ECPoint>, IEquatable<ECPoint>, INeoSerializable
{
    private readonly byte[] _compressed;

    private ECPoint(ECCurve curve, BigInteger x, BigInteger y)
    {
        Curve = curve;
        X = x;
        Y = y;
        _compressed = new byte[33];
        _compressed[0] = y.IsEven ? (byte)0x02 : (byte)0x03;
        WriteCoordinate(x, _compressed.AsSpan(1, 32));
    }

    public ECCurve Curve { get; }

    public BigInteger X { get; }

    public BigInteger Y { get; }

    public int Size => 33;

    /// <summary>Builds a point from affine coordinates, checking that it lies on the curve.</summary>
    public static ECPoint FromCoordinates(BigInteger x, BigInteger y, ECCurve curve)
    {
        if (!curve.IsOnCurve(x, y))
            throw new FormatException($"The point is not on {curve.Name}.");
        return new ECPoint(curve, x, y);
    }

    /// <summary>Decodes a 33-byte compressed or 65-byte uncompressed point.</summary>
    public static ECPoint Decode(ReadOnlySpan<byte> encoded, ECCurve? curve = null)
    {
        curve ??= ECCurve.Secp256r1;
        if (encoded.Length == 0) throw new FormatException("Empty ECPoint encoding.");
        switch (encoded[0])
        {
            case 0x02:
            case 0x03:
                {
                    if (encoded.Length != 33)
                        throw new FormatException($"A compressed ECPoint takes 33 bytes, got {encoded.Length}.");
                    var x = new BigInteger(encoded[1..], isUnsigned: true, isBigEndian: true);
                    var y = curve.DecompressY(x, encoded[0] == 0x03)
                        ?? throw new FormatException($"The compressed ECPoint has no point on {curve.Name}.");
                    return new ECPoint(curve, x, y);
                }
            case 0x04:
                {
                    if (encoded.Length != 65)
                        throw new FormatException($"An uncompressed ECPoint takes 65 bytes, got {encoded.Length}.");
                    var x = new BigInteger(encoded[1..33], isUnsigned: true, isBigEndian: true);
                    var y = new BigInteger(encoded[33..], isUnsigned: true, isBigEndian: true);
                    return FromCoordinates(x, y, curve);
                }
            default:
                throw new FormatException($"Invalid ECPoint prefix 0x{encoded[0]:x2}; expected 02, 03 or 04.");
        }
    }

    /// <summary>Decodes the hex of a compressed or uncompressed point.</summary>
    public static ECPoint Parse(string hex, ECCurve? curve = null) => Decode(Hex.Decode(hex), curve);

    /// <summary>Reads a point whose size follows from its prefix byte (33 or 65 bytes).</summary>
    public static ECPoint Deserialize(NeoBinaryReader reader, ECCurve? curve = null)
    {
        var size = reader.Peek() switch
        {
            0x02 or 0x03 => 33,
            0x04 => 65,
            var b => throw new FormatException($"Invalid ECPoint prefix 0x{b:x2} at offset {reader.Position}."),
        };
        return Decode(reader.ReadBytes(size), curve);
    }

    /// <summary>The compressed (33 bytes) or uncompressed (65 bytes) encoding.</summary>
    public byte[] Encode(bool compressed = true)
    {
        if (compressed) return (byte[])_compressed.Clone();
        var data = new byte[65];
        data[0] = 0x04;
        WriteCoordinate(X, data.AsSpan(1, 32));
        WriteCoordinate(Y, data.AsSpan(33, 32));
        return data;
    }

    /// <summary>The 33-byte compressed encoding.</summary>
    public byte[] ToArray() => Encode(true);

    public void Serialize(NeoBinaryWriter writer) => writer.WriteBytes(_compressed);

    private static void WriteCoordinate(BigInteger value, Span<byte> destination)
    {
        var bytes = value.ToByteArray(isUnsigned: true, isBigEndian: true);
        destination.Clear();
        bytes.CopyTo(destination[(destination.Length - bytes.Length)..]);
    }

    public int CompareTo(ECPoint? other)
    {
        if (other is null) return 1;
        if (!ReferenceEquals(Curve, other.Curve))
            throw new InvalidOperationException("Cannot compare points of different curves.");
        var result = X.CompareTo(other.X);
        return result != 0 ? result : Y.CompareTo(other.Y);
    }

    public bool Equals(ECPoint? other) =>
        other is not null && ReferenceEquals(Curve, other.Curve) && X == other.X && Y == other.Y;

    public override bool Equals(object? obj) => Equals(obj as ECPoint);

    public override int GetHashCode() => HashCode.Combine(Curve.Name, X, Y);

    /// <summary>Lower-case hex of the compressed encoding.</summary>
    public override string ToString() => Hex.Encode(_compressed);

    public static bool operator ==(ECPoint? left, ECPoint? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(ECPoint? left, ECPoint? right) => !(left == right);
}
