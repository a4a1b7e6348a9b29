using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Vm;

public partial class ExecutionEngine
{
    // Every opcode is its own case label so the switch compiles to a jump table.
    /// <summary>Runs one instruction's semantics against <paramref name="context"/> (the current frame).</summary>
    private void ExecuteInstruction(ExecutionContext context, Instruction instruction)
    {
        var stack = context.EvaluationStack;
        var op = instruction.OpCode;
        switch (op)
        {
            case OpCode.PUSHINT8: case OpCode.PUSHINT16: case OpCode.PUSHINT32: case OpCode.PUSHINT64:
            case OpCode.PUSHINT128: case OpCode.PUSHINT256:
                PushInt(stack, instruction); break;
            case OpCode.PUSHT: stack.Push(StackValue.FromItem(StackItem.True)); break;
            case OpCode.PUSHF: stack.Push(StackValue.FromItem(StackItem.False)); break;
            case OpCode.PUSHA: PushA(context, instruction); break;
            case OpCode.PUSHNULL: stack.Push(StackValue.Null); break;
            case OpCode.PUSHDATA1: case OpCode.PUSHDATA2: case OpCode.PUSHDATA4:
                PushData(stack, instruction); break;
            case OpCode.PUSHM1: case OpCode.PUSH0: case OpCode.PUSH1: case OpCode.PUSH2: case OpCode.PUSH3:
            case OpCode.PUSH4: case OpCode.PUSH5: case OpCode.PUSH6: case OpCode.PUSH7: case OpCode.PUSH8:
            case OpCode.PUSH9: case OpCode.PUSH10: case OpCode.PUSH11: case OpCode.PUSH12: case OpCode.PUSH13:
            case OpCode.PUSH14: case OpCode.PUSH15: case OpCode.PUSH16:
                stack.Push(StackValue.FromInt64((int)op - (int)OpCode.PUSH0)); break;

            case OpCode.NOP: break;
            case OpCode.JMP: case OpCode.JMP_L: case OpCode.JMPIF: case OpCode.JMPIF_L: case OpCode.JMPIFNOT:
            case OpCode.JMPIFNOT_L: case OpCode.JMPEQ: case OpCode.JMPEQ_L: case OpCode.JMPNE: case OpCode.JMPNE_L:
            case OpCode.JMPGT: case OpCode.JMPGT_L: case OpCode.JMPGE: case OpCode.JMPGE_L: case OpCode.JMPLT:
            case OpCode.JMPLT_L: case OpCode.JMPLE: case OpCode.JMPLE_L:
                Jump(context, stack, instruction); break;
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

            case OpCode.DEPTH: case OpCode.DROP: case OpCode.NIP: case OpCode.XDROP: case OpCode.CLEAR:
            case OpCode.DUP: case OpCode.OVER: case OpCode.PICK: case OpCode.TUCK: case OpCode.SWAP: case OpCode.ROT:
            case OpCode.ROLL: case OpCode.REVERSE3: case OpCode.REVERSE4: case OpCode.REVERSEN:
                StackOp(stack, op); break;

            case OpCode.INITSSLOT: InitStaticSlot(context, instruction); break;
            case OpCode.INITSLOT: InitSlot(context, instruction); break;
            case OpCode.LDSFLD0: case OpCode.LDSFLD1: case OpCode.LDSFLD2: case OpCode.LDSFLD3: case OpCode.LDSFLD4:
            case OpCode.LDSFLD5: case OpCode.LDSFLD6: case OpCode.LDSFLD: case OpCode.STSFLD0: case OpCode.STSFLD1:
            case OpCode.STSFLD2: case OpCode.STSFLD3: case OpCode.STSFLD4: case OpCode.STSFLD5: case OpCode.STSFLD6:
            case OpCode.STSFLD: case OpCode.LDLOC0: case OpCode.LDLOC1: case OpCode.LDLOC2: case OpCode.LDLOC3:
            case OpCode.LDLOC4: case OpCode.LDLOC5: case OpCode.LDLOC6: case OpCode.LDLOC: case OpCode.STLOC0:
            case OpCode.STLOC1: case OpCode.STLOC2: case OpCode.STLOC3: case OpCode.STLOC4: case OpCode.STLOC5:
            case OpCode.STLOC6: case OpCode.STLOC: case OpCode.LDARG0: case OpCode.LDARG1: case OpCode.LDARG2:
            case OpCode.LDARG3: case OpCode.LDARG4: case OpCode.LDARG5: case OpCode.LDARG6: case OpCode.LDARG:
            case OpCode.STARG0: case OpCode.STARG1: case OpCode.STARG2: case OpCode.STARG3: case OpCode.STARG4:
            case OpCode.STARG5: case OpCode.STARG6: case OpCode.STARG:
                SlotOp(context, stack, instruction); break;

            case OpCode.NEWBUFFER: case OpCode.MEMCPY: case OpCode.CAT: case OpCode.SUBSTR: case OpCode.LEFT:
            case OpCode.RIGHT:
                Splice(stack, op); break;

            case OpCode.INVERT: case OpCode.AND: case OpCode.OR: case OpCode.XOR: case OpCode.EQUAL:
            case OpCode.NOTEQUAL: case OpCode.SIGN: case OpCode.ABS: case OpCode.NEGATE: case OpCode.INC:
            case OpCode.DEC: case OpCode.ADD: case OpCode.SUB: case OpCode.MUL: case OpCode.DIV: case OpCode.MOD:
            case OpCode.POW: case OpCode.SQRT: case OpCode.MODMUL: case OpCode.MODPOW: case OpCode.SHL:
            case OpCode.SHR: case OpCode.NOT: case OpCode.BOOLAND: case OpCode.BOOLOR: case OpCode.NZ:
            case OpCode.NUMEQUAL: case OpCode.NUMNOTEQUAL: case OpCode.LT: case OpCode.LE: case OpCode.GT:
            case OpCode.GE: case OpCode.MIN: case OpCode.MAX: case OpCode.WITHIN:
                Numeric(stack, op); break;

            case OpCode.PACKMAP: case OpCode.PACKSTRUCT: case OpCode.PACK: case OpCode.UNPACK: case OpCode.NEWARRAY0:
            case OpCode.NEWARRAY: case OpCode.NEWARRAY_T: case OpCode.NEWSTRUCT0: case OpCode.NEWSTRUCT:
            case OpCode.NEWMAP: case OpCode.SIZE: case OpCode.HASKEY: case OpCode.KEYS: case OpCode.VALUES:
            case OpCode.PICKITEM: case OpCode.APPEND: case OpCode.SETITEM: case OpCode.REVERSEITEMS:
            case OpCode.REMOVE: case OpCode.CLEARITEMS: case OpCode.POPITEM:
                Compound(stack, instruction); break;

            case OpCode.ISNULL: stack.Push(StackValue.FromItem(stack.Pop().IsNull ? StackItem.True : StackItem.False)); break;
            case OpCode.ISTYPE: IsType(stack, instruction); break;
            case OpCode.CONVERT: stack.Push(stack.Pop().Item.ConvertTo((StackItemType)instruction.TokenU8)); break;
            case OpCode.ABORTMSG: throw new VmAbortException($"ABORTMSG is executed. Reason: {stack.Pop().GetString()}");
            case OpCode.ASSERTMSG: AssertMsg(stack); break;
            default: throw new InvalidOperationException($"Opcode {op} is undefined.");
        }
    }
}
