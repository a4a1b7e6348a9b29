namespace Protocol.Toolchain.Vm.Types;

/// <summary>A code position inside a specific script (PUSHA), callable with CALLA within that script only.</summary>
public sealed class Pointer : StackItem
{
    public Pointer(Script script, int position)
    {
        Script = script;
        Position = position;
    }

    public Script Script { get; }

    public int Position { get; }

    public override StackItemType Type => StackItemType.Pointer;

    public override bool GetBoolean() => true;

    public override bool Equals(StackItem? other) =>
        ReferenceEquals(this, other) || (other is Pointer p && p.Position == Position && ReferenceEquals(p.Script, Script));

    public override int GetHashCode() => HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Script), Position);

    public override string ToString() => Position.ToString();
}
