using System.Buffers.Binary;

namespace Protocol.Services.Coverage.Reports;

/// <summary>Fixed-width little-endian integers and one-byte-length-prefixed byte strings into a growing buffer.</summary>
internal sealed class CanonicalWriter(int capacity)
{
    private byte[] _buffer = new byte[capacity];
    private int _length;

    public void Bytes(ReadOnlySpan<byte> bytes)
    {
        Reserve(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    /// <summary>u8 length ‖ bytes; the length must not exceed <paramref name="max"/>.</summary>
    public void VarBytes(ReadOnlySpan<byte> bytes, int max, string field)
    {
        if (bytes.Length > max)
            throw new FormatException($"{field} takes at most {max} bytes, got {bytes.Length}.");
        Reserve(1);
        _buffer[_length++] = (byte)bytes.Length;
        Bytes(bytes);
    }

    public void U32(uint value)
    {
        Reserve(4);
        BinaryPrimitives.WriteUInt32LittleEndian(_buffer.AsSpan(_length), value);
        _length += 4;
    }

    public void I32(int value)
    {
        Reserve(4);
        BinaryPrimitives.WriteInt32LittleEndian(_buffer.AsSpan(_length), value);
        _length += 4;
    }

    public void U64(ulong value)
    {
        Reserve(8);
        BinaryPrimitives.WriteUInt64LittleEndian(_buffer.AsSpan(_length), value);
        _length += 8;
    }

    public void I64(long value)
    {
        Reserve(8);
        BinaryPrimitives.WriteInt64LittleEndian(_buffer.AsSpan(_length), value);
        _length += 8;
    }

    public byte[] ToArray() => _buffer.AsSpan(0, _length).ToArray();

    private void Reserve(int count)
    {
        if (_length + count > _buffer.Length)
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + count));
    }
}

/// <summary>The reading side of <see cref="CanonicalWriter"/>: every read checks the remaining length.</summary>
internal ref struct CanonicalReader(ReadOnlySpan<byte> data)
{
    private readonly ReadOnlySpan<byte> _data = data;
    private int _offset;

    public readonly int Remaining => _data.Length - _offset;

    public ReadOnlySpan<byte> Bytes(int count, string field)
    {
        if (count > Remaining)
            throw new FormatException($"The report ends inside {field} (needs {count} bytes at offset {_offset}, {Remaining} left).");
        var slice = _data.Slice(_offset, count);
        _offset += count;
        return slice;
    }

    public byte[] VarBytes(int max, string field)
    {
        int length = Bytes(1, field + " length")[0];
        if (length > max)
            throw new FormatException($"{field} takes at most {max} bytes, got a length of {length}.");
        return Bytes(length, field).ToArray();
    }

    public uint U32(string field) => BinaryPrimitives.ReadUInt32LittleEndian(Bytes(4, field));

    public int I32(string field) => BinaryPrimitives.ReadInt32LittleEndian(Bytes(4, field));

    public ulong U64(string field) => BinaryPrimitives.ReadUInt64LittleEndian(Bytes(8, field));

    public long I64(string field) => BinaryPrimitives.ReadInt64LittleEndian(Bytes(8, field));

    public readonly void End()
    {
        if (Remaining != 0)
            throw new FormatException($"{Remaining} bytes follow the end of the report.");
    }
}
