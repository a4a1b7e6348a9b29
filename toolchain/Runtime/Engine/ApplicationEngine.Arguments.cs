using System.Numerics;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Runtime.Engine;

/// <summary>
/// Strict argument conversion for syscalls and natives (reference §2.9): hashes must be exactly 20/32
/// bytes, strings strict UTF-8, public keys valid points, and Null is refused unless a parameter allows it.
/// </summary>
public partial class ApplicationEngine
{
    public StackItem PopItem() => Pop().Item;

    public BigInteger PopInteger() => Pop().GetInteger();

    public int PopInt32() => (int)Pop().GetInteger();

    public byte PopByte() => (byte)Pop().GetInteger();

    public bool PopBoolean() => Pop().GetBoolean();

    public byte[] PopBytes() => NotNull(PopItem(), "bytes").GetSpan().ToArray();

    public string PopString() => NotNull(PopItem(), "string").GetString()!;

    public UInt160 PopHash160() => ToHash160(PopItem());

    public ECPoint PopPublicKey() => ToPublicKey(PopItem());

    public Vm.Types.Array PopArray() => PopItem() as Vm.Types.Array ?? throw new InvalidCastException("An array argument was expected.");

    /// <summary>An array parameter given either as an Array item or as a count followed by that many items.</summary>
    public List<StackItem> PopList()
    {
        var item = PopItem();
        if (item is Vm.Types.Array array) return [.. array];
        int count = (int)item.GetInteger();
        if (count < 0 || count > Limits.MaxStackSize) throw new InvalidOperationException($"Invalid argument count {count}.");
        var items = new List<StackItem>(count);
        for (int i = 0; i < count; i++) items.Add(PopItem());
        return items;
    }

    public static UInt160 ToHash160(StackItem item) => new(NotNull(item, "hash").GetSpan());

    public static UInt256 ToHash256(StackItem item) => new(NotNull(item, "hash").GetSpan());

    public static ECPoint ToPublicKey(StackItem item) => ECPoint.Decode(NotNull(item, "public key").GetSpan(), ECCurve.Secp256r1);

    private static StackItem NotNull(StackItem item, string what) =>
        item.IsNull ? throw new InvalidOperationException($"The {what} argument can't be null.") : item;
}
