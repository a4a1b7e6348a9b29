using System.Buffers;
using System.Buffers.Binary;

namespace Protocol.Toolchain.Runtime.IO;

/// <summary>Writes Neo's binary formats (neo BinaryWriterExtensions): little-endian, VarInt, VarBytes, fixed strings.</summary>
public sealed class NeoBinaryWriter
{
    private readonly ArrayBufferWriter<byte> _buffer;

    public NeoBinaryWriter(int initialCapacity = 256) => _buffer = new ArrayBufferWriter<byte>(Math.Max(1, initialCapacity));

    /// <summary>Bytes written so far.</summary>
    public int Length => _buffer.WrittenCount;

    /// <summary>A copy of the bytes written so far.</summary>
    public byte[] ToArray() => _buffer.WrittenSpan.ToArray();

    /// <summary>The bytes written so far (valid until the next write).</summary>
    public ReadOnlySpan<byte> WrittenSpan => _buffer.WrittenSpan;

    public void WriteByte(byte value) => WriteBytes([value]);

    public void WriteBoolean(bool value) => WriteByte(value ? (byte)1 : (byte)0);

    public void WriteBytes(ReadOnlySpan<byte> bytes) => _buffer.Write(bytes);

    public void WriteInt16(short value) => BinaryPrimitives.WriteInt16LittleEndian(Next(2), value);

    public void WriteUInt16(ushort value) => BinaryPrimitives.WriteUInt16LittleEndian(Next(2), value);

    public void WriteInt32(int value) => BinaryPrimitives.WriteInt32LittleEndian(Next(4), value);

    public void WriteUInt32(uint value) => BinaryPrimitives.WriteUInt32LittleEndian(Next(4), value);

    public void WriteInt64(long value) => BinaryPrimitives.WriteInt64LittleEndian(Next(8), value);

    public void WriteUInt64(ulong value) => BinaryPrimitives.WriteUInt64LittleEndian(Next(8), value);

    private Span<byte> Next(int count)
    {
        var span = _buffer.GetSpan(count)[..count];
        _buffer.Advance(count);
        return span;
    }

    /// <summary>VarInt: &lt;0xFD one byte, else FD+u16, FE+u32 or FF+u64 (shortest form).</summary>
    public void WriteVarInt(long value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        if (value < 0xFD)
        {
            WriteByte((byte)value);
        }
        else if (value <= 0xFFFF)
        {
            WriteByte(0xFD);
            WriteUInt16((ushort)value);
        }
        else if (value <= 0xFFFFFFFF)
        {
            WriteByte(0xFE);
            WriteUInt32((uint)value);
        }
        else
        {
            WriteByte(0xFF);
            WriteUInt64((ulong)value);
        }
    }

    public void WriteVarBytes(ReadOnlySpan<byte> bytes)
    {
        WriteVarInt(bytes.Length);
        WriteBytes(bytes);
    }

    public void WriteVarString(string value) => WriteVarBytes(StrictUtf8.GetBytes(value));

    /// <summary>Strict UTF-8 of <paramref name="value"/> padded with zeros to <paramref name="length"/> bytes.</summary>
    public void WriteFixedString(string value, int length)
    {
        var bytes = StrictUtf8.GetBytes(value);
        if (bytes.Length > length)
            throw new ArgumentException($"The UTF-8 form of the string takes {bytes.Length} bytes, more than the fixed length {length}.", nameof(value));
        WriteBytes(bytes);
        Next(length - bytes.Length).Clear();
    }

    public void Write(INeoSerializable value) => value.Serialize(this);

    /// <summary>A VarInt count followed by every item.</summary>
    public void WriteArray<T>(IReadOnlyCollection<T> items) where T : INeoSerializable
    {
        WriteVarInt(items.Count);
        foreach (var item in items) item.Serialize(this);
    }

    /// <summary>Serializes one value to a new byte array.</summary>
    public static byte[] Serialize(INeoSerializable value)
    {
        var writer = new NeoBinaryWriter(value.Size);
        value.Serialize(writer);
        return writer.ToArray();
    }
}
