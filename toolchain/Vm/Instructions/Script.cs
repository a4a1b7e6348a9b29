using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Vm;

/// <summary>
/// A NeoVM script with a per-position cache of decoded instructions. Loose scripts decode lazily
/// (a bad byte faults only when reached); strict scripts (contracts at deploy) are fully decoded up
/// front and every jump, call, try, endtry and PUSHA target must be an instruction boundary.
/// </summary>
public sealed class Script
{
    private readonly ReadOnlyMemory<byte> _value;
    private readonly Instruction?[] _instructions;
    private readonly bool _strict;

    public Script(ReadOnlyMemory<byte> script, bool strict = false)
    {
        _value = script;
        _instructions = new Instruction?[script.Length];
        if (strict) Validate();
        _strict = strict;
    }

    public static implicit operator Script(byte[] script) => new(script);

    public int Length => _value.Length;

    public ReadOnlyMemory<byte> Memory => _value;

    public OpCode this[int index] => (OpCode)_value.Span[index];

    public bool IsStrict => _strict;

    /// <summary>The instruction starting at <paramref name="ip"/> (must be inside the script).</summary>
    public Instruction GetInstruction(int ip)
    {
        if ((uint)ip >= (uint)_instructions.Length)
            throw new ArgumentOutOfRangeException(nameof(ip), $"Instruction pointer {ip} is outside the script of {Length} bytes.");
        var instruction = _instructions[ip];
        if (instruction is not null) return instruction;
        if (_strict) throw new ArgumentException($"Instruction not found at position {ip} in strict mode.", nameof(ip));
        return _instructions[ip] = Instruction.Decode(_value, ip);
    }

    private void Validate()
    {
        var positions = new List<int>();
        for (int ip = 0; ip < Length; ip += GetInstruction(ip).Size) positions.Add(ip);
        foreach (int ip in positions)
        {
            var instruction = _instructions[ip]!;
            switch (instruction.OpCode)
            {
                case OpCode.JMP or OpCode.JMPIF or OpCode.JMPIFNOT or OpCode.JMPEQ or OpCode.JMPNE or OpCode.JMPGT
                    or OpCode.JMPGE or OpCode.JMPLT or OpCode.JMPLE or OpCode.CALL or OpCode.ENDTRY:
                    AssertBoundary(ip, instruction, ip + instruction.TokenI8);
                    break;
                case OpCode.PUSHA or OpCode.JMP_L or OpCode.JMPIF_L or OpCode.JMPIFNOT_L or OpCode.JMPEQ_L
                    or OpCode.JMPNE_L or OpCode.JMPGT_L or OpCode.JMPGE_L or OpCode.JMPLT_L or OpCode.JMPLE_L
                    or OpCode.CALL_L or OpCode.ENDTRY_L:
                    AssertBoundary(ip, instruction, checked(ip + instruction.TokenI32));
                    break;
                case OpCode.TRY:
                    AssertBoundary(ip, instruction, ip + instruction.TokenI8);
                    AssertBoundary(ip, instruction, ip + instruction.TokenI8_1);
                    break;
                case OpCode.TRY_L:
                    AssertBoundary(ip, instruction, checked(ip + instruction.TokenI32));
                    AssertBoundary(ip, instruction, checked(ip + instruction.TokenI32_1));
                    break;
                case OpCode.NEWARRAY_T or OpCode.ISTYPE or OpCode.CONVERT:
                    var type = (StackItemType)instruction.TokenU8;
                    if (!StackItemTypes.IsDefined(type))
                        throw new BadScriptException($"ip: {ip}, opcode: {instruction.OpCode}, undefined type 0x{instruction.TokenU8:X2}");
                    if (instruction.OpCode != OpCode.NEWARRAY_T && type == StackItemType.Any)
                        throw new BadScriptException($"ip: {ip}, opcode: {instruction.OpCode}, type Any is not allowed");
                    break;
            }
        }
    }

    private void AssertBoundary(int ip, Instruction instruction, int target)
    {
        if (target < 0 || target >= Length || _instructions[target] is null)
            throw new BadScriptException($"ip: {ip}, opcode: {instruction.OpCode}, target {target} is not an instruction boundary");
    }
}
