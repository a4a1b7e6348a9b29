namespace Protocol.Toolchain.Runtime.Storage;

/// <summary>The root store: every committed key in sorted order.</summary>
public sealed class MemoryStore : IStoreView
{
    private readonly SortedDictionary<byte[], byte[]> _entries = new(ByteKeyComparer.Instance);

    public int Count => _entries.Count;

    public byte[]? TryGet(ReadOnlySpan<byte> key) => _entries.GetValueOrDefault(key.ToArray());

    public IEnumerable<(byte[] Key, byte[] Value)> Seek(byte[] prefix, bool backward)
    {
        var matches = _entries.Where(e => e.Key.AsSpan().StartsWith(prefix)).Select(e => (e.Key, e.Value));
        return (backward ? matches.Reverse() : matches).ToList();
    }

    public void Apply(byte[] key, byte[]? value)
    {
        if (value is null) _entries.Remove(key);
        else _entries[key] = value;
    }

    /// <summary>A deep copy (for checkpoint/restore).</summary>
    public MemoryStore Clone()
    {
        var copy = new MemoryStore();
        foreach (var (k, v) in _entries) copy._entries[k] = v;
        return copy;
    }
}
