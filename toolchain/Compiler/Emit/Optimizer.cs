using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Compiler.Emit;

/// <summary>
/// The optimiser over a contract's instruction list, run until nothing changes: dead code (what no entry point reaches),
/// jump threading (a jump to a jump or to RET), branch inversion over a JMP, constant conditions, NOT before a
/// conditional jump, pushes that are dropped at once, and jumps to the next instruction. Jump compression (short forms
/// where offsets fit) happens in <see cref="Code.Assemble()"/>.
/// </summary>
public sealed partial class Code
{
    public void Optimize(IEnumerable<Label> entryPoints)
    {
        var roots = entryPoints.ToList();
        for (int round = 0; round < 32; round++)
        {
            bool changed = RemoveUnreachable(roots);
            changed |= Peephole();
            changed |= CheapIntegerConversions();
            if (!changed) return;
        }
    }

    /// <summary>
    /// CONVERT to Integer (8192 price units) reached only by the non-null branch of a `DUP ISNULL JMPIFNOT` test — the
    /// framework's "absent is 0" readers — becomes PUSH0 ADD (9 units): on a non-null item both give its integer value
    /// (or both fail).
    /// </summary>
    private bool CheapIntegerConversions()
    {
        bool changed = false;
        for (int c = 0; c < _ops.Count; c++)
        {
            var op = _ops[c];
            if (op.Dropped || op.Mark is not null || op.OpCode != OpCode.CONVERT || op.Operand is not [0x21]) continue;
            int first = c;
            while (first > 0 && _ops[first - 1].Mark is not null) first--;
            if (first == c) continue; // no label: reached by fall-through
            var marks = _ops.Skip(first).Take(c - first).Select(o => o.Mark!).ToHashSet();
            int before = LiveBefore(first);
            if (before >= 0 && !EndsFlow(_ops[before].OpCode)) continue;
            var sources = Enumerable.Range(0, _ops.Count).Where(i => !_ops[i].Dropped && _ops[i].Mark is null
                && (_ops[i].Target is { } t && marks.Contains(t) || _ops[i].Target2 is { } t2 && marks.Contains(t2))).ToList();
            if (sources is not [var jump] || _ops[jump].OpCode != OpCode.JMPIFNOT) continue;
            int isNull = LiveBefore(jump), dup = isNull >= 0 ? LiveBefore(isNull) : -1;
            if (dup < 0 || _ops[isNull].OpCode != OpCode.ISNULL || _ops[dup].OpCode != OpCode.DUP) continue;
            _ops[c] = op with { OpCode = OpCode.PUSH0, Operand = [] };
            Insert(c + 1, new Op(OpCode.ADD, []));
            changed = true;
        }
        return changed;
    }

    private int LiveBefore(int index)
    {
        for (int i = index - 1; i >= 0; i--)
            if (_ops[i].Mark is null && !_ops[i].Dropped) return i;
        return -1;
    }

    /// <summary>Inserts an instruction, keeping every label on its instruction.</summary>
    private void Insert(int index, Op op)
    {
        _ops.Insert(index, op);
        for (int i = index; i < _ops.Count; i++)
            if (_ops[i].Mark is { } mark) mark.Index = i;
    }

    /// <summary>The index of the first live instruction at or after <paramref name="index"/> (skipping marks and dropped ones), or -1.</summary>
    private int Live(int index)
    {
        for (int i = index; i < _ops.Count; i++)
            if (_ops[i].Mark is null && !_ops[i].Dropped) return i;
        return -1;
    }

    private int At(Label label) => Live(Resolve(label));

    private static bool IsConditionalJump(OpCode op) => op is >= OpCode.JMPIF and <= OpCode.JMPLE_L && ((op - OpCode.JMP) & 1) == 0;

    private static bool EndsFlow(OpCode op) => op is OpCode.RET or OpCode.THROW or OpCode.ABORT or OpCode.ABORTMSG or OpCode.JMP or OpCode.ENDTRY or OpCode.ENDFINALLY;

