using System.Numerics;
using System.Runtime.CompilerServices;
using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Vm;

/// <summary>
/// One entry of an evaluation stack or slot: an integer that fits 64 bits stored inline (no heap
/// object, so integer and control flow code runs allocation-free), or a reference to a
/// <see cref="StackItem"/>. Semantically an inline value is exactly an <see cref="Integer"/>.
/// </summary>
public readonly struct StackValue
{
    private readonly StackItem? _item;
    private readonly long _number;

    private StackValue(StackItem? item, long number)
    {
        _item = item;
        _number = number;
    }

    public static StackValue Null => new(StackItem.Null, 0);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static StackValue FromInt64(long value) => new(null, value);

    /// <summary>Wraps an item; integers of at most 8 bytes are stored inline.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static StackValue FromItem(StackItem item)
    {
        if (item is Integer i && i.Size <= 8) return new(null, (long)i.Value);
        return new(item, 0);
    }

    /// <summary>Stores an integer, inline when it fits 64 bits; FAULTs beyond 32 bytes.</summary>
    public static StackValue FromInteger(BigInteger value)
    {
        if (value >= long.MinValue && value <= long.MaxValue) return new(null, (long)value);
        return new(new Integer(value), 0);
    }

    public static implicit operator StackValue(StackItem item) => FromItem(item);

    public bool IsInlineInteger => _item is null;

    /// <summary>The inline integer; only meaningful when <see cref="IsInlineInteger"/>.</summary>
    public long InlineValue => _number;

    /// <summary>The referenced object, or null for an inline integer.</summary>
    public StackItem? Reference => _item;

    /// <summary>The value as a stack item (an inline integer becomes an <see cref="Integer"/>).</summary>
    public StackItem Item => _item ?? Integer.From(_number);

    public StackItemType Type => _item?.Type ?? StackItemType.Integer;

    public bool IsNull => _item is Null;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool GetBoolean() => _item is null ? _number != 0 : _item.GetBoolean();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public BigInteger GetInteger() => _item is null ? new BigInteger(_number) : _item.GetInteger();

    public ReadOnlySpan<byte> GetSpan() => Item.GetSpan();

    public string? GetString() => _item is null ? Item.GetString() : _item.GetString();

    /// <summary>EQUAL with the engine's comparison limits.</summary>
    public bool Equals(StackValue other, ExecutionEngineLimits limits)
    {
        if (_item is null)
        {
            if (other._item is null) return _number == other._number;
            return other._item is Integer oi && oi.Value == _number;
        }
        if (other._item is null) return _item is Integer i && i.Value == other._number;
        return _item.Equals(other._item, limits);
    }

    public override string ToString() => _item?.ToString() ?? _number.ToString();
}
