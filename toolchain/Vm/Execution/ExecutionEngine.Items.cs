using System.Numerics;
using Protocol.Toolchain.Vm.Types;
using VMArray = Protocol.Toolchain.Vm.Types.Array;

namespace Protocol.Toolchain.Vm;

/// <summary>Element access on compounds and byte strings: HASKEY, PICKITEM, SETITEM, APPEND, REMOVE, VALUES.</summary>
public partial class ExecutionEngine
{
    private void HasKey(EvaluationStack stack)
    {
        var key = stack.Pop<PrimitiveType>();
        var target = stack.Pop().Item;
        bool result;
        switch (target)
        {
            case VMArray array: result = CheckIndex(key, OpCode.HASKEY) < array.Count; break;
            case Map map: result = map.ContainsKey(key); break;
            case Types.Buffer buffer: result = CheckIndex(key, OpCode.HASKEY) < buffer.Size; break;
            case ByteString bytes: result = CheckIndex(key, OpCode.HASKEY) < bytes.Size; break;
            default: throw new InvalidOperationException($"Invalid type for HASKEY: {target.Type}");
        }
        stack.Push(Bool(result));
    }

    private BigInteger CheckIndex(PrimitiveType key, OpCode op)
    {
        var index = key.GetInteger();
        if (index < 0 || index >= Limits.MaxItemSize)
            throw new InvalidOperationException($"The index {index} is invalid for OpCode {op}.");
        return index;
    }

    /// <summary>PICKITEM; a missing index or key is a catchable VM exception.</summary>
    private void PickItem(EvaluationStack stack)
    {
        var key = stack.Pop<PrimitiveType>();
        var target = stack.Pop().Item;
        StackItem item;
        switch (target)
        {
            case VMArray array:
            {
                var index = key.GetInteger();
                if (index < 0 || index >= array.Count)
                {
                    ExecuteThrow($"The index of Array is out of range, {index}/[0, {array.Count}).");
                    return;
                }
                item = array[(int)index];
                break;
            }
            case Map map:
                if (!map.TryGetValue(key, out var value))
                {
                    ExecuteThrow($"Key {key} not found in Map.");
                    return;
                }
                item = value;
                break;
            case PrimitiveType primitive:
            {
                var bytes = primitive.GetSpan();
                var index = key.GetInteger();
                if (index < 0 || index >= bytes.Length)
                {
                    ExecuteThrow($"The index of PrimitiveType is out of range, {index}/[0, {bytes.Length}).");
                    return;
                }
                item = Integer.From(bytes[(int)index]);
                break;
            }
            case Types.Buffer buffer:
            {
                var index = key.GetInteger();
                if (index < 0 || index >= buffer.Size)
                {
                    ExecuteThrow($"The index of Buffer is out of range, {index}/[0, {buffer.Size}).");
                    return;
                }
                item = Integer.From(buffer.InnerBuffer[(int)index]);
                break;
            }
            default: throw new InvalidOperationException($"Invalid type for PICKITEM: {target.Type}");
        }
        stack.Push(item);
    }

    /// <summary>APPEND: a struct is appended as a copy.</summary>
    private void Append(EvaluationStack stack)
    {
        var item = stack.Pop().Item;
        var array = stack.Pop<VMArray>();
        if (item is Struct s) item = s.Clone(Limits, out _);
        array.Add(item);
        if (array.IsStackReferenced) ReferenceCounter.AddStackReference(item);
    }

