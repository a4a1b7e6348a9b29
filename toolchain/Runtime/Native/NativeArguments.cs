using System.Numerics;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Runtime.Native;

/// <summary>
/// Native argument conversion as neo's ApplicationEngine.Convert and InteropParameterDescriptor do it: Null is refused
/// for a non-nullable parameter with "The argument `name` can't be null."; integers are narrowed with overflow checks
/// (C# explicit BigInteger conversions throw OverflowException, as in neo); byte[] and strings come from the span.
/// </summary>
internal static class NativeArguments
{
    public static StackItem NotNull(StackItem item, string name) =>
        item.IsNull ? throw new InvalidOperationException($"The argument `{name}` can't be null.") : item;

    public static byte[] Bytes(StackItem item, string name) => NotNull(item, name).GetSpan().ToArray();

    public static string String(StackItem item, string name) => NotNull(item, name).GetString()!;

    public static string? NullableString(StackItem item) => item.IsNull ? null : item.GetString();

    public static UInt160 Hash160(StackItem item, string name) => new(NotNull(item, name).GetSpan());

    public static UInt160? NullableHash160(StackItem item) => item.IsNull ? null : new UInt160(item.GetSpan());

    public static UInt256 Hash256(StackItem item, string name) => new(NotNull(item, name).GetSpan());

    public static ECPoint PublicKey(StackItem item, string name) => ECPoint.Decode(NotNull(item, name).GetSpan(), ECCurve.Secp256r1);

    public static BigInteger Integer(StackItem item, string name) => NotNull(item, name).GetInteger();

    public static byte Byte(StackItem item, string name) => (byte)Integer(item, name);

    public static int Int32(StackItem item, string name) => (int)Integer(item, name);

    public static uint UInt32(StackItem item, string name) => (uint)Integer(item, name);

    public static long Int64(StackItem item, string name) => (long)Integer(item, name);

    /// <summary>
    /// An array parameter given as an Array item whose elements must not be Null. (neo would also take an integer count
    /// and pop that many items off the stub's stack; that form is refused here.)
    /// </summary>
    public static List<T> List<T>(StackItem item, string name, Func<StackItem, T> convert)
    {
        if (NotNull(item, name) is not Vm.Types.Array array)
            throw new InvalidCastException($"The argument `{name}` must be an array.");
        var result = new List<T>(array.Count);
        foreach (var element in array)
        {
            if (element.IsNull) throw new InvalidOperationException($"The element of `{name}` can't be null.");
            result.Add(convert(element));
        }
        return result;
    }

    /// <summary>neo's BigInteger.ToByteArrayStandard, the form StorageItem stores integers in: empty for zero.</summary>
    public static byte[] StandardBytes(BigInteger value) => value.IsZero ? [] : value.ToByteArray();
}
