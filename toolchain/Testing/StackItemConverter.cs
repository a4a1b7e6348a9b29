using System.Numerics;
using System.Text;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Testing;

/// <summary>C# values to stack items for call arguments, and results back to C# types.</summary>
public static class StackItemConverter
{
    public static StackItem ToStackItem(object? value) => value switch
    {
        null => StackItem.Null,
        StackItem item => item,
        bool b => b,
        sbyte or byte or short or ushort or int => new Integer(Convert.ToInt32(value)),
        char c => new Integer(c),
        long l => new Integer(l),
        uint u => new Integer(u),
        ulong u => new Integer(u),
        BigInteger n => new Integer(n),
        string s => new ByteString(Encoding.UTF8.GetBytes(s)),
        byte[] bytes => new ByteString(bytes),
        UInt160 hash => new ByteString(hash.ToArray()),
        UInt256 hash => new ByteString(hash.ToArray()),
        ECPoint key => new ByteString(key.Encode(true)),
        System.Collections.IEnumerable list => new Vm.Types.Array(list.Cast<object?>().Select(ToStackItem)),
        _ => throw new ArgumentException($"No stack item form for {value.GetType().Name}.", nameof(value)),
    };

    public static T FromStackItem<T>(StackItem item) => (T)FromStackItem(item, typeof(T))!;

    public static object? FromStackItem(StackItem item, Type type)
    {
        if (type == typeof(StackItem) || type.IsInstanceOfType(item)) return item;
        if (item.IsNull) return type.IsValueType && Nullable.GetUnderlyingType(type) is null
            ? throw new InvalidCastException($"Null can't be a {type.Name}.") : null;
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return target switch
        {
            _ when target == typeof(BigInteger) => item.GetInteger(),
            _ when target == typeof(long) => (long)item.GetInteger(),
            _ when target == typeof(int) => (int)item.GetInteger(),
            _ when target == typeof(uint) => (uint)item.GetInteger(),
            _ when target == typeof(ulong) => (ulong)item.GetInteger(),
            _ when target == typeof(short) => (short)item.GetInteger(),
            _ when target == typeof(ushort) => (ushort)item.GetInteger(),
            _ when target == typeof(sbyte) => (sbyte)item.GetInteger(),
            _ when target == typeof(byte) => (byte)item.GetInteger(),
            _ when target == typeof(char) => (char)(ushort)item.GetInteger(),
            _ when target == typeof(bool) => item.GetBoolean(),
            _ when target == typeof(string) => item.GetString(),
            _ when target == typeof(byte[]) => item.GetSpan().ToArray(),
            _ when target == typeof(UInt160) => new UInt160(item.GetSpan()),
            _ when target == typeof(UInt256) => new UInt256(item.GetSpan()),
            _ when target == typeof(ECPoint) => ECPoint.Decode(item.GetSpan(), ECCurve.Secp256r1),
            _ => throw new InvalidCastException($"Can't convert {item.Type} to {type.Name}."),
        };
    }
}
