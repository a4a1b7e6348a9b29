using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Vm;
using Protocol.Toolchain.Vm.Types;
using T = Protocol.Toolchain.Runtime.Manifest.ContractParameterType;

namespace Protocol.Toolchain.Runtime.Native;

/// <summary>
/// StdLib (id -2): serialization, number/text conversions and byte-string helpers, callable without call
/// flags. Parameters Neo marks [MaxLength(1024)] are length-checked on the raw item before conversion.
/// </summary>
public sealed class StdLib() : NativeContract(-2, "StdLib")
{
    protected override IEnumerable<NativeMethod> DefineMethods() =>
    [
        M("serialize", [("item", T.Any)], T.ByteArray, 1 << 12, (e, a) => StdLibFunctions.Serialize(a[0], e.Limits)),
        M("deserialize", [("data", T.ByteArray)], T.Any, 1 << 14, (e, a) => StdLibFunctions.Deserialize(Bytes(a[0]), e.Limits)),
        M("jsonSerialize", [("item", T.Any)], T.ByteArray, 1 << 12, (e, a) => StdLibFunctions.JsonSerialize(a[0], e.Limits)),
        M("jsonDeserialize", [("json", T.ByteArray)], T.Any, 1 << 14, (e, a) => StdLibFunctions.JsonDeserialize(Bytes(a[0]), e.Limits)),
        M("itoa", [("value", T.Integer)], T.String, 1 << 12, (_, a) => Text(StdLibFunctions.Itoa(a[0].GetInteger()))),
        M("itoa", [("value", T.Integer), ("base", T.Integer)], T.String, 1 << 12,
            (_, a) => Text(StdLibFunctions.Itoa(a[0].GetInteger(), (int)a[1].GetInteger()))),
        M("atoi", [("value", T.String)], T.Integer, 1 << 6, (_, a) => new Integer(StdLibFunctions.Atoi(Str(a[0], limited: true)))),
        M("atoi", [("value", T.String), ("base", T.Integer)], T.Integer, 1 << 6,
            (_, a) => new Integer(StdLibFunctions.Atoi(Str(a[0], limited: true), (int)a[1].GetInteger()))),
        M("base64Encode", [("data", T.ByteArray)], T.String, 1 << 5, (_, a) => Text(StdLibFunctions.Base64Encode(Bytes(a[0], limited: true)))),
        M("base64Decode", [("s", T.String)], T.ByteArray, 1 << 5, (_, a) => StdLibFunctions.Base64Decode(Str(a[0], limited: true))),
        M("base64UrlEncode", [("data", T.String)], T.String, 1 << 5, (_, a) => Text(StdLibFunctions.Base64UrlEncode(Str(a[0], limited: true)))),
        M("base64UrlDecode", [("s", T.String)], T.String, 1 << 5, (_, a) => Text(StdLibFunctions.Base64UrlDecode(Str(a[0], limited: true)))),
        M("base58Encode", [("data", T.ByteArray)], T.String, 1 << 13, (_, a) => Text(StdLibFunctions.Base58Encode(Bytes(a[0], limited: true)))),
        M("base58Decode", [("s", T.String)], T.ByteArray, 1 << 10, (_, a) => StdLibFunctions.Base58Decode(Str(a[0], limited: true))),
        M("base58CheckEncode", [("data", T.ByteArray)], T.String, 1 << 16,
            (_, a) => Text(StdLibFunctions.Base58CheckEncode(Bytes(a[0], limited: true)))),
        M("base58CheckDecode", [("s", T.String)], T.ByteArray, 1 << 16, (_, a) => StdLibFunctions.Base58CheckDecode(Str(a[0], limited: true))),
        M("hexEncode", [("bytes", T.ByteArray)], T.String, 1 << 5, (_, a) => Text(StdLibFunctions.HexEncode(Bytes(a[0], limited: true)))),
        M("hexDecode", [("str", T.String)], T.ByteArray, 1 << 5, (_, a) => StdLibFunctions.HexDecode(Str(a[0], limited: true))),
        M("memoryCompare", [("str1", T.ByteArray), ("str2", T.ByteArray)], T.Integer, 1 << 5,
            (_, a) => StdLibFunctions.MemoryCompare(Bytes(a[0], limited: true), Bytes(a[1], limited: true))),
        M("memorySearch", [("mem", T.ByteArray), ("value", T.ByteArray)], T.Integer, 1 << 6,
            (_, a) => StdLibFunctions.MemorySearch(Bytes(a[0], limited: true), Bytes(a[1]))),
        M("memorySearch", [("mem", T.ByteArray), ("value", T.ByteArray), ("start", T.Integer)], T.Integer, 1 << 6,
            (_, a) => StdLibFunctions.MemorySearch(Bytes(a[0], limited: true), Bytes(a[1]), (int)a[2].GetInteger())),
        M("memorySearch", [("mem", T.ByteArray), ("value", T.ByteArray), ("start", T.Integer), ("backward", T.Boolean)], T.Integer, 1 << 6,
            (_, a) => StdLibFunctions.MemorySearch(Bytes(a[0], limited: true), Bytes(a[1]), (int)a[2].GetInteger(), a[3].GetBoolean())),
        M("stringSplit", [("str", T.String), ("separator", T.String)], T.Array, 1 << 8,
            (_, a) => Texts(StdLibFunctions.StringSplit(Str(a[0], limited: true), Str(a[1])))),
        M("stringSplit", [("str", T.String), ("separator", T.String), ("removeEmptyEntries", T.Boolean)], T.Array, 1 << 8,
            (_, a) => Texts(StdLibFunctions.StringSplit(Str(a[0], limited: true), Str(a[1]), a[2].GetBoolean()))),
        M("strLen", [("str", T.String)], T.Integer, 1 << 8, (_, a) => StdLibFunctions.StrLen(Str(a[0], limited: true))),
    ];

    private static NativeMethod M(string name, (string, T)[] parameters, T returns, long cpuFee, Func<ApplicationEngine, StackItem[], StackItem> body) =>
        new(name, NativeMethod.Params(parameters), returns, cpuFee, CallFlags.None, body);

    private static StackItem NotNull(StackItem item) =>
        item.IsNull ? throw new InvalidOperationException("The argument can't be null.") : item;

    private static byte[] Bytes(StackItem item, bool limited = false)
    {
        if (limited) StdLibFunctions.AssertMaxInputLength(NotNull(item));
        return NotNull(item).GetSpan().ToArray();
    }

    private static string Str(StackItem item, bool limited = false)
    {
        if (limited) StdLibFunctions.AssertMaxInputLength(NotNull(item));
        return NotNull(item).GetString()!;
    }

    private static StackItem Text(string value) => new ByteString(StrictUtf8.Encode(value));

    private static StackItem Texts(string[] values) => new Vm.Types.Array(values.Select(Text));
}
