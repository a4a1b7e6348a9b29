using Protocol.Toolchain.Vm.Types;
using VMArray = Protocol.Toolchain.Vm.Types.Array;

namespace Protocol.Toolchain.Vm;

/// <summary>
/// Compound-type opcodes. Reference counting follows Neo exactly: items moved from the stack into a
/// compound keep their count ("NoRef" pops), items of a compound that loses its last stack
/// reference are released, and items added to or removed from a stack-referenced compound are
/// counted or released.
/// </summary>
public partial class ExecutionEngine
{
    private void Compound(EvaluationStack stack, Instruction instruction)
    {
        var op = instruction.OpCode;
        switch (op)
        {
            case OpCode.PACKMAP: PackMap(stack); break;
            case OpCode.PACKSTRUCT or OpCode.PACK:
                int size = PopInt32(stack);
                if (size < 0 || size > stack.Count)
                    throw new InvalidOperationException($"The {(op == OpCode.PACK ? "array" : "struct")} size is out of valid range, {size}/[0, {stack.Count}].");
                var items = new List<StackItem>(size);
                for (int i = 0; i < size; i++) items.Add(stack.PopNoRef().Item);
                VMArray packed = op == OpCode.PACK ? new VMArray(items) : new Struct(items);
                packed.StackReferences++;
                stack.PushCounted(packed, 1);
                break;
            case OpCode.UNPACK: Unpack(stack); break;
            case OpCode.NEWARRAY0: stack.Push(new VMArray()); break;
            case OpCode.NEWSTRUCT0: stack.Push(new Struct()); break;
            case OpCode.NEWMAP: stack.Push(new Map()); break;
            case OpCode.NEWARRAY or OpCode.NEWSTRUCT or OpCode.NEWARRAY_T: NewArray(stack, instruction); break;
            case OpCode.SIZE: Size(stack); break;
            case OpCode.HASKEY: HasKey(stack); break;
            case OpCode.KEYS:
                var map = stack.Pop<Map>();
                var keys = new VMArray(new List<StackItem>(map.Keys));
                keys.StackReferences++;
                stack.PushCounted(keys, map.Count + 1);
                break;
            case OpCode.VALUES: Values(stack); break;
            case OpCode.PICKITEM: PickItem(stack); break;
            case OpCode.APPEND: Append(stack); break;
            case OpCode.SETITEM: SetItem(stack); break;
            case OpCode.REVERSEITEMS:
                var target = stack.Pop().Item;
                if (target is VMArray array) array.Reverse();
                else if (target is Types.Buffer buffer) buffer.InnerBuffer.Reverse();
                else throw new InvalidOperationException($"Invalid type for {op}: {target.Type}");
                break;
            case OpCode.REMOVE: Remove(stack); break;
            case OpCode.CLEARITEMS:
                var compound = stack.Pop<CompoundType>();
                var released = compound.SubItems.ToList();
                compound.Clear();
                if (compound.IsStackReferenced)
                    foreach (var item in released) ReferenceCounter.RemoveStackReference(item);
                break;
            case OpCode.POPITEM:
                var list = stack.Pop<VMArray>();
                int last = list.Count - 1;
                if (last < 0) throw new InvalidOperationException("POPITEM on an empty array.");
                var popped = list[last];
                stack.Push(popped);
                list.RemoveAt(last);
                if (list.IsStackReferenced) ReferenceCounter.RemoveStackReference(popped);
                break;
            default: throw new InvalidOperationException($"Opcode {op} is undefined.");
        }
    }

    private void PackMap(EvaluationStack stack)
    {
        int size = PopInt32(stack);
        if (size < 0 || size * 2 > stack.Count)
            throw new InvalidOperationException($"The map size is out of valid range, 2*{size}/[0, {stack.Count}].");
        var map = new Map();
        for (int i = 0; i < size; i++)
        {
            var key = stack.PopNoRef<PrimitiveType>();
            var value = stack.PopNoRef().Item;
            if (map.TryGetValue(key, out var old))
            {
                ReferenceCounter.RemoveStackReference(key);
                ReferenceCounter.RemoveStackReference(old);
            }
            map[key] = value;
        }
        map.StackReferences++;
        stack.PushCounted(map, 1);
    }

    private void Unpack(EvaluationStack stack)
    {
        var compound = stack.PopNoRef<CompoundType>();
        compound.StackReferences--;
        ReferenceCounter.Add(-1);
        // Still referenced elsewhere: the pushed copies are new references. Otherwise the sub-items'
        // existing counts move to the stack with them.
        bool shared = compound.IsStackReferenced;
        switch (compound)
        {
            case Map map:
                for (int i = map.Count - 1; i >= 0; i--)
                {
                    var (key, value) = map.GetAt(i);
                    if (shared) stack.Push(value);
                    else stack.PushCounted(value, 0);
                    stack.PushCounted(key, shared ? 1 : 0);
                }
                break;
            case VMArray array:
                for (int i = array.Count - 1; i >= 0; i--)
                {
                    if (shared) stack.Push(array[i]);
                    else stack.PushCounted(array[i], 0);
                }
                break;
        }
        stack.Push(StackValue.FromInt64(compound.Count));
    }

    private void NewArray(EvaluationStack stack, Instruction instruction)
    {
        int n = PopInt32(stack);
        if (n < 0 || n > Limits.MaxStackSize)
            throw new InvalidOperationException($"The array size is out of valid range, {n}/[0, {Limits.MaxStackSize}].");
        StackItem fill = StackItem.Null;
        if (instruction.OpCode == OpCode.NEWARRAY_T)
        {
            var type = (StackItemType)instruction.TokenU8;
            if (!StackItemTypes.IsDefined(type))
                throw new InvalidOperationException($"Invalid type for {instruction.OpCode}: {instruction.TokenU8}");
            fill = type switch
            {
                StackItemType.Boolean => StackItem.False,
                StackItemType.Integer => Integer.Zero,
                StackItemType.ByteString => ByteString.Empty,
                _ => StackItem.Null,
            };
        }
        var items = new List<StackItem>(n);
        for (int i = 0; i < n; i++) items.Add(fill);
        VMArray created = instruction.OpCode == OpCode.NEWSTRUCT ? new Struct(items) : new VMArray(items);
        created.StackReferences++;
        stack.PushCounted(created, n + 1);
    }

    private static void Size(EvaluationStack stack)
    {
        var value = stack.Pop();
        if (value.IsInlineInteger)
        {
            stack.Push(StackValue.FromInt64(((Integer)value.Item).Size));
            return;
        }
        int size = value.Reference switch
        {
            CompoundType compound => compound.Count,
            PrimitiveType primitive => primitive.Size,
            Types.Buffer buffer => buffer.Size,
            var other => throw new InvalidOperationException($"Invalid type for SIZE: {other!.Type}"),
        };
        stack.Push(StackValue.FromInt64(size));
    }
}
