using System.Numerics;

namespace Protocol.Toolchain.Vm.Types;

/// <summary>An immutable byte string. Comparisons are bounded by MaxComparableSize.</summary>
public sealed class ByteString : PrimitiveType
{
    public static readonly ByteString Empty = new(ReadOnlyMemory<byte>.Empty);

    public ByteString(ReadOnlyMemory<byte> data) => Memory = data;

    public override ReadOnlyMemory<byte> Memory { get; }

    public override StackItemType Type => StackItemType.ByteString;

    public override bool GetBoolean()
    {
        if (Size > Integer.MaxSize) throw new InvalidCastException($"Can not convert ByteString to a boolean, its size {Size} exceeds {Integer.MaxSize}.");
        return GetSpan().IndexOfAnyExcept((byte)0) >= 0;
    }

    public override BigInteger GetInteger()
    {
        if (Size > Integer.MaxSize)
            throw new InvalidCastException($"Can not convert ByteString to an integer, MaxSize of Integer is exceeded: {Size}/{Integer.MaxSize}.");
        return new BigInteger(GetSpan());
    }

    public override bool Equals(StackItem? other) =>
        ReferenceEquals(this, other) || (other is ByteString b && GetSpan().SequenceEqual(b.GetSpan()));

    public override bool Equals(StackItem? other, ExecutionEngineLimits limits)
    {
        uint budget = limits.MaxComparableSize;
        return Equals(other, ref budget);
    }

    /// <summary>
    /// Compares against a shared comparison budget: faults when either operand is larger than what is
    /// left, and consumes max(size, other size, 1) from it whatever the outcome.
    /// </summary>
    internal bool Equals(StackItem? other, ref uint budget)
    {
        if (Size > budget || budget == 0)
            throw new InvalidOperationException($"The operand exceeds the maximum comparable size, {Size}/{budget}.");
        uint consumed = 1;
        try
        {
            if (other is not ByteString b) return false;
            consumed = Math.Max((uint)Math.Max(Size, b.Size), consumed);
            if (ReferenceEquals(this, b)) return true;
            if (b.Size > budget)
                throw new InvalidOperationException($"The operand exceeds the maximum comparable size, {b.Size}/{budget}.");
            return GetSpan().SequenceEqual(b.GetSpan());
        }
        finally
        {
            budget -= consumed;
        }
    }

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(GetSpan());
        return hash.ToHashCode();
    }

    public override string ToString() =>
        StrictUtf8.TryDecode(GetSpan(), out var text) ? $"\"{text}\"" : $"\"Base64: {Convert.ToBase64String(GetSpan())}\"";
}
