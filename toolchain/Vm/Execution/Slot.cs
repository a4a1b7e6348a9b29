using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Vm;

/// <summary>Static fields, local variables or arguments of a context; each entry counts one reference.</summary>
public sealed class Slot : IReadOnlyList<StackItem>
{
    private readonly StackValue[] _items;
    private readonly ReferenceCounter _references;

    /// <summary>A slot of <paramref name="count"/> Nulls.</summary>
    internal Slot(int count, ReferenceCounter references)
    {
        _references = references;
        _items = new StackValue[count];
        System.Array.Fill(_items, StackValue.Null);
        references.Add(count);
    }

    /// <summary>Arguments taken from the top of a stack (top first) without recounting them.</summary>
    internal Slot(EvaluationStack stack, int count, ReferenceCounter references)
    {
        _references = references;
        _items = new StackValue[count];
        for (int i = 0; i < count; i++) _items[i] = stack.PopNoRef();
    }

    public int Count => _items.Length;

    public StackItem this[int index] => _items[index].Item;

    internal StackValue Get(int index) => _items[index];

    /// <summary>Moves the top of <paramref name="stack"/> into entry <paramref name="index"/>.</summary>
    internal void Store(EvaluationStack stack, int index)
    {
        if (index < 0 || index >= _items.Length) throw new ArgumentOutOfRangeException(nameof(index), $"Out of stack bounds: {index}/{_items.Length}");
        _references.RemoveStackReference(_items[index]);
        _items[index] = stack.PopNoRef();
    }

    internal void ClearReferences()
    {
        foreach (var value in _items) _references.RemoveStackReference(value);
    }

    public IEnumerator<StackItem> GetEnumerator()
    {
        foreach (var value in _items) yield return value.Item;
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
