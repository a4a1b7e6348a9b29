namespace Protocol.Toolchain.Vm.Types;

/// <summary>An insertion-ordered dictionary from primitive keys (at most 64 bytes) to items.</summary>
public sealed class Map : CompoundType, IReadOnlyCollection<KeyValuePair<PrimitiveType, StackItem>>
{
    public const int MaxKeySize = 64;
    private readonly OrderedDictionary<PrimitiveType, StackItem> _entries = [];

    public override StackItemType Type => StackItemType.Map;

    public override int Count => _entries.Count;

    public IEnumerable<PrimitiveType> Keys => _entries.Keys;

    public IEnumerable<StackItem> Values => _entries.Values;

    public override IEnumerable<StackItem> SubItems => _entries.Keys.Concat<StackItem>(_entries.Values);

    public StackItem this[PrimitiveType key]
    {
        get
        {
            AssertKey(key);
            return _entries[key];
        }
        set
        {
            AssertKey(key);
            AssertWritable("map");
            _entries[key] = value;
        }
    }

    /// <summary>The entry at an insertion position (0 = oldest).</summary>
    public KeyValuePair<PrimitiveType, StackItem> GetAt(int index) => _entries.GetAt(index);

    public bool ContainsKey(PrimitiveType key)
    {
        AssertKey(key);
        return _entries.ContainsKey(key);
    }

    public bool TryGetValue(PrimitiveType key, out StackItem value)
    {
        AssertKey(key);
        return _entries.TryGetValue(key, out value!);
    }

    /// <summary>Removes a key; returns the old value (or null) and its former position (or -1).</summary>
    public StackItem? Remove(PrimitiveType key, out int index)
    {
        AssertKey(key);
        AssertWritable("map");
        index = _entries.IndexOf(key);
        if (index < 0) return null;
        var old = _entries.GetAt(index).Value;
        _entries.RemoveAt(index);
        return old;
    }

    public override void Clear()
    {
        AssertWritable("map");
        _entries.Clear();
    }

    internal override StackItem DeepCopy(Dictionary<StackItem, StackItem> refMap, bool asImmutable)
    {
        if (refMap.TryGetValue(this, out var mapped)) return mapped;
        var copy = new Map();
        refMap.Add(this, copy);
        foreach (var (k, v) in _entries) copy._entries[k] = v.DeepCopy(refMap, asImmutable);
        copy.IsReadOnly = IsReadOnly || asImmutable;
        return copy;
    }

    private static void AssertKey(PrimitiveType key)
    {
        if (key.Size > MaxKeySize)
            throw new ArgumentException($"Key size {key.Size} bytes exceeds maximum allowed size of {MaxKeySize} bytes.", nameof(key));
    }

    public IEnumerator<KeyValuePair<PrimitiveType, StackItem>> GetEnumerator() => _entries.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
