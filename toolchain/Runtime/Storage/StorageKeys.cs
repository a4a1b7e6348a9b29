using System.Buffers.Binary;

namespace Protocol.Toolchain.Runtime.Storage;

/// <summary>Raw storage keys: the contract id as a little-endian Int32 followed by the contract's key.</summary>
public static class StorageKeys
{
    public static byte[] Create(int contractId, ReadOnlySpan<byte> key)
    {
        var raw = new byte[4 + key.Length];
        BinaryPrimitives.WriteInt32LittleEndian(raw, contractId);
        key.CopyTo(raw.AsSpan(4));
        return raw;
    }

    public static byte[] Create(int contractId, byte prefix, ReadOnlySpan<byte> key)
    {
        var raw = new byte[5 + key.Length];
        BinaryPrimitives.WriteInt32LittleEndian(raw, contractId);
        raw[4] = prefix;
        key.CopyTo(raw.AsSpan(5));
        return raw;
    }
}
