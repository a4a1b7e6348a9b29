namespace Protocol.Toolchain.Vm.Types;

/// <summary>An opaque host object (iterators, storage contexts) handed to scripts by syscalls.</summary>
public sealed class InteropInterface : StackItem
{
    private readonly object _object;

    public InteropInterface(object value) => _object = value ?? throw new ArgumentNullException(nameof(value));

    public override StackItemType Type => StackItemType.InteropInterface;

    public object Object => _object;

    public override bool GetBoolean() => true;

    public override T GetInterface<T>() =>
        _object as T ?? throw new InvalidCastException($"This InteropInterface can't be casted to type {typeof(T)}.");

    public override bool Equals(StackItem? other) =>
        ReferenceEquals(this, other) || (other is InteropInterface i && _object.Equals(i._object));

    public override int GetHashCode() => _object.GetHashCode();

    public override string ToString() => _object.ToString() ?? "NULL";
}
