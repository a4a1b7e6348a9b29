namespace Protocol.Toolchain.Vm.Types;

/// <summary>Boolean, Integer and ByteString: immutable values usable as Map keys.</summary>
public abstract class PrimitiveType : StackItem
{
    public abstract ReadOnlyMemory<byte> Memory { get; }

    /// <summary>Size in bytes of the item's byte form (0 for integer zero).</summary>
    public virtual int Size => Memory.Length;

    public sealed override ReadOnlySpan<byte> GetSpan() => Memory.Span;

    public override StackItem ConvertTo(StackItemType type)
    {
        if (type == Type) return this;
        return type switch
        {
            StackItemType.Integer => new Integer(GetInteger()),
            StackItemType.ByteString => new ByteString(Memory),
            StackItemType.Buffer => new Buffer(GetSpan()),
            _ => base.ConvertTo(type),
        };
    }

    public abstract override bool Equals(StackItem? other);

    public abstract override int GetHashCode();
}
