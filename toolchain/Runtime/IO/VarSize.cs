namespace Protocol.Toolchain.Runtime.IO;

/// <summary>Sizes of Neo's variable-length encodings.</summary>
public static class VarSize
{
    /// <summary>Bytes taken by the VarInt encoding of <paramref name="value"/>.</summary>
    public static int OfVarInt(long value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        if (value < 0xFD) return 1;
        if (value <= 0xFFFF) return 3;
        if (value <= 0xFFFFFFFF) return 5;
        return 9;
    }

    /// <summary>Bytes taken by VarBytes of the given length.</summary>
    public static int OfVarBytes(int length) => OfVarInt(length) + length;

    /// <summary>Bytes taken by the VarString form of <paramref name="value"/>.</summary>
    public static int OfVarString(string value) => OfVarBytes(StrictUtf8.GetByteCount(value));

    /// <summary>Bytes taken by a VarInt count followed by the items.</summary>
    public static int OfArray<T>(IReadOnlyCollection<T> items) where T : INeoSerializable
    {
        var size = OfVarInt(items.Count);
        foreach (var item in items) size += item.Size;
        return size;
    }
}