    private bool RemoveUnreachable(List<Label> roots)
    {
        var reached = new bool[_ops.Count];
        var work = new Stack<int>();
        void Reach(int index)
        {
            if (index >= 0 && index < _ops.Count && !reached[index]) { reached[index] = true; work.Push(index); }
        }
        foreach (var root in roots) Reach(Resolve(root));
        while (work.Count > 0)
        {
            int i = work.Pop();
            var op = _ops[i];
            if (op.Mark is not null || op.Dropped) { Reach(i + 1); continue; }
            if (op.Target is not null) Reach(Resolve(op.Target));
            if (op.Target2 is not null) Reach(Resolve(op.Target2));
            if (!EndsFlow(op.OpCode)) Reach(i + 1);
        }
        bool changed = false;
        for (int i = 0; i < _ops.Count; i++)
        {
            if (reached[i] || _ops[i].Mark is not null || _ops[i].Dropped) continue;
            _ops[i] = _ops[i] with { Dropped = true };
            changed = true;
        }
        return changed;
    }

    private bool Peephole()
    {
        bool changed = false;
        for (int i = 0; i < _ops.Count; i++)
        {
            var op = _ops[i];
            if (op.Mark is not null || op.Dropped) continue;
            int next = Live(i + 1);
            var nextOp = next >= 0 ? _ops[next] : null;

            if (op.Target is { } target && op.OpCode is not (OpCode.PUSHA or OpCode.TRY or OpCode.CALL))
            {
                int at = At(target);
                // A jump to the next instruction: nothing to do but pop a condition.
                if (at == next)
                {
                    if (op.OpCode == OpCode.JMP) { Drop(i); changed = true; continue; }
                    if (op.OpCode is OpCode.JMPIF or OpCode.JMPIFNOT) { _ops[i] = op with { OpCode = OpCode.DROP, Target = null }; changed = true; continue; }
                }
                // Thread through an unconditional jump.
                if (at >= 0 && _ops[at].OpCode == OpCode.JMP && _ops[at].Target is { } further && !ReferenceEquals(further, target) && At(further) != at)
                {
                    _ops[i] = op with { Target = further };
                    changed = true;
                    continue;
                }
                // JMP to RET returns at once.
                if (op.OpCode == OpCode.JMP && at >= 0 && _ops[at].OpCode == OpCode.RET)
                {
                    _ops[i] = op with { OpCode = OpCode.RET, Target = null };
                    changed = true;
                    continue;
                }
            }
            // The rules below fuse two instructions: only when nothing jumps to the second one.
            if (nextOp is null || LabelBetween(i, next)) continue;
            // Jcc a; JMP b; a:  →  J!cc b
            if (IsConditionalJump(op.OpCode) && nextOp.OpCode == OpCode.JMP && nextOp.Target is not null && At(op.Target!) == Live(next + 1) && Inverse(op.OpCode) is { } inverse)
            {
                _ops[i] = op with { OpCode = inverse, Target = nextOp.Target };
                Drop(next);
                changed = true;
                continue;
            }
            // Constant conditions.
            if (op.OpCode is OpCode.PUSHT or OpCode.PUSHF && nextOp.OpCode is OpCode.JMPIF or OpCode.JMPIFNOT)
            {
                bool taken = (op.OpCode == OpCode.PUSHT) == (nextOp.OpCode == OpCode.JMPIF);
                Drop(i);
                if (taken) _ops[next] = nextOp with { OpCode = OpCode.JMP };
                else Drop(next);
                changed = true;
                continue;
            }
            // A numeric comparison then JMPIF/JMPIFNOT is one compare-and-jump (both take two integers).
            if (nextOp.OpCode is OpCode.JMPIF or OpCode.JMPIFNOT && FusedJump(op.OpCode, nextOp.OpCode == OpCode.JMPIF) is { } fused)
            {
                Drop(i);
                _ops[next] = nextOp with { OpCode = fused };
                changed = true;
                continue;
            }
            // NOT before a conditional jump flips it.
            if (op.OpCode == OpCode.NOT && nextOp.OpCode is OpCode.JMPIF or OpCode.JMPIFNOT)
            {
                Drop(i);
                _ops[next] = nextOp with { OpCode = nextOp.OpCode == OpCode.JMPIF ? OpCode.JMPIFNOT : OpCode.JMPIF };
                changed = true;
                continue;
            }
            // Converting to a Buffer just before CAT or a storage syscall: both read ByteStrings alike.
            if (op.OpCode == OpCode.CONVERT && op.Operand is [0x30] && (nextOp.OpCode == OpCode.CAT
                || nextOp.OpCode == OpCode.SYSCALL && ReadsKeyOnly.Contains(BitConverter.ToUInt32(nextOp.Operand))))
            {
                Drop(i);
                changed = true;
                continue;
            }
            // A value pushed and dropped at once.
            if (nextOp.OpCode == OpCode.DROP && IsPlainPush(op))
            {
                Drop(i);
                Drop(next);
                changed = true;
            }
        }
        return changed;
    }