    /// <summary>SETITEM: a struct value is stored as a copy; a bad array or buffer index is catchable.</summary>
    private void SetItem(EvaluationStack stack)
    {
        var value = stack.PopNoRef().Item;
        if (value is Struct s)
        {
            ReferenceCounter.RemoveStackReference(value);
            value = s.Clone(Limits, out _);
            ReferenceCounter.AddStackReference(value);
        }
        var key = stack.Pop<PrimitiveType>();
        var target = stack.Pop().Item;
        switch (target)
        {
            case VMArray array:
            {
                var index = key.GetInteger();
                if (index < 0 || index >= array.Count)
                {
                    ReferenceCounter.RemoveStackReference(value);
                    ExecuteThrow($"The index of Array is out of range, {index}/[0, {array.Count}).");
                    return;
                }
                int i = (int)index;
                ReferenceCounter.RemoveStackReference(array.IsStackReferenced ? array[i] : value);
                array[i] = value;
                break;
            }
            case Map map:
                if (!map.IsStackReferenced) ReferenceCounter.RemoveStackReference(value);
                else if (map.TryGetValue(key, out var old)) ReferenceCounter.RemoveStackReference(old);
                else ReferenceCounter.AddStackReference(key);
                map[key] = value;
                break;
            case Types.Buffer buffer:
            {
                ReferenceCounter.RemoveStackReference(value);
                var index = key.GetInteger();
                if (index < 0 || index >= buffer.Size)
                {
                    ExecuteThrow($"The index of Buffer is out of range, {index}/[0, {buffer.Size}).");
                    return;
                }
                if (value is not PrimitiveType primitive)
                    throw new InvalidOperationException("Only primitive type values can be set in Buffer in SETITEM.");
                var b = primitive.GetInteger();
                if (b < sbyte.MinValue || b > byte.MaxValue)
                    throw new InvalidOperationException($"Overflow in SETITEM, {b} is not a byte type.");
                // -128..-1 are stored as their two's complement byte: devpack's StaticStorageMap test (official engine)
                // HALTs for a byte prefix of -128.
                buffer.InnerBuffer[(int)index] = unchecked((byte)(int)b);
                break;
            }
            default: throw new InvalidOperationException($"Invalid type for SETITEM: {target.Type}");
        }
    }

    private void Remove(EvaluationStack stack)
    {
        var key = stack.Pop<PrimitiveType>();
        var target = stack.Pop().Item;
        switch (target)
        {
            case VMArray array:
                var index = key.GetInteger();
                if (index < 0 || index >= array.Count)
                    throw new InvalidOperationException($"The index of Array is out of range, {index}/[0, {array.Count}).");
                var item = array[(int)index];
                array.RemoveAt((int)index);
                if (array.IsStackReferenced) ReferenceCounter.RemoveStackReference(item);
                break;
            case Map map:
                var old = map.Remove(key, out _);
                if (old is not null && map.IsStackReferenced)
                {
                    ReferenceCounter.RemoveStackReference(key);
                    ReferenceCounter.RemoveStackReference(old);
                }
                break;
            default: throw new InvalidOperationException($"Invalid type for REMOVE: {target.Type}");
        }
    }

    /// <summary>VALUES: a new array of the values (structs copied), taking over the popped item's count.</summary>
    private void Values(EvaluationStack stack)
    {
        var source = stack.PopNoRef().Item;
        IEnumerable<StackItem> values;
        switch (source)
        {
            case VMArray array:
                array.StackReferences--;
                values = array;
                break;
            case Map map:
                map.StackReferences--;
                values = map.Values;
                if (!map.IsStackReferenced) ReferenceCounter.Add(-map.Count);
                break;
            default: throw new InvalidOperationException($"Invalid type for VALUES: {source.Type}");
        }
        bool shared = ((CompoundType)source).IsStackReferenced;
        var result = new VMArray();
        foreach (var item in values)
        {
            if (shared)
            {
                var copy = item is Struct s ? s.Clone(Limits, out _) : item;
                result.Add(copy);
                ReferenceCounter.AddStackReference(copy);
            }
            else if (item is Struct s)
            {
                var copy = s.Clone(Limits, out _);
                ReferenceCounter.RemoveStackReference(item);
                ReferenceCounter.AddStackReference(copy);
                result.Add(copy);
            }
            else
            {
                result.Add(item);
            }
        }
        result.StackReferences++;
        stack.PushCounted(result, 0);
    }
}
