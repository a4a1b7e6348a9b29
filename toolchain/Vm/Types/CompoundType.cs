namespace Protocol.Toolchain.Vm.Types;

/// <summary>
/// Array, Struct and Map. <see cref="StackReferences"/> counts the references that reach this item
/// from stacks and slots, directly or through a stack-referenced parent (see <see cref="ReferenceCounter"/>).
/// </summary>
public abstract class CompoundType : StackItem
{
    internal int StackReferences;

    public bool IsStackReferenced => StackReferences != 0;

    public abstract int Count { get; }

    /// <summary>Items this compound holds (for a Map: all keys, then all values).</summary>
    public abstract IEnumerable<StackItem> SubItems { get; }

    public bool IsReadOnly { get; protected set; }

    public abstract void Clear();

    public sealed override bool GetBoolean() => true;

    protected void AssertWritable(string what)
    {
        if (IsReadOnly) throw new InvalidOperationException($"The {what} is readonly.");
    }

    public override string ToString() => Count.ToString();
}
