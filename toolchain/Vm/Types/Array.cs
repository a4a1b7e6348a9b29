namespace Protocol.Toolchain.Vm.Types;

/// <summary>An ordered, mutable list of items compared by reference.</summary>
public class Array : CompoundType, IReadOnlyList<StackItem>
{
    protected readonly List<StackItem> Items;

    public Array() => Items = [];

    public Array(IEnumerable<StackItem> items) => Items = [.. items];

    /// <summary>Takes ownership of <paramref name="items"/> without copying.</summary>
    internal Array(List<StackItem> items) => Items = items;

    public override StackItemType Type => StackItemType.Array;

    public override int Count => Items.Count;

    public override IEnumerable<StackItem> SubItems => Items;

    public StackItem this[int index]
    {
        get => Items[index];
        set
        {
            AssertWritable("array");
            Items[index] = value;
        }
    }

    public void Add(StackItem item)
    {
        AssertWritable("array");
        Items.Add(item);
    }

    public void RemoveAt(int index)
    {
        AssertWritable("array");
        Items.RemoveAt(index);
    }

    public void Reverse()
    {
        AssertWritable("array");
        Items.Reverse();
    }

    public override void Clear()
    {
        AssertWritable("array");
        Items.Clear();
    }

    public override StackItem ConvertTo(StackItemType type)
    {
        if (Type == StackItemType.Array && type == StackItemType.Struct) return new Struct(new List<StackItem>(Items));
        return base.ConvertTo(type);
    }

    internal sealed override StackItem DeepCopy(Dictionary<StackItem, StackItem> refMap, bool asImmutable)
    {
        if (refMap.TryGetValue(this, out var mapped)) return mapped;
        Array copy = this is Struct ? new Struct() : new Array();
        refMap.Add(this, copy);
        foreach (var item in Items) copy.Items.Add(item.DeepCopy(refMap, asImmutable));
        copy.IsReadOnly = IsReadOnly || asImmutable;
        return copy;
    }

    public List<StackItem>.Enumerator GetEnumerator() => Items.GetEnumerator();

    IEnumerator<StackItem> IEnumerable<StackItem>.GetEnumerator() => Items.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => Items.GetEnumerator();
}
