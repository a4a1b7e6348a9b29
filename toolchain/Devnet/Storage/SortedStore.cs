using Protocol.Toolchain.Runtime.Storage;

namespace Protocol.Toolchain.Devnet.Storage;

/// <summary>
/// The devnet's committed state: every key in unsigned byte order, with prefix seeks that visit only the matching range
/// (a sorted key set viewed between the prefix and its successor), so Storage.Find and findstorage stay cheap as the chain
/// grows. Not thread-safe: the node serialises access.
/// </summary>
public sealed class SortedStore : IStoreView
{
    private readonly Dictionary<byte[], byte[]> _values = new(ByteKeyComparer.Instance);
    private readonly SortedSet<byte[]> _keys = new(ByteKeyComparer.Instance);

    public int Count => _values.Count;

    public byte[]? TryGet(ReadOnlySpan<byte> key) => _values.GetValueOrDefault(key.ToArray());

    public IEnumerable<(byte[] Key, byte[] Value)> Seek(byte[] prefix, bool backward)
    {
        IEnumerable<byte[]> range;
        if (prefix.Length == 0) range = _keys;
        else if (_keys.Count == 0) range = [];
        else
        {
            var upper = Successor(prefix);
            var max = _keys.Max!;
            if (ByteKeyComparer.Instance.Compare(prefix, max) > 0) range = [];
            else range = _keys.GetViewBetween(prefix, upper is null || ByteKeyComparer.Instance.Compare(upper, max) > 0 ? max : upper);
        }
        var matches = range.Where(k => k.AsSpan().StartsWith(prefix)).Select(k => (k, _values[k]));
        return (backward ? matches.Reverse() : matches).ToList();
    }

    /// <summary>The smallest key greater than every key starting with <paramref name="prefix"/>, or null if none exists.</summary>
    private static byte[]? Successor(byte[] prefix)
    {
        var upper = (byte[])prefix.Clone();
        for (int i = upper.Length - 1; i >= 0; i--)
        {
            if (upper[i] != 0xFF)
            {
                upper[i]++;
                return upper[..(i + 1)];
            }
        }
        return null;
    }

    public void Apply(byte[] key, byte[]? value)
    {
        if (value is null)
        {
            if (_values.Remove(key)) _keys.Remove(key);
        }
        else
        {
            if (!_values.ContainsKey(key)) _keys.Add(key);
            _values[key] = value;
        }
    }
}
