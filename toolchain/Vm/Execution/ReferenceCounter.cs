using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Vm;

/// <summary>
/// Counts stack references exactly as Neo N3's VM does (the conformance vectors assert the total).
/// Every entry of an evaluation stack, slot or result stack counts one. A compound that gains its
/// first stack reference also counts each of its sub-items once (recursively); one that loses its
/// last stack reference releases them. Items inside a compound that no stack references are not
/// counted. After each instruction the total may not exceed MaxStackSize.
/// </summary>
public sealed class ReferenceCounter
{
    private readonly ExecutionEngineLimits _limits;

    public ReferenceCounter(ExecutionEngineLimits limits) => _limits = limits;

    /// <summary>Total references currently counted.</summary>
    public int Count { get; private set; }

    internal void Add(int count) => Count += count;

    /// <summary>Adds <paramref name="count"/> references to an item (and its sub-items on its first one).</summary>
    public void AddStackReference(StackItem item, int count = 1)
    {
        Count += count;
        if (item is CompoundType compound)
        {
            compound.StackReferences += count;
            if (compound.StackReferences == count)
                foreach (var sub in compound.SubItems) AddStackReference(sub);
        }
    }

    internal void AddStackReference(in StackValue value)
    {
        if (value.Reference is CompoundType compound) AddStackReference(compound);
        else Count++;
    }

    /// <summary>Removes one reference (a compound without stack references is left alone).</summary>
    public void RemoveStackReference(StackItem item)
    {
        if (item is CompoundType compound)
        {
            if (compound.StackReferences == 0) return;
            Count--;
            if (--compound.StackReferences == 0)
                foreach (var sub in compound.SubItems) RemoveStackReference(sub);
        }
        else
        {
            Count--;
        }
    }

    internal void RemoveStackReference(in StackValue value)
    {
        if (value.Reference is CompoundType compound) RemoveStackReference(compound);
        else Count--;
    }

    /// <summary>Faults when more than MaxStackSize references are held at the end of an instruction.</summary>
    public void CheckPostExecution()
    {
        if (Count > _limits.MaxStackSize)
            throw new InvalidOperationException($"MaxStackSize exceed: {Count}/{_limits.MaxStackSize}");
    }
}
