using Protocol.Toolchain.Runtime.Storage;

namespace Protocol.Toolchain.Devnet.Storage;

/// <summary>
/// A write layer over the committed store that remembers every change (key → value, null for a delete) in key order, so
/// a persisted block's effects can be written to the block log before they are applied to the store.
/// </summary>
public sealed class ChangeSet(IStoreView store) : IStoreView
{
    private readonly SortedDictionary<byte[], byte[]?> _changes = new(ByteKeyComparer.Instance);

    public IReadOnlyCollection<KeyValuePair<byte[], byte[]?>> Changes => _changes;

    public byte[]? TryGet(ReadOnlySpan<byte> key) =>
        _changes.TryGetValue(key.ToArray(), out var value) ? value : store.TryGet(key);

    public IEnumerable<(byte[] Key, byte[] Value)> Seek(byte[] prefix, bool backward)
    {
        var merged = new SortedDictionary<byte[], byte[]?>(ByteKeyComparer.Instance);
        foreach (var (k, v) in store.Seek(prefix, false)) merged[k] = v;
        foreach (var (k, v) in _changes)
            if (k.AsSpan().StartsWith(prefix)) merged[k] = v;
        var live = merged.Where(e => e.Value is not null).Select(e => (e.Key, e.Value!));
        return (backward ? live.Reverse() : live).ToList();
    }

    public void Apply(byte[] key, byte[]? value) => _changes[key] = value;

    /// <summary>Writes the changes into the store.</summary>
    public void CommitTo(IStoreView target)
    {
        foreach (var (k, v) in _changes) target.Apply(k, v);
    }
}
