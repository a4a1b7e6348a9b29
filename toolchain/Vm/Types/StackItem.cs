using System.Numerics;
using System.Text;

namespace Protocol.Toolchain.Vm.Types;

/// <summary>
/// A NeoVM value. Conversions follow Neo N3: GetInteger/GetBoolean/GetSpan throw
/// <see cref="InvalidCastException"/> (a FAULT) where the type has no such view.
/// </summary>
public abstract class StackItem
{
    public static readonly Null Null = new();
    public static readonly Boolean True = new(true);
    public static readonly Boolean False = new(false);

    public abstract StackItemType Type { get; }

    public bool IsNull => this is Null;

    public abstract bool GetBoolean();

    public virtual BigInteger GetInteger() =>
        throw new InvalidCastException($"Can not convert {Type} to an integer.");

    public virtual ReadOnlySpan<byte> GetSpan() =>
        throw new InvalidCastException($"Can not get the bytes of {Type}.");

    /// <summary>Strict UTF-8 decoding of <see cref="GetSpan"/>; null for Null.</summary>
    public virtual string? GetString() => StrictUtf8.Decode(GetSpan());

    /// <summary>The wrapped host object of an InteropInterface.</summary>
    public virtual T GetInterface<T>() where T : class =>
        throw new InvalidCastException($"{Type} is not an interop interface.");

    /// <summary>CONVERT semantics: same type returns this, Boolean is always reachable, the rest per type.</summary>
    public virtual StackItem ConvertTo(StackItemType type)
    {
        if (type == Type) return this;
        if (type == StackItemType.Boolean) return GetBoolean() ? True : False;
        throw new InvalidCastException($"Can not convert {Type} to {type}.");
    }

    /// <summary>EQUAL semantics without limits (reference equality unless a type says otherwise).</summary>
    public virtual bool Equals(StackItem? other) => ReferenceEquals(this, other);

    /// <summary>EQUAL semantics bounded by MaxComparableSize (ByteString and Struct enforce it).</summary>
    public virtual bool Equals(StackItem? other, ExecutionEngineLimits limits) => Equals(other);

    public sealed override bool Equals(object? obj) => obj is StackItem item && Equals(item);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    /// <summary>Deep copy used by the engine for immutable snapshots (notifications); shared references preserved.</summary>
    public StackItem DeepCopy(bool asImmutable = false) =>
        DeepCopy(new Dictionary<StackItem, StackItem>(ReferenceEqualityComparer.Instance), asImmutable);

    internal virtual StackItem DeepCopy(Dictionary<StackItem, StackItem> refMap, bool asImmutable) => this;

    public static implicit operator StackItem(bool value) => value ? True : False;
    public static implicit operator StackItem(long value) => Integer.From(value);
    public static implicit operator StackItem(BigInteger value) => new Integer(value);
    public static implicit operator StackItem(byte[] value) => new ByteString(value);
    public static implicit operator StackItem(string value) => new ByteString(Encoding.UTF8.GetBytes(value));
}
