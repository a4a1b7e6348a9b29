namespace Protocol.Toolchain.Runtime.Storage;

/// <summary>
/// A layer of uncommitted writes over a parent view. The engine gives every loaded contract context its
/// own layer: <see cref="Commit"/> pushes it into the parent on a normal return, and an exception that
/// escapes the context simply drops it.
/// </summary>
public sealed class DataCache(IStoreView parent) : IStoreView
{
    private readonly Dictionary<byte[], byte[]?> _changes = new(ByteKeyComparer.Instance);

    public IStoreView Parent => parent;

    public byte[]? TryGet(ReadOnlySpan<byte> key)
    {
        var array = key.ToArray();
        return _changes.TryGetValue(array, out var value) ? value : parent.TryGet(key);
    }

    public bool Contains(ReadOnlySpan<byte> key) => TryGet(key) is not null;

    public void Put(byte[] key, byte[] value) => _changes[key] = value;

    public void Delete(byte[] key) => _changes[key] = null;

    public void Apply(byte[] key, byte[]? value) => _changes[key] = value;

    public IEnumerable<(byte[] Key, byte[] Value)> Seek(byte[] prefix, bool backward)
    {
        var merged = new SortedDictionary<byte[], byte[]?>(ByteKeyComparer.Instance);
        foreach (var (k, v) in parent.Seek(prefix, false)) merged[k] = v;
        foreach (var (k, v) in _changes)
            if (k.AsSpan().StartsWith(prefix)) merged[k] = v;
        var live = merged.Where(e => e.Value is not null).Select(e => (e.Key, e.Value!));
        return (backward ? live.Reverse() : live).ToList();
    }

    /// <summary>Writes every change into the parent and forgets them.</summary>
    public void Commit()
    {
        foreach (var (k, v) in _changes) parent.Apply(k, v);
        _changes.Clear();
    }

    public DataCache CloneCache() => new(this);
}
