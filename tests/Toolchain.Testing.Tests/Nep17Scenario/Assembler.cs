using System.Buffers.Binary;
using System.Numerics;
using Protocol.Toolchain.Runtime.Interop;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Testing.Tests.Nep17Scenario;

/// <summary>
/// A small label-based assembler for hand-written contracts, built on <see cref="ScriptBuilder"/>. Jumps, calls and
/// ENDTRY name a label; their offsets (1 byte for the short opcodes, 4 bytes for the _L ones, relative to the
/// instruction's own address) are patched when <see cref="Build"/> runs, so forward references are fine.
/// <see cref="Method"/> records an ABI entry point whose offset goes into the manifest.
/// </summary>
internal sealed class Assembler
{
    private readonly ScriptBuilder _sb = new();
    private readonly Dictionary<string, int> _labels = new(StringComparer.Ordinal);
    private readonly List<(int At, OpCode Op, string Label)> _fixups = [];
    private readonly List<(string Name, int Offset)> _methods = [];
    private int _unique;

    /// <summary>Current address (the next instruction's offset).</summary>
    public int Position => _sb.Length;

    /// <summary>Entry points in the order they were declared.</summary>
    public IReadOnlyList<(string Name, int Offset)> Methods => _methods;

    /// <summary>A label name no other call has returned (for helpers emitted more than once).</summary>
    public string NewLabel(string hint) => $"{hint}#{_unique++}";

    public Assembler Label(string name)
    {
        if (!_labels.TryAdd(name, Position)) throw new InvalidOperationException($"Label '{name}' is defined twice.");
        return this;
    }

    /// <summary>Starts a method: a label of the same name whose offset the manifest will carry.</summary>
    public Assembler Method(string name)
    {
        _methods.Add((name, Position));
        return Label(name);
    }

    public int MethodOffset(string name) => _methods.Single(m => m.Name == name).Offset;

    public Assembler Op(OpCode op, params byte[] operand)
    {
        if (IsBranch(op)) throw new ArgumentException($"{op} takes a label: use Jump.", nameof(op));
        _sb.Emit(op, operand);
        return this;
    }

    public Assembler Push(BigInteger value)
    {
        _sb.EmitPush(value);
        return this;
    }

    public Assembler Push(string text)
    {
        _sb.EmitPush(text);
        return this;
    }

    public Assembler Push(byte[] data)
    {
        _sb.EmitPush(data);
        return this;
    }

    public Assembler Sys(InteropDescriptor syscall)
    {
        _sb.EmitSysCall(syscall.Hash);
        return this;
    }

    /// <summary>A jump, CALL or ENDTRY to <paramref name="label"/>; the offset is written as 0 and fixed up in Build.</summary>
    public Assembler Jump(OpCode op, string label)
    {
        if (!IsBranch(op)) throw new ArgumentException($"{op} is not a jump, call or ENDTRY.", nameof(op));
        _fixups.Add((Position, op, label));
        _sb.EmitJump(op, 0);
        return this;
    }

    /// <summary>The script with every label offset resolved; a short offset outside -128..127 throws.</summary>
    public byte[] Build()
    {
        var script = _sb.ToArray();
        foreach (var (at, op, label) in _fixups)
        {
            if (!_labels.TryGetValue(label, out int target)) throw new InvalidOperationException($"Label '{label}' is not defined.");
            int offset = target - at;
            if (IsLong(op)) BinaryPrimitives.WriteInt32LittleEndian(script.AsSpan(at + 1, 4), offset);
            else if (offset is < sbyte.MinValue or > sbyte.MaxValue)
                throw new InvalidOperationException($"{op} at {at} to '{label}' needs offset {offset}: use the _L form.");
            else script[at + 1] = unchecked((byte)(sbyte)offset);
        }
        return script;
    }

    private static bool IsBranch(OpCode op) =>
        op is >= OpCode.JMP and <= OpCode.JMPLE_L or OpCode.CALL or OpCode.CALL_L or OpCode.ENDTRY or OpCode.ENDTRY_L;

    private static bool IsLong(OpCode op) =>
        op is OpCode.CALL_L or OpCode.ENDTRY_L || (op is >= OpCode.JMP and <= OpCode.JMPLE_L && ((byte)op & 1) == 1);
}
