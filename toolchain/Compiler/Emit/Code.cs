using System.Buffers.Binary;
using System.Numerics;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Compiler.Emit;

/// <summary>A position in the code, bound when <see cref="Code.Mark"/> is called.</summary>
public sealed class Label(string name)
{
    public string Name { get; } = name;

    internal int Index = -1;

    public override string ToString() => Name;
}

/// <summary>
/// A contract's instruction list with symbolic jump and call targets. <see cref="Assemble"/> lays it out: every branch
/// starts in its 4-byte form and is shrunk to the 1-byte form wherever its offset fits, repeated until stable (shrinking
/// only brings targets closer, so it converges).
/// </summary>
public sealed class Code
{
    private readonly List<Op> _ops = [];

    private sealed record Op(OpCode OpCode, byte[] Operand, Label? Target = null, Label? Mark = null, Label? Target2 = null)
    {
        /// <summary>Has a symbolic operand: a jump, call, ENDTRY or PUSHA target, or a TRY (whose catch may be absent).</summary>
        public bool IsBranch => Target is not null || OpCode == OpCode.TRY;
    }

    public int Count => _ops.Count;

    public void Emit(OpCode op, params byte[] operand) => _ops.Add(new Op(op, operand));

    public void Mark(Label label)
    {
        if (label.Index >= 0) throw new InvalidOperationException($"Label {label} is marked twice.");
        label.Index = _ops.Count;
        _ops.Add(new Op(OpCode.NOP, [], Mark: label));
    }

    /// <summary>A jump, CALL, ENDTRY or PUSHA to <paramref name="target"/> (pass the short opcode; PUSHA is always 4 bytes).</summary>
    public void Branch(OpCode shortForm, Label target) => _ops.Add(new Op(shortForm, [], target));

    /// <summary>TRY with catch and/or finally targets (null = absent).</summary>
    public void Try(Label? catchTarget, Label? finallyTarget) => _ops.Add(new Op(OpCode.TRY, [], catchTarget, Target2: finallyTarget));

    public void Push(BigInteger value)
    {
        var sb = new ScriptBuilder().EmitPush(value).ToArray();
        _ops.Add(new Op((OpCode)sb[0], sb[1..]));
    }

    public void Push(bool value) => Emit(value ? OpCode.PUSHT : OpCode.PUSHF);

    public void Push(ReadOnlySpan<byte> data)
    {
        var sb = new ScriptBuilder().EmitPush(data).ToArray();
        _ops.Add(new Op((OpCode)sb[0], sb[1..]));
    }

    public void SysCall(uint id)
    {
        var operand = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(operand, id);
        Emit(OpCode.SYSCALL, operand);
    }

    /// <summary>The script and the position of every marked label.</summary>
    public (byte[] Script, Dictionary<Label, int> Positions) Assemble()
    {
        var isShort = new bool[_ops.Count];
        int[] positions;
        while (true)
        {
            positions = Layout(isShort);
            bool changed = false;
            for (int i = 0; i < _ops.Count; i++)
            {
                var op = _ops[i];
                if (isShort[i] || !op.IsBranch || op.OpCode is OpCode.PUSHA) continue;
                if (op.OpCode == OpCode.TRY)
                {
                    if (Fits(positions, i, op.Target) && Fits(positions, i, op.Target2)) { isShort[i] = true; changed = true; }
                    continue;
                }
                if (Fits(positions, i, op.Target)) { isShort[i] = true; changed = true; }
            }
            if (!changed) break;
        }
        var script = new List<byte>();
        var labels = new Dictionary<Label, int>();
        for (int i = 0; i < _ops.Count; i++)
        {
            var op = _ops[i];
            if (op.Mark is not null) { labels[op.Mark] = positions[i]; continue; }
            if (!op.IsBranch) { script.Add((byte)op.OpCode); script.AddRange(op.Operand); continue; }
            int Offset(Label? l) => l is null ? 0 : positions[Resolve(l)] - positions[i]; // an absent catch/finally is offset 0
            if (op.OpCode == OpCode.TRY)
            {
                if (isShort[i]) script.AddRange([(byte)OpCode.TRY, (byte)(sbyte)Offset(op.Target), (byte)(sbyte)Offset(op.Target2)]);
                else { script.Add((byte)OpCode.TRY_L); script.AddRange(BitConverter.GetBytes(Offset(op.Target))); script.AddRange(BitConverter.GetBytes(Offset(op.Target2))); }
                continue;
            }
            if (op.OpCode == OpCode.PUSHA) { script.Add((byte)OpCode.PUSHA); script.AddRange(BitConverter.GetBytes(Offset(op.Target))); continue; }
            if (isShort[i]) script.AddRange([(byte)op.OpCode, (byte)(sbyte)Offset(op.Target)]);
            else { script.Add((byte)(op.OpCode + 1)); script.AddRange(BitConverter.GetBytes(Offset(op.Target))); }
        }
        return ([.. script], labels);
    }

    private int Resolve(Label label) =>
        label.Index >= 0 ? label.Index : throw new InvalidOperationException($"Label {label} was never marked.");

    private bool Fits(int[] positions, int at, Label? target)
    {
        if (target is null) return true;
        int offset = positions[Resolve(target)] - positions[at];
        // The instruction itself shrinks, which can only move targets after it closer: a fit now stays a fit.
        return offset is >= sbyte.MinValue and <= sbyte.MaxValue;
    }

    private int[] Layout(bool[] isShort)
    {
        var positions = new int[_ops.Count + 1];
        int pos = 0;
        for (int i = 0; i < _ops.Count; i++)
        {
            positions[i] = pos;
            pos += Size(_ops[i], isShort[i]);
        }
        positions[_ops.Count] = pos;
        return positions;
    }

    private static int Size(Op op, bool isShort)
    {
        if (op.Mark is not null) return 0;
        if (!op.IsBranch) return 1 + op.Operand.Length;
        if (op.OpCode == OpCode.PUSHA) return 5;
        if (op.OpCode == OpCode.TRY) return isShort ? 3 : 9;
        return isShort ? 2 : 5;
    }
}
