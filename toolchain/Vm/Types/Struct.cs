namespace Protocol.Toolchain.Vm.Types;

/// <summary>
/// An Array with value semantics: compared field by field and copied (nested structs included)
/// when stored into a compound.
/// </summary>
public sealed class Struct : Array
{
    public Struct() { }

    public Struct(IEnumerable<StackItem> fields) : base(fields) { }

    internal Struct(List<StackItem> fields) : base(fields) { }

    public override StackItemType Type => StackItemType.Struct;

    /// <summary>
    /// Copies this struct and every struct nested in it breadth-first; other items are shared.
    /// At most MaxStackSize - 1 items may be visited. <paramref name="clonedItems"/> reports
    /// MaxStackSize minus the unused budget (what Neo reports to its pricing hook).
    /// </summary>
    public Struct Clone(ExecutionEngineLimits limits, out int clonedItems)
    {
        int budget = (int)limits.MaxStackSize - 1;
        var result = new Struct();
        var queue = new Queue<(Struct To, Struct From)>();
        queue.Enqueue((result, this));
        while (queue.Count > 0)
        {
            var (to, from) = queue.Dequeue();
            foreach (var item in from.Items)
            {
                if (--budget < 0) throw new InvalidOperationException("Beyond struct subitem clone limits!");
                if (item is Struct nested)
                {
                    var copy = new Struct();
                    to.Items.Add(copy);
                    queue.Enqueue((copy, nested));
                }
                else
                {
                    to.Items.Add(item);
                }
            }
        }
        clonedItems = (int)limits.MaxStackSize - budget;
        return result;
    }

    public override StackItem ConvertTo(StackItemType type)
    {
        if (type == StackItemType.Array) return new Array(new List<StackItem>(Items));
        return base.ConvertTo(type);
    }

    public override bool Equals(StackItem? other) =>
        throw new NotSupportedException("Struct equality needs the engine limits.");

    /// <summary>
    /// Field-wise equality, depth-first over both structs in lock step. Each visited item costs one
    /// unit of a MaxStackSize budget; byte strings draw on a shared MaxComparableSize budget and every
    /// other item costs one byte of it.
    /// </summary>
    public override bool Equals(StackItem? other, ExecutionEngineLimits limits)
    {
        if (other is not Struct) return false;
        var left = new Stack<StackItem>();
        var right = new Stack<StackItem>();
        left.Push(this);
        right.Push(other);
        uint count = limits.MaxStackSize;
        uint comparable = limits.MaxComparableSize;
        while (left.Count > 0)
        {
            if (count-- == 0) throw new InvalidOperationException("Too many struct items to compare in struct comparison.");
            var a = left.Pop();
            var b = right.Pop();
            if (a is ByteString bytes)
            {
                if (!bytes.Equals(b, ref comparable)) return false;
                continue;
            }
            if (comparable == 0) throw new InvalidOperationException("The operand exceeds the maximum comparable size in struct comparison.");
            comparable -= 1;
            if (a is Struct sa)
            {
                if (ReferenceEquals(a, b)) continue;
                if (b is not Struct sb || sa.Count != sb.Count) return false;
                foreach (var item in sa.Items) left.Push(item);
                foreach (var item in sb.Items) right.Push(item);
            }
            else if (!a.Equals(b))
            {
                return false;
            }
        }
        return true;
    }

    public override int GetHashCode() => throw new NotSupportedException("Struct has no hash code.");
}
