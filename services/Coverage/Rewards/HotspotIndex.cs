using Protocol.Services.Coverage.Reports;

namespace Protocol.Services.Coverage.Rewards;

/// <summary>
/// Dense indices for hotspot keys, so an epoch's shares and payouts are arrays rather than maps of objects. Indices are
/// handed out in order of first appearance and never change; keep one index for the cumulative totals' whole life
/// (or rebuild it in key order each epoch and carry totals by key).
/// </summary>
public sealed class HotspotIndex
{
    private readonly Dictionary<HotspotKey, int> _indices;
    private readonly List<HotspotKey> _keys;

    public HotspotIndex(int capacity = 0)
    {
        _indices = new Dictionary<HotspotKey, int>(capacity);
        _keys = new List<HotspotKey>(capacity);
    }

    public int Count => _keys.Count;

    public HotspotKey this[int index] => _keys[index];

    /// <summary>The key's index, adding it if new.</summary>
    public int GetOrAdd(HotspotKey key)
    {
        if (key.IsDefault) throw new ArgumentException("A hotspot key is required.", nameof(key));
        if (_indices.TryGetValue(key, out var index)) return index;
        index = _keys.Count;
        _indices.Add(key, index);
        _keys.Add(key);
        return index;
    }

    public bool TryGetIndex(HotspotKey key, out int index) => _indices.TryGetValue(key, out index);
}
