using System.Numerics;

namespace Protocol.Toolchain.Vm.Types;

/// <summary>An integer of at most 32 bytes in two's complement (Int256 range); larger results FAULT.</summary>
public sealed class Integer : PrimitiveType
{
    public const int MaxSize = 32;
    private const int CacheMin = -16, CacheMax = 256;
    private static readonly Integer[] Cache = BuildCache();
    public static readonly Integer Zero = Cache[-CacheMin];

    private readonly BigInteger _value;
    private readonly int _size;

    public Integer(BigInteger value)
    {
        _size = value.IsZero ? 0 : value.GetByteCount();
        if (_size > MaxSize)
            throw new ArgumentException($"Integer size {_size} bytes exceeds maximum allowed size of {MaxSize} bytes.", nameof(value));
        _value = value;
    }

    /// <summary>An Integer for a 64-bit value, shared for small values.</summary>
    public static Integer From(long value) =>
        value >= CacheMin && value <= CacheMax ? Cache[value - CacheMin] : new Integer(value);

    private static Integer[] BuildCache()
    {
        var cache = new Integer[CacheMax - CacheMin + 1];
        for (int i = 0; i < cache.Length; i++) cache[i] = new Integer(CacheMin + i);
        return cache;
    }

    public BigInteger Value => _value;

    public override StackItemType Type => StackItemType.Integer;

    public override int Size => _size;

    public override ReadOnlyMemory<byte> Memory => _value.IsZero ? ReadOnlyMemory<byte>.Empty : _value.ToByteArray();

    public override bool GetBoolean() => !_value.IsZero;

    public override BigInteger GetInteger() => _value;

    public override bool Equals(StackItem? other) => other is Integer i && i._value == _value;

    public override int GetHashCode() => _value.GetHashCode();

    public override string ToString() => _value.ToString();
}
