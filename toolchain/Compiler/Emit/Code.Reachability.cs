using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Compiler.Emit;

public sealed partial class Code
{
    /// <summary>
    /// The instructions a call to <paramref name="entry"/> can execute: its own code and, through CALL and PUSHA, every
    /// method it reaches (opcode and operand, each once).
    /// </summary>
    public IEnumerable<(OpCode OpCode, byte[] Operand)> ReachableFrom(Label entry)
    {
        var seen = new bool[_ops.Count];
        var work = new Stack<int>();
        void Reach(int index)
        {
            if (index >= 0 && index < _ops.Count && !seen[index]) { seen[index] = true; work.Push(index); }
        }
        Reach(Resolve(entry));
        while (work.Count > 0)
        {
            int i = work.Pop();
            var op = _ops[i];
            if (op.Mark is not null || op.Dropped) { Reach(i + 1); continue; }
            yield return (op.OpCode, op.Operand);
            if (op.Target is not null) Reach(Resolve(op.Target));
            if (op.Target2 is not null) Reach(Resolve(op.Target2));
            if (!EndsFlow(op.OpCode)) Reach(i + 1);
        }
    }
}
