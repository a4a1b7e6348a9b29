namespace Protocol.Toolchain.Runtime.Storage;

/// <summary>A key-value view over raw storage keys (contract id, little-endian, followed by the key).</summary>
public interface IStoreView
{
    byte[]? TryGet(ReadOnlySpan<byte> key);

    /// <summary>Entries whose key starts with <paramref name="prefix"/>, in ascending (or descending) key order.</summary>
    IEnumerable<(byte[] Key, byte[] Value)> Seek(byte[] prefix, bool backward);

    /// <summary>Applies a write (null value = delete) coming from a child cache's commit.</summary>
    void Apply(byte[] key, byte[]? value);
}
