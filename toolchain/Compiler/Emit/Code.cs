using System.Buffers.Binary;
using System.Numerics;
using Microsoft.CodeAnalysis;
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
public sealed partial class Code
{
    private readonly List<Op> _ops = [];

    private sealed record Op(OpCode OpCode, byte[] Operand, Label? Target = null, Label? Mark = null, Label? Target2 = null, bool Dropped = false)
    {
        /// <summary>The source span this instruction starts (a statement's first instruction), for debug info.</summary>
        public Location? Sequence { get; init; }

        /// <summary>Has a symbolic operand: a jump, call, ENDTRY or PUSHA target, or a TRY (whose catch may be absent).</summary>
        public bool IsBranch => Target is not null || OpCode == OpCode.TRY;
    }

    private Location? _pendingSequence;

    public int Count => _ops.Count;

    /// <summary>Attaches a source location to the next instruction emitted (a sequence point).</summary>
    public void SequencePoint(Location location) => _pendingSequence = location;

    private void Add(Op op)
    {
        if (_pendingSequence is not null && op.Mark is null)
        {
            op = op with { Sequence = _pendingSequence };
            _pendingSequence = null;
        }
        _ops.Add(op);
    }

    public void Emit(OpCode op, params byte[] operand) => Add(new Op(op, operand));

    /// <summary>Removes the instruction at <paramref name="index"/> (it takes no space; labels stay valid).</summary>
    public void Drop(int index) => Drop(index, keepSequence: true);

    /// <summary>Replaces the operand of the instruction at <paramref name="index"/> (a slot count known only later).</summary>
    public void SetOperand(int index, params byte[] operand) => _ops[index] = _ops[index] with { Operand = operand };

    public void Mark(Label label)
    {
        if (label.Index >= 0) throw new InvalidOperationException($"Label {label} is marked twice.");
        label.Index = _ops.Count;
        _ops.Add(new Op(OpCode.NOP, [], Mark: label));
    }

    /// <summary>A jump, CALL, ENDTRY or PUSHA to <paramref name="target"/> (pass the short opcode; PUSHA is always 4 bytes).</summary>
    public void Branch(OpCode shortForm, Label target) => Add(new Op(shortForm, [], target));

    /// <summary>TRY with catch and/or finally targets (null = absent).</summary>
    public void Try(Label? catchTarget, Label? finallyTarget) => Add(new Op(OpCode.TRY, [], catchTarget, Target2: finallyTarget));

    /// <summary>
    /// An inline binding's instructions. Relative jumps inside it become labels, so layout and optimisation keep them
    /// right; a jump must land on one of the sequence's instruction boundaries or just after its end.
    /// </summary>
    public void EmitBound(IReadOnlyList<Front.BoundOp> ops)
    {
        var starts = new int[ops.Count + 1];
        for (int i = 0; i < ops.Count; i++) starts[i + 1] = starts[i] + 1 + ops[i].Operand.Length;
        var labels = new Label?[ops.Count + 1];
        Label LabelAt(int offset)
        {
            int index = Array.IndexOf(starts, offset);
            if (index < 0) throw new InvalidOperationException($"A bound jump lands inside an instruction (offset {offset}).");
            return labels[index] ??= new Label("bound");
        }
        var targets = new Label?[ops.Count];
        for (int i = 0; i < ops.Count; i++)
        {
            var op = ops[i].OpCode;
            if (op is >= OpCode.JMP and <= OpCode.JMPLE_L && ((op - OpCode.JMP) & 1) == 0)
                targets[i] = LabelAt(starts[i] + (sbyte)ops[i].Operand[0]);
            else if (op is >= OpCode.JMP and <= OpCode.JMPLE_L or OpCode.CALL or OpCode.CALL_L or OpCode.PUSHA or OpCode.TRY or OpCode.TRY_L or OpCode.ENDTRY or OpCode.ENDTRY_L)
                throw new InvalidOperationException($"{op} is not supported in an [OpCode] binding.");
        }
        for (int i = 0; i <= ops.Count; i++)
        {
            if (labels[i] is { } label) Mark(label);
            if (i == ops.Count) break;
            if (targets[i] is { } target) Branch(ops[i].OpCode, target);
            else Emit(ops[i].OpCode, ops[i].Operand);
        }
    }

    public void Push(BigInteger value)
    {
        var sb = new ScriptBuilder().EmitPush(value).ToArray();
        Add(new Op((OpCode)sb[0], sb[1..]));
    }

    public void Push(bool value) => Emit(value ? OpCode.PUSHT : OpCode.PUSHF);

    public void Push(ReadOnlySpan<byte> data)
    {
        var sb = new ScriptBuilder().EmitPush(data).ToArray();
        Add(new Op((OpCode)sb[0], sb[1..]));
    }

    public void SysCall(uint id)
    {
        var operand = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(operand, id);
        Emit(OpCode.SYSCALL, operand);
    }

    /// <summary>The script, the position of every marked label and the sequence points (offset → source location).</summary>
    public (byte[] Script, Dictionary<Label, int> Positions) Assemble() => Assemble(out _);

    public (byte[] Script, Dictionary<Label, int> Positions) Assemble(out List<(int Offset, Location Location)> sequencePoints)
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
        sequencePoints = [];
        for (int i = 0; i < _ops.Count; i++)
        {
            var op = _ops[i];
            if (op.Mark is not null) { labels[op.Mark] = positions[i]; continue; }
            if (op.Dropped) continue;
            if (op.Sequence is not null) sequencePoints.Add((positions[i], op.Sequence));
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
        if (op.Mark is not null || op.Dropped) return 0;
        if (!op.IsBranch) return 1 + op.Operand.Length;
        if (op.OpCode == OpCode.PUSHA) return 5;
        if (op.OpCode == OpCode.TRY) return isShort ? 3 : 9;
        return isShort ? 2 : 5;
    }
}
