using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Vm;

public partial class ExecutionEngine
{
    private void Splice(EvaluationStack stack, OpCode op)
    {
        switch (op)
        {
            case OpCode.NEWBUFFER:
                int length = PopInt32(stack);
                Limits.AssertMaxItemSize(length);
                stack.Push(new Types.Buffer(length));
                break;
            case OpCode.MEMCPY: MemCpy(stack); break;
            case OpCode.CAT: Cat(stack); break;
            case OpCode.SUBSTR: SubStr(stack); break;
            case OpCode.LEFT or OpCode.RIGHT:
                int count = PopInt32(stack);
                if (count < 0) throw new InvalidOperationException($"The count can not be negative for {op}, count: {count}.");
                var source = stack.Pop().Item;
                var bytes = source.GetSpan();
                if (count > bytes.Length) throw new InvalidOperationException($"The count is out of range for {op}, {count}/[0, {bytes.Length}].");
                stack.Push(new Types.Buffer(op == OpCode.LEFT ? bytes[..count] : bytes[^count..]));
                break;
            default: throw new InvalidOperationException($"Opcode {op} is undefined.");
        }
    }

    private static void MemCpy(EvaluationStack stack)
    {
        int count = PopInt32(stack);
        if (count < 0) throw new InvalidOperationException($"The count can not be negative for MEMCPY, count: {count}.");
        int si = PopInt32(stack);
        if (si < 0) throw new InvalidOperationException($"The source index can not be negative for MEMCPY, index: {si}.");
        var srcItem = stack.Pop().Item;
        var src = srcItem.GetSpan();
        if (checked(si + count) > src.Length)
            throw new InvalidOperationException($"The source index + count is out of range for MEMCPY, index: {si}, count: {count}, {si}/[0, {src.Length}].");
        int di = PopInt32(stack);
        if (di < 0) throw new InvalidOperationException($"The destination index can not be negative for MEMCPY, index: {di}.");
        var dst = stack.Pop<Types.Buffer>();
        if (checked(di + count) > dst.Size)
            throw new InvalidOperationException($"The destination index + count is out of range for MEMCPY, index: {di}, count: {count}, {di}/[0, {dst.Size}].");
        src.Slice(si, count).CopyTo(dst.InnerBuffer[di..]);
    }

    private void Cat(EvaluationStack stack)
    {
        var x2 = stack.Pop().Item;
        var x1 = stack.Pop().Item;
        var second = x2.GetSpan();
        var first = x1.GetSpan();
        Limits.AssertMaxItemSize(first.Length + second.Length);
        var joined = new byte[first.Length + second.Length];
        first.CopyTo(joined);
        second.CopyTo(joined.AsSpan(first.Length));
        stack.Push(Types.Buffer.Own(joined));
    }

    private static void SubStr(EvaluationStack stack)
    {
        int count = PopInt32(stack);
        if (count < 0) throw new InvalidOperationException($"The count can not be negative for SUBSTR, count: {count}.");
        int index = PopInt32(stack);
        if (index < 0) throw new InvalidOperationException($"The index can not be negative for SUBSTR, index: {index}.");
        var item = stack.Pop().Item;
        var bytes = item.GetSpan();
        if (checked(index + count) > bytes.Length)
            throw new InvalidOperationException($"The index + count is out of range for SUBSTR, index: {index}, count: {count}, {index + count}/[0, {bytes.Length}].");
        stack.Push(new Types.Buffer(bytes.Slice(index, count)));
    }
}
