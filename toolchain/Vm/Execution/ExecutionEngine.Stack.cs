namespace Protocol.Toolchain.Vm;

public partial class ExecutionEngine
{
    private static void StackOp(EvaluationStack stack, OpCode op)
    {
        switch (op)
        {
            case OpCode.DEPTH: stack.Push(StackValue.FromInt64(stack.Count)); break;
            case OpCode.DROP: stack.Pop(); break;
            case OpCode.NIP: stack.Remove(1); break;
            case OpCode.XDROP: stack.Remove(PopNonNegative(stack, op)); break;
            case OpCode.CLEAR: stack.Clear(); break;
            case OpCode.DUP: stack.Push(stack.Peek()); break;
            case OpCode.OVER: stack.Push(stack.Peek(1)); break;
            case OpCode.PICK:
                int n = PopNonNegative(stack, op);
                stack.Push(stack.Peek(n));
                break;
            case OpCode.TUCK: stack.Insert(2, stack.Peek()); break;
            case OpCode.SWAP:
                if (stack.Count < 2) throw new ArgumentOutOfRangeException(nameof(op), $"Swap index is out of stack bounds: 1/{stack.Count}");
                stack.Swap(0, 1);
                break;
            case OpCode.ROT: stack.Roll(2); break;
            case OpCode.ROLL: stack.Roll(PopInt32(stack)); break;
            case OpCode.REVERSE3: stack.Reverse(3); break;
            case OpCode.REVERSE4: stack.Reverse(4); break;
            case OpCode.REVERSEN: stack.Reverse(PopInt32(stack)); break;
            default: throw new InvalidOperationException($"Opcode {op} is undefined.");
        }
    }

    /// <summary>Pops an integer that must fit an Int32 (an overflow FAULTs).</summary>
    private static int PopInt32(EvaluationStack stack)
    {
        var value = stack.Pop();
        if (value.IsInlineInteger) return checked((int)value.InlineValue);
        return (int)value.GetInteger();
    }

    private static int PopNonNegative(EvaluationStack stack, OpCode op)
    {
        int n = PopInt32(stack);
        if (n < 0) throw new InvalidOperationException($"The negative value {n} is invalid for OpCode.{op}.");
        return n;
    }
}
