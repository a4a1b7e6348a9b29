namespace Protocol.Toolchain.Vm;

public partial class ExecutionEngine
{
    private void InitStaticSlot(ExecutionContext context, Instruction instruction)
    {
        if (context.StaticFields is not null)
            throw new InvalidOperationException($"{instruction.OpCode} cannot be executed twice.");
        if (instruction.TokenU8 == 0)
            throw new InvalidOperationException($"The operand {instruction.TokenU8} is invalid for OpCode.{instruction.OpCode}.");
        context.StaticFields = new Slot(instruction.TokenU8, ReferenceCounter);
    }

    private void InitSlot(ExecutionContext context, Instruction instruction)
    {
        if (context.LocalVariables is not null || context.Arguments is not null)
            throw new InvalidOperationException($"{instruction.OpCode} cannot be executed twice.");
        if (instruction.TokenU16 == 0)
            throw new InvalidOperationException($"The operand {instruction.TokenU16} is invalid for OpCode.{instruction.OpCode}.");
        if (instruction.TokenU8 > 0)
            context.LocalVariables = new Slot(instruction.TokenU8, ReferenceCounter);
        if (instruction.TokenU8_1 > 0)
            context.Arguments = new Slot(context.EvaluationStack, instruction.TokenU8_1, ReferenceCounter);
    }

    /// <summary>
    /// LDSFLD/STSFLD/LDLOC/STLOC/LDARG/STARG: each family spans 8 opcodes, the first 7 with the index
    /// in the opcode and the 8th with a 1-byte index operand.
    /// </summary>
    private static void SlotOp(ExecutionContext context, EvaluationStack stack, Instruction instruction)
    {
        int offset = instruction.OpCode - OpCode.LDSFLD0;
        int family = offset / 8;
        int index = offset % 8 == 7 ? instruction.TokenU8 : offset % 8;
        var slot = (family / 2) switch
        {
            0 => context.StaticFields,
            1 => context.LocalVariables,
            _ => context.Arguments,
        };
        if (slot is null) throw new InvalidOperationException("Slot has not been initialized.");
        if (family % 2 == 1)
        {
            slot.Store(stack, index);
            return;
        }
        if (index >= slot.Count)
            throw new InvalidOperationException($"Index out of range when loading from slot: {index}, {index}/[0, {slot.Count}).");
        stack.Push(slot.Get(index));
    }
}
