namespace Protocol.Toolchain.Vm.Types;

/// <summary>The Null item (type tag Any). Converts to any defined non-Any type as itself.</summary>
public sealed class Null : StackItem
{
    internal Null() { }

    public override StackItemType Type => StackItemType.Any;

    public override bool GetBoolean() => false;

    public override string? GetString() => null;

    public override StackItem ConvertTo(StackItemType type)
    {
        if (type == StackItemType.Any || !StackItemTypes.IsDefined(type))
            throw new InvalidCastException($"Type Null can't be converted to StackItemType: {type}");
        return this;
    }

    public override bool Equals(StackItem? other) => other is Null;

    public override int GetHashCode() => 0;

    public override string ToString() => "NULL";
}
