using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Vm.Types;
using T = Protocol.Toolchain.Runtime.Manifest.ContractParameterType;

namespace Protocol.Toolchain.Runtime.Native;

/// <summary>
/// CryptoLib (id -3): hashes and signature checks, all callable without call flags. The BLS12-381
/// methods exist in the ABI (so hashes and offsets match Neo's) but FAULT with a documented reason.
/// </summary>
public sealed class CryptoLib() : NativeContract(-3, "CryptoLib")
{
    protected override IEnumerable<NativeMethod> DefineMethods() =>
    [
        Method("sha256", [("data", T.ByteArray)], T.ByteArray, 1 << 15, a => CryptoLibFunctions.Sha256(Bytes(a[0]))),
        Method("ripemd160", [("data", T.ByteArray)], T.ByteArray, 1 << 15, a => CryptoLibFunctions.Ripemd160(Bytes(a[0]))),
        Method("keccak256", [("data", T.ByteArray)], T.ByteArray, 1 << 15, a => CryptoLibFunctions.Keccak256(Bytes(a[0]))),
        Method("murmur32", [("data", T.ByteArray), ("seed", T.Integer)], T.ByteArray, 1 << 13,
            a => CryptoLibFunctions.Murmur32(Bytes(a[0]), (uint)a[1].GetInteger())),
        Method("verifyWithECDsa", [("message", T.ByteArray), ("pubkey", T.ByteArray), ("signature", T.ByteArray), ("curveHash", T.Integer)],
            T.Boolean, 1 << 15,
            a => CryptoLibFunctions.VerifyWithECDsa(Bytes(a[0]), Bytes(a[1]), Bytes(a[2]), CryptoLibFunctions.ToNamedCurveHash(a[3].GetInteger()))),
        Method("verifyWithEd25519", [("message", T.ByteArray), ("pubkey", T.ByteArray), ("signature", T.ByteArray)], T.Boolean, 1 << 15,
            a => CryptoLibFunctions.VerifyWithEd25519(Bytes(a[0]), Bytes(a[1]), Bytes(a[2]))),
        Method("recoverSecp256K1", [("messageHash", T.ByteArray), ("signature", T.ByteArray)], T.ByteArray, 1 << 15,
            a => CryptoLibFunctions.RecoverSecp256K1(Bytes(a[0]), Bytes(a[1])) is { } key ? key : StackItem.Null),
        Unsupported("bls12381Serialize", [("g", T.InteropInterface)], T.ByteArray, 1 << 19),
        Unsupported("bls12381Deserialize", [("data", T.ByteArray)], T.InteropInterface, 1 << 19),
        Unsupported("bls12381Equal", [("x", T.InteropInterface), ("y", T.InteropInterface)], T.Boolean, 1 << 5),
        Unsupported("bls12381Add", [("x", T.InteropInterface), ("y", T.InteropInterface)], T.InteropInterface, 1 << 19),
        Unsupported("bls12381Mul", [("x", T.InteropInterface), ("mul", T.ByteArray), ("neg", T.Boolean)], T.InteropInterface, 1 << 21),
        Unsupported("bls12381Pairing", [("g1", T.InteropInterface), ("g2", T.InteropInterface)], T.InteropInterface, 1 << 23),
    ];

    private static NativeMethod Method(string name, (string, T)[] parameters, T returns, long cpuFee, Func<StackItem[], StackItem> body) =>
        new(name, NativeMethod.Params(parameters), returns, cpuFee, CallFlags.None, (_, a) => body(a));

    private static NativeMethod Unsupported(string name, (string, T)[] parameters, T returns, long cpuFee) =>
        new(name, NativeMethod.Params(parameters), returns, cpuFee, CallFlags.None, (_, _) => throw CryptoLibFunctions.Bls12381NotSupported(name));

    private static byte[] Bytes(StackItem item) =>
        item.IsNull ? throw new InvalidOperationException("The byte array argument can't be null.") : item.GetSpan().ToArray();
}
