using System.Buffers.Binary;
using System.Numerics;
using System.Text;

namespace Protocol.Toolchain.Vm;

/// <summary>
/// Emits NeoVM bytecode. Pushes use Neo's canonical encodings: PUSHM1/PUSH0..PUSH16 for small
/// integers, otherwise the smallest PUSHINT8..PUSHINT256 holding the sign-padded two's complement;
/// byte strings use PUSHDATA1/2/4 by length.
/// </summary>
public sealed class ScriptBuilder
{
    private readonly MemoryStream _buffer = new();

    public int Length => (int)_buffer.Length;

    public ScriptBuilder Emit(OpCode op, ReadOnlySpan<byte> operand = default)
    {
        _buffer.WriteByte((byte)op);
        _buffer.Write(operand);
        return this;
    }

    public ScriptBuilder EmitRaw(ReadOnlySpan<byte> bytes)
    {
        _buffer.Write(bytes);
        return this;
    }

    public ScriptBuilder EmitPush(bool value) => Emit(value ? OpCode.PUSHT : OpCode.PUSHF);

    public ScriptBuilder EmitPush(long value) => EmitPush(new BigInteger(value));

    public ScriptBuilder EmitPush(BigInteger value)
    {
        if (value >= -1 && value <= 16) return Emit((OpCode)((int)OpCode.PUSH0 + (int)value));
        int size = value.GetByteCount();
        (OpCode op, int width) = size switch
        {
            1 => (OpCode.PUSHINT8, 1),
            2 => (OpCode.PUSHINT16, 2),
            <= 4 => (OpCode.PUSHINT32, 4),
            <= 8 => (OpCode.PUSHINT64, 8),
            <= 16 => (OpCode.PUSHINT128, 16),
            <= 32 => (OpCode.PUSHINT256, 32),
            _ => throw new ArgumentOutOfRangeException(nameof(value), $"{value} does not fit 32 bytes."),
        };
        var operand = new byte[width];
        if (value.Sign < 0) operand.AsSpan().Fill(0xFF);
        value.TryWriteBytes(operand, out _);
        return Emit(op, operand);
    }

    public ScriptBuilder EmitPush(ReadOnlySpan<byte> data)
    {
        Span<byte> prefix = stackalloc byte[4];
        if (data.Length < 0x100)
        {
            prefix[0] = (byte)data.Length;
            Emit(OpCode.PUSHDATA1, prefix[..1]);
        }
        else if (data.Length < 0x10000)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(prefix, (ushort)data.Length);
            Emit(OpCode.PUSHDATA2, prefix[..2]);
        }
        else
        {
            BinaryPrimitives.WriteInt32LittleEndian(prefix, data.Length);
            Emit(OpCode.PUSHDATA4, prefix);
        }
        return EmitRaw(data);
    }

    public ScriptBuilder EmitPush(string text) => EmitPush(Encoding.UTF8.GetBytes(text));

    /// <summary>A jump or call with a 1-byte (or, for _L opcodes, 4-byte) offset relative to this instruction.</summary>
    public ScriptBuilder EmitJump(OpCode op, int offset)
    {
        bool isLong = op is OpCode.CALL_L or OpCode.ENDTRY_L || (op is >= OpCode.JMP and <= OpCode.JMPLE_L && ((byte)op & 1) == 1);
        if (!isLong) return Emit(op, [(byte)checked((sbyte)offset)]);
        Span<byte> operand = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(operand, offset);
        return Emit(op, operand);
    }

    public ScriptBuilder EmitSysCall(uint id)
    {
        Span<byte> operand = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(operand, id);
        return Emit(OpCode.SYSCALL, operand);
    }

    public byte[] ToArray() => _buffer.ToArray();
}
