using System.Buffers.Binary;

namespace Protocol.Toolchain.Runtime.IO;

/// <summary>
/// Reads Neo's binary formats (neo MemoryReader): little-endian integers, VarInt (FD/FE/FF prefixes, canonical
/// form not enforced), VarBytes/VarString with a maximum length, strict UTF-8, zero-padded fixed strings and
/// 0/1 booleans. Every malformed input raises <see cref="FormatException"/>.
/// </summary>
public sealed class NeoBinaryReader
{
    private readonly ReadOnlyMemory<byte> _memory;
    private int _position;

    public NeoBinaryReader(ReadOnlyMemory<byte> memory) => _memory = memory;

    /// <summary>Offset of the next byte to read.</summary>
    public int Position => _position;

    /// <summary>Bytes left to read.</summary>
    public int Remaining => _memory.Length - _position;

    /// <summary>True once every byte has been read.</summary>
    public bool IsAtEnd => _position == _memory.Length;

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || count > Remaining)
            throw new FormatException($"Unexpected end of data: wanted {count} byte(s) at offset {_position}, {Remaining} left.");
        var span = _memory.Span.Slice(_position, count);
        _position += count;
        return span;
    }

    /// <summary>The next byte without consuming it.</summary>
    public byte Peek()
    {
        if (Remaining < 1) throw new FormatException($"Unexpected end of data at offset {_position}.");
        return _memory.Span[_position];
    }

    public byte ReadByte() => Take(1)[0];

    public sbyte ReadSByte() => unchecked((sbyte)Take(1)[0]);

    /// <summary>A boolean byte; only 0 and 1 are accepted.</summary>
    public bool ReadBoolean()
    {
        var offset = _position;
        var value = ReadByte();
        return value switch
        {
            0 => false,
            1 => true,
            _ => throw new FormatException($"Invalid boolean byte 0x{value:x2} at offset {offset}; only 0x00 and 0x01 are allowed."),
        };
    }

    public short ReadInt16() => BinaryPrimitives.ReadInt16LittleEndian(Take(2));

    public ushort ReadUInt16() => BinaryPrimitives.ReadUInt16LittleEndian(Take(2));

    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    public uint ReadUInt32() => BinaryPrimitives.ReadUInt32LittleEndian(Take(4));

    public long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

    public ulong ReadUInt64() => BinaryPrimitives.ReadUInt64LittleEndian(Take(8));

    /// <summary>A VarInt no larger than <paramref name="max"/>.</summary>
    public ulong ReadVarInt(ulong max = ulong.MaxValue)
    {
        var offset = _position;
        var prefix = ReadByte();
        ulong value = prefix switch
        {
            0xFD => ReadUInt16(),
            0xFE => ReadUInt32(),
            0xFF => ReadUInt64(),
            _ => prefix,
        };
        if (value > max)
            throw new FormatException($"VarInt {value} at offset {offset} exceeds the maximum {max}.");
        return value;
    }

    /// <summary>Exactly <paramref name="count"/> bytes (copied).</summary>
    public byte[] ReadBytes(int count) => Take(count).ToArray();

    /// <summary>Exactly <paramref name="count"/> bytes as a slice of the input.</summary>
    public ReadOnlyMemory<byte> ReadMemory(int count)
    {
        Take(count);
        return _memory.Slice(_position - count, count);
    }

    /// <summary>A VarInt length (≤ <paramref name="max"/>) followed by that many bytes.</summary>
    public byte[] ReadVarBytes(int max = 0x1000000) => ReadBytes(checked((int)ReadVarInt((ulong)max)));

    /// <summary>A VarInt byte length (≤ <paramref name="max"/>) followed by strict UTF-8.</summary>
    public string ReadVarString(int max = 0x1000000)
    {
        var offset = _position;
        var bytes = Take(checked((int)ReadVarInt((ulong)max)));
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (FormatException ex)
        {
            throw new FormatException($"Invalid UTF-8 in the string at offset {offset}.", ex);
        }
    }

    /// <summary>A zero-padded fixed-length string: the text ends at the first 0 and the rest must be 0.</summary>
    public string ReadFixedString(int length)
    {
        var offset = _position;
        var span = Take(length);
        var end = span.IndexOf((byte)0);
        if (end < 0) end = length;
        for (var i = end; i < length; i++)
        {
            if (span[i] != 0)
                throw new FormatException($"Fixed string at offset {offset} has a non-zero byte in its padding at offset {offset + i}.");
        }
        try
        {
            return StrictUtf8.GetString(span[..end]);
        }
        catch (FormatException ex)
        {
            throw new FormatException($"Invalid UTF-8 in the fixed string at offset {offset}.", ex);
        }
    }

    /// <summary>Throws unless every byte has been consumed.</summary>
    public void EnsureEnd()
    {
        if (!IsAtEnd)
            throw new FormatException($"Unexpected trailing data: {Remaining} byte(s) after offset {_position}.");
    }
}