    /// <summary>Storage syscalls whose top argument is a key (or prefix) they only read.</summary>
    private static readonly HashSet<uint> ReadsKeyOnly = new[]
    {
        "System.Storage.Get", "System.Storage.Put", "System.Storage.Delete", "System.Storage.Find",
        "System.Storage.Local.Get", "System.Storage.Local.Put", "System.Storage.Local.Delete", "System.Storage.Local.Find",
    }.Select(Runtime.Contracts.InteropIds.Of).ToHashSet();

    /// <summary>Whether a label sits between two instructions (something may jump to the second).</summary>
    private bool LabelBetween(int first, int second)
    {
        for (int i = first + 1; i < second; i++)
            if (_ops[i].Mark is not null) return true;
        return false;
    }

    /// <summary>Pushes one item with no other effect (constants, slot loads, DUP/OVER).</summary>
    private static bool IsPlainPush(Op op) =>
        op.Target is null && (op.OpCode is >= OpCode.PUSHINT8 and <= OpCode.PUSH16 and not OpCode.PUSHA
            || op.OpCode is >= OpCode.LDSFLD0 and <= OpCode.LDSFLD || op.OpCode is >= OpCode.LDLOC0 and <= OpCode.LDLOC
            || op.OpCode is >= OpCode.LDARG0 and <= OpCode.LDARG || op.OpCode is OpCode.DUP or OpCode.OVER);

    private static OpCode? FusedJump(OpCode comparison, bool jumpIfTrue)
    {
        OpCode? direct = comparison switch
        {
            OpCode.NUMEQUAL => OpCode.JMPEQ,
            OpCode.NUMNOTEQUAL => OpCode.JMPNE,
            OpCode.GT => OpCode.JMPGT,
            OpCode.GE => OpCode.JMPGE,
            OpCode.LT => OpCode.JMPLT,
            OpCode.LE => OpCode.JMPLE,
            _ => null,
        };
        return direct is null ? null : jumpIfTrue ? direct : Inverse(direct.Value);
    }

    private static OpCode? Inverse(OpCode op) => op switch
    {
        OpCode.JMPIF => OpCode.JMPIFNOT,
        OpCode.JMPIFNOT => OpCode.JMPIF,
        OpCode.JMPEQ => OpCode.JMPNE,
        OpCode.JMPNE => OpCode.JMPEQ,
        OpCode.JMPGT => OpCode.JMPLE,
        OpCode.JMPLE => OpCode.JMPGT,
        OpCode.JMPGE => OpCode.JMPLT,
        OpCode.JMPLT => OpCode.JMPGE,
        _ => null,
    };

    /// <summary>Drops an instruction, handing its sequence point to the next live one.</summary>
    private void Drop(int index, bool keepSequence)
    {
        var op = _ops[index];
        _ops[index] = op with { Dropped = true };
        if (!keepSequence || op.Sequence is null) return;
        int next = Live(index + 1);
        if (next >= 0 && _ops[next].Sequence is null) _ops[next] = _ops[next] with { Sequence = op.Sequence };
    }
}
