using System.Buffers.Binary;

namespace Protocol.Toolchain.Vm;

/// <summary>A decoded instruction: opcode, operand bytes and total size.</summary>
public sealed class Instruction
{
    /// <summary>The implicit RET executed when the instruction pointer reaches the end of a script.</summary>
    public static readonly Instruction Ret = new(OpCode.RET, ReadOnlyMemory<byte>.Empty, 1);

    private Instruction(OpCode opCode, ReadOnlyMemory<byte> operand, int size)
    {
        OpCode = opCode;
        Operand = operand;
        Size = size;
    }

    public OpCode OpCode { get; }

    public ReadOnlyMemory<byte> Operand { get; }

    /// <summary>Bytes taken by the opcode, any length prefix and the operand.</summary>
    public int Size { get; }

    public sbyte TokenI8 => (sbyte)Operand.Span[0];
    public sbyte TokenI8_1 => (sbyte)Operand.Span[1];
    public byte TokenU8 => Operand.Span[0];
    public byte TokenU8_1 => Operand.Span[1];
    public ushort TokenU16 => BinaryPrimitives.ReadUInt16LittleEndian(Operand.Span);
    public int TokenI32 => BinaryPrimitives.ReadInt32LittleEndian(Operand.Span);
    public int TokenI32_1 => BinaryPrimitives.ReadInt32LittleEndian(Operand.Span[4..]);
    public uint TokenU32 => BinaryPrimitives.ReadUInt32LittleEndian(Operand.Span);

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
