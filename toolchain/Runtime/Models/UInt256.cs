using Protocol.Toolchain.Runtime.IO;

namespace Protocol.Toolchain.Runtime.Models;

/// <summary>
/// A 256-bit hash (transaction and block hashes). Stored and serialized little-endian; the text form is
/// "0x" followed by the bytes in reverse order. Ordering compares as a little-endian unsigned number.
/// </summary>
public sealed class UInt256 : IEquatable<UInt256>, IComparable<UInt256>, INeoSerializable
{
    public const int Length = 32;

    public static readonly UInt256 Zero = new(new byte[Length]);

    private readonly byte[] _value;

    /// <summary>From exactly 32 little-endian bytes.</summary>
    public UInt256(ReadOnlySpan<byte> value)
    {
        if (value.Length != Length)
            throw new FormatException($"A UInt256 takes {Length} bytes, got {value.Length}.");
        _value = value.ToArray();
    }

    public int Size => Length;

    /// <summary>Parses 64 hex digits with an optional "0x" prefix (big-endian text).</summary>
    public static UInt256 Parse(string text)
    {
        return new UInt256(LittleEndianHash.ParseReversedHex(text, Length, "UInt256"));
    }

    public static bool TryParse(string? text, out UInt256? result)
    {
        result = null;
        if (text is null) return false;
        try
        {
            result = Parse(text);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    public static UInt256 Deserialize(NeoBinaryReader reader) => new(reader.ReadBytes(Length));

    public void Serialize(NeoBinaryWriter writer) => writer.WriteBytes(_value);

    /// <summary>A copy of the 32 little-endian bytes.</summary>
    public byte[] ToArray() => (byte[])_value.Clone();

    public ReadOnlySpan<byte> AsSpan() => _value;

    public override string ToString() => "0x" + Hex.EncodeReversed(_value);

    public bool Equals(UInt256? other) => other is not null && _value.AsSpan().SequenceEqual(other._value);

    public override bool Equals(object? obj) => Equals(obj as UInt256);

    public override int GetHashCode() => BitConverter.ToInt32(_value, 0);

    public int CompareTo(UInt256? other)
    {
        return other is null ? 1 : LittleEndianHash.Compare(_value, other._value);
    }

    public static bool operator ==(UInt256? left, UInt256? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(UInt256? left, UInt256? right) => !(left == right);

    public static bool operator <(UInt256 left, UInt256 right) => left.CompareTo(right) < 0;

    public static bool operator >(UInt256 left, UInt256 right) => left.CompareTo(right) > 0;

    public static bool operator <=(UInt256 left, UInt256 right) => left.CompareTo(right) <= 0;

    public static bool operator >=(UInt256 left, UInt256 right) => left.CompareTo(right) >= 0;
}
