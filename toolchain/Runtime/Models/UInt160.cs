using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.IO;

namespace Protocol.Toolchain.Runtime.Models;

/// <summary>
/// A 160-bit hash (script hash, account, contract hash). Stored and serialized little-endian; the text form is
/// "0x" followed by the bytes in reverse order. Ordering compares as a little-endian unsigned number.
/// </summary>
public sealed class UInt160 : IEquatable<UInt160>, IComparable<UInt160>, INeoSerializable
{
    public const int Length = 20;

    public static readonly UInt160 Zero = new(new byte[Length]);

    private readonly byte[] _value;

    /// <summary>From exactly 20 little-endian bytes.</summary>
    public UInt160(ReadOnlySpan<byte> value)
    {
        if (value.Length != Length)
            throw new FormatException($"A UInt160 takes {Length} bytes, got {value.Length}.");
        _value = value.ToArray();
    }

    public int Size => Length;

    /// <summary>The script hash of <paramref name="script"/>: RIPEMD160(SHA256(script)).</summary>
    public static UInt160 FromScript(ReadOnlySpan<byte> script) => new(Hashes.Hash160(script));

    /// <summary>Parses 40 hex digits with an optional "0x" prefix (big-endian text).</summary>
    public static UInt160 Parse(string text)
    {
        return new UInt160(LittleEndianHash.ParseReversedHex(text, Length, "UInt160"));
    }

    public static bool TryParse(string? text, out UInt160? result)
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

    public static UInt160 Deserialize(NeoBinaryReader reader) => new(reader.ReadBytes(Length));

    public void Serialize(NeoBinaryWriter writer) => writer.WriteBytes(_value);

    /// <summary>A copy of the 20 little-endian bytes.</summary>
    public byte[] ToArray() => (byte[])_value.Clone();

    public ReadOnlySpan<byte> AsSpan() => _value;

    public override string ToString() => "0x" + Hex.EncodeReversed(_value);

    public bool Equals(UInt160? other) => other is not null && _value.AsSpan().SequenceEqual(other._value);

    public override bool Equals(object? obj) => Equals(obj as UInt160);

    public override int GetHashCode() => BitConverter.ToInt32(_value, 0);

    public int CompareTo(UInt160? other)
    {
        return other is null ? 1 : LittleEndianHash.Compare(_value, other._value);
    }

    public static bool operator ==(UInt160? left, UInt160? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(UInt160? left, UInt160? right) => !(left == right);

    public static bool operator <(UInt160 left, UInt160 right) => left.CompareTo(right) < 0;

    public static bool operator >(UInt160 left, UInt160 right) => left.CompareTo(right) > 0;

    public static bool operator <=(UInt160 left, UInt160 right) => left.CompareTo(right) <= 0;

    public static bool operator >=(UInt160 left, UInt160 right) => left.CompareTo(right) >= 0;
}
