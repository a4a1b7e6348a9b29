using System.Buffers.Binary;

namespace Protocol.Toolchain.Vm;

/// <summary>A decoded instruction: opcode, operand bytes and total size.</summary>
public sealed class Instruction
{
    /// <summary>The implicit RET executed when the instruction pointer reaches the end of a script.</summary>
    public static readonly Instruction Ret = new(OpCode.RET, ReadOnlyMemory<byte>.Empty, 1);

    // Operand fields decoded once, so execution never goes through ReadOnlyMemory<byte>.Span.
    private readonly byte _b0, _b1;
    private readonly int _i32, _i32b;

    private Instruction(OpCode opCode, ReadOnlyMemory<byte> operand, int size)
    {
        OpCode = opCode;
        Operand = operand;
        Size = size;
        var span = operand.Span;
        if (span.Length > 0) _b0 = span[0];
        if (span.Length > 1) _b1 = span[1];
        if (span.Length >= 4) _i32 = BinaryPrimitives.ReadInt32LittleEndian(span);
        if (span.Length >= 8) _i32b = BinaryPrimitives.ReadInt32LittleEndian(span[4..]);
        if (opCode is >= OpCode.PUSHINT8 and <= OpCode.PUSHINT64)
        {
            long value = (sbyte)span[^1] < 0 ? -1L : 0L;
            for (int i = span.Length - 1; i >= 0; i--) value = (value << 8) | span[i];
            Immediate = value;
        }
    }

    /// <summary>The value of PUSHINT8..PUSHINT64 (little-endian two's complement).</summary>
    public long Immediate { get; }

    public OpCode OpCode { get; }

    public ReadOnlyMemory<byte> Operand { get; }

    /// <summary>Bytes taken by the opcode, any length prefix and the operand.</summary>
    public int Size { get; }

    public sbyte TokenI8 => (sbyte)_b0;
    public sbyte TokenI8_1 => (sbyte)_b1;
    public byte TokenU8 => _b0;
    public byte TokenU8_1 => _b1;
    public ushort TokenU16 => (ushort)(_b0 | (_b1 << 8));
    public int TokenI32 => _i32;
    public int TokenI32_1 => _i32b;
    public uint TokenU32 => (uint)_i32;

    /// <summary>Decodes the instruction at <paramref name="ip"/>; malformed bytes raise <see cref="BadScriptException"/>.</summary>
    public static Instruction Decode(ReadOnlyMemory<byte> script, int ip)
    {
        var span = script.Span;
        byte code = span[ip];
        if (!OpCodeInfo.IsDefined(code)) throw new BadScriptException($"Invalid opcode 0x{code:X2} at position {ip}.");
        var op = (OpCode)code;
        int start = ip + 1;
        int prefix = OpCodeInfo.OperandPrefixSize(op);
        int size = OpCodeInfo.OperandSize(op);
        if (prefix > 0)
        {
            if (start + prefix > span.Length)
                throw new BadScriptException($"Instruction out of bounds. InstructionPointer: {start}");
            long length = prefix switch
            {
                1 => span[start],
                2 => BinaryPrimitives.ReadUInt16LittleEndian(span[start..]),
                _ => BinaryPrimitives.ReadInt32LittleEndian(span[start..]),
            };
            if (length < 0)
                throw new BadScriptException($"Instruction out of bounds. InstructionPointer: {start}, operandSize: {length}");
            size = (int)length;
            start += prefix;
        }
        if (start + (long)size > span.Length)
            throw new BadScriptException($"Instruction out of bounds. InstructionPointer: {start}, operandSize: {size}, length: {span.Length}");
        return new Instruction(op, script.Slice(start, size), 1 + prefix + size);
    }

    public override string ToString() => Operand.IsEmpty ? OpCode.ToString() : $"{OpCode} {Convert.ToHexString(Operand.Span)}";
}
