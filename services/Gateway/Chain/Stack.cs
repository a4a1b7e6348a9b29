using System.Numerics;
using System.Text;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Vm.Types;
using VmArray = Protocol.Toolchain.Vm.Types.Array;

namespace Protocol.Services.Gateway.Chain;

/// <summary>Reading contract results (stack items as invokescript returns them) into CLR values.</summary>
public static class Stack
{
    public static BigInteger Int(this StackItem item) => item.IsNull ? BigInteger.Zero : item.GetInteger();

    public static long Long(this StackItem item) => (long)item.Int();

    public static bool Bool(this StackItem item) => !item.IsNull && item.GetBoolean();

    public static byte[] Bytes(this StackItem item) => item.IsNull ? [] : item.GetSpan().ToArray();

    public static string Text(this StackItem item) => item.IsNull ? "" : Encoding.UTF8.GetString(item.GetSpan());

    public static string Hex(this StackItem item) => Convert.ToHexString(item.Bytes()).ToLowerInvariant();

    /// <summary>A Hash160 result (20 bytes, Neo's little-endian order), or null.</summary>
    public static UInt160? Hash(this StackItem item) => item.IsNull || item.GetSpan().Length != UInt160.Length ? null : new UInt160(item.GetSpan());

    /// <summary>An Array/Struct result's items; null gives an empty list.</summary>
    public static IReadOnlyList<StackItem> Items(this StackItem item) => item is VmArray array ? array : [];

    public static IReadOnlyList<BigInteger> Ints(this StackItem item) => item.Items().Select(Int).ToList();
}
