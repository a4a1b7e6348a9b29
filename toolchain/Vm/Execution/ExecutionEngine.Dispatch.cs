using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Vm;

public partial class ExecutionEngine
{
    /// <summary>Runs one instruction's semantics against <paramref name="context"/> (the current frame).</summary>
    private void ExecuteInstruction(ExecutionContext context, Instruction instruction)
    {
        var stack = context.EvaluationStack;
        var op = instruction.OpCode;
        switch (op)
        {
            case >= OpCode.PUSHINT8 and <= OpCode.PUSHINT256: PushInt(stack, instruction); break;
            case OpCode.PUSHT: stack.Push(StackValue.FromItem(StackItem.True)); break;
            case OpCode.PUSHF: stack.Push(StackValue.FromItem(StackItem.False)); break;
            case OpCode.PUSHA: PushA(context, instruction); break;
            case OpCode.PUSHNULL: stack.Push(StackValue.Null); break;
            case OpCode.PUSHDATA1 or OpCode.PUSHDATA2 or OpCode.PUSHDATA4: PushData(stack, instruction); break;
            case >= OpCode.PUSHM1 and <= OpCode.PUSH16: stack.Push(StackValue.FromInt64((int)op - (int)OpCode.PUSH0)); break;

            case OpCode.NOP: break;
            case >= OpCode.JMP and <= OpCode.JMPLE_L: Jump(context, stack, instruction); break;
            case OpCode.CALL: ExecuteCall(checked(context.InstructionPointer + instruction.TokenI8)); break;
            case OpCode.CALL_L: ExecuteCall(checked(context.InstructionPointer + instruction.TokenI32)); break;
            case OpCode.CALLA: CallA(context, stack); break;
            case OpCode.CALLT: OnCallT(instruction); break;
            case OpCode.ABORT: throw new VmAbortException("ABORT is executed.");
            case OpCode.ASSERT: if (!stack.Pop().GetBoolean()) throw new VmAbortException("ASSERT is executed with false result."); break;
            case OpCode.THROW: ExecuteThrow(stack.Pop().Item); break;
            case OpCode.TRY: ExecuteTry(context, instruction.TokenI8, instruction.TokenI8_1); break;
            case OpCode.TRY_L: ExecuteTry(context, instruction.TokenI32, instruction.TokenI32_1); break;
            case OpCode.ENDTRY: ExecuteEndTry(context, instruction.TokenI8); break;
            case OpCode.ENDTRY_L: ExecuteEndTry(context, instruction.TokenI32); break;
            case OpCode.ENDFINALLY: EndFinally(context); break;
            case OpCode.RET: Ret(); break;
            case OpCode.SYSCALL: OnSysCall(instruction); break;

            case >= OpCode.DEPTH and <= OpCode.REVERSEN: StackOp(stack, op); break;

            case OpCode.INITSSLOT: InitStaticSlot(context, instruction); break;
            case OpCode.INITSLOT: InitSlot(context, instruction); break;
            case >= OpCode.LDSFLD0 and <= OpCode.STARG: SlotOp(context, stack, instruction); break;

            case >= OpCode.NEWBUFFER and <= OpCode.RIGHT: Splice(stack, op); break;

            case >= OpCode.INVERT and <= OpCode.WITHIN: Numeric(stack, op); break;

            case >= OpCode.PACKMAP and <= OpCode.POPITEM: Compound(stack, instruction); break;

            case OpCode.ISNULL: stack.Push(StackValue.FromItem(stack.Pop().IsNull ? StackItem.True : StackItem.False)); break;
            case OpCode.ISTYPE: IsType(stack, instruction); break;
            case OpCode.CONVERT: stack.Push(stack.Pop().Item.ConvertTo((StackItemType)instruction.TokenU8)); break;
            case OpCode.ABORTMSG: throw new VmAbortException($"ABORTMSG is executed. Reason: {stack.Pop().GetString()}");
            case OpCode.ASSERTMSG: AssertMsg(stack); break;
            default: throw new InvalidOperationException($"Opcode {op} is undefined.");
        }
    }
}
