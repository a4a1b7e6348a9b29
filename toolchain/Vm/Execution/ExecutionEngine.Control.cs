using System.Numerics;
using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Vm;

public partial class ExecutionEngine
{
    private static void PushInt(EvaluationStack stack, Instruction instruction)
    {
        if (instruction.OpCode <= OpCode.PUSHINT64) stack.Push(StackValue.FromInt64(instruction.Immediate));
        else stack.Push(StackValue.FromInteger(new BigInteger(instruction.Operand.Span)));
    }

    private void PushData(EvaluationStack stack, Instruction instruction)
    {
        Limits.AssertMaxItemSize(instruction.Operand.Length);
        stack.Push(new ByteString(instruction.Operand));
    }

    private static void PushA(ExecutionContext context, Instruction instruction)
    {
        int position = checked(context.InstructionPointer + instruction.TokenI32);
        if (position < 0 || position > context.Script.Length)
            throw new InvalidOperationException($"Bad pointer address: {position}");
        context.EvaluationStack.Push(new Pointer(context.Script, position));
    }

    /// <summary>JMP*: even opcodes carry a 1-byte offset, odd (_L) ones a 4-byte offset.</summary>
    private void Jump(ExecutionContext context, EvaluationStack stack, Instruction instruction)
    {
        var op = instruction.OpCode;
        bool isLong = ((byte)op & 1) == 1;
        var kind = (OpCode)((byte)op & 0xFE);
        bool taken;
        switch (kind)
        {
            case OpCode.JMP: taken = true; break;
            case OpCode.JMPIF: taken = stack.Pop().GetBoolean(); break;
            case OpCode.JMPIFNOT: taken = !stack.Pop().GetBoolean(); break;
            default:
                var x2 = stack.Pop();
                var x1 = stack.Pop();
                int cmp = x1.IsInlineInteger && x2.IsInlineInteger
                    ? x1.InlineValue.CompareTo(x2.InlineValue)
                    : x1.GetInteger().CompareTo(x2.GetInteger());
                taken = kind switch
                {
                    OpCode.JMPEQ => cmp == 0,
                    OpCode.JMPNE => cmp != 0,
                    OpCode.JMPGT => cmp > 0,
                    OpCode.JMPGE => cmp >= 0,
                    OpCode.JMPLT => cmp < 0,
                    _ => cmp <= 0,
                };
                break;
        }
        if (!taken) return;
        int offset = isLong ? instruction.TokenI32 : instruction.TokenI8;
        int target = checked(context.InstructionPointer + offset);
        if (target < 0 || target >= context.Script.Length)
            throw new ArgumentOutOfRangeException(nameof(offset), $"Jump out of range for position: {target}");
        context.InstructionPointer = target;
        _jumping = true;
    }

    private void ExecuteCall(int position) => LoadContext(CurrentContext!.Clone(position));

    private void CallA(ExecutionContext context, EvaluationStack stack)
    {
        var pointer = stack.Pop<Pointer>();
        if (!ReferenceEquals(pointer.Script, context.Script))
            throw new InvalidOperationException("Pointers can't be shared between scripts");
        ExecuteCall(pointer.Position);
    }

    private void Ret()
    {
        var popped = InvocationStack.Pop();
        var target = InvocationStack.Count == 0 ? ResultStack : InvocationStack.Peek().EvaluationStack;
        if (popped.EvaluationStack != target)
        {
            if (popped.RVCount >= 0 && popped.EvaluationStack.Count != popped.RVCount)
                throw new InvalidOperationException($"Return value count mismatch: expected {popped.RVCount}, but got {popped.EvaluationStack.Count} items on the evaluation stack");
            popped.EvaluationStack.CopyTo(target);
        }
        if (InvocationStack.Count == 0) State = VMState.HALT;
        ContextUnloaded(popped);
        _jumping = true;
    }

    private void AssertMsg(EvaluationStack stack)
    {
        string? message = stack.Pop().GetString();
        if (!stack.Pop().GetBoolean())
            throw new VmAbortException($"ASSERTMSG is executed with false result. Reason: {message}");
    }

    private static void IsType(EvaluationStack stack, Instruction instruction)
    {
        var value = stack.Pop();
        var type = (StackItemType)instruction.TokenU8;
        if (type == StackItemType.Any || !StackItemTypes.IsDefined(type))
            throw new InvalidOperationException($"Invalid type: {type}");
        stack.Push(StackValue.FromItem(value.Type == type ? StackItem.True : StackItem.False));
    }
}
