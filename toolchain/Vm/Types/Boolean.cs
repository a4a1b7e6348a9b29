using System.Numerics;

namespace Protocol.Toolchain.Vm.Types;

/// <summary>A boolean primitive; its bytes are 0x01 / 0x00.</summary>
public sealed class Boolean : PrimitiveType
{
    private static readonly byte[] TrueBytes = [1];
    private static readonly byte[] FalseBytes = [0];
    private readonly bool _value;

    internal Boolean(bool value) => _value = value;

    public override StackItemType Type => StackItemType.Boolean;

    public override int Size => 1;

    public override ReadOnlyMemory<byte> Memory => _value ? TrueBytes : FalseBytes;

    public override bool GetBoolean() => _value;

    public override BigInteger GetInteger() => _value ? BigInteger.One : BigInteger.Zero;

    public override bool Equals(StackItem? other) => other is Boolean b && b._value == _value;

    public override int GetHashCode() => _value ? 1 : 2;

    public override string ToString() => _value ? "True" : "False";
}
