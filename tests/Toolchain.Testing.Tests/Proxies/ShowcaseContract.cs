using Protocol.Toolchain.Runtime.Nef;
using Protocol.Toolchain.Vm;
using S = Protocol.Toolchain.Runtime.Interop.Syscalls;

namespace Protocol.Toolchain.Testing.Tests.Proxies;

/// <summary>
/// The NEF behind Showcase.manifest.json, a contract whose ABI exercises every ABI type, an overload, keyword
/// parameter names, safe getters, events, an iterator and a FAULT. Most methods share the echo body (return the first
/// argument). The manifest is a checked-in test file fed to the source generator; <see cref="Offsets"/> are what its
/// "offset" fields must say (ProxyShowcaseTests checks that). The proxy deploys it with its embedded manifest.
/// </summary>
internal static class ShowcaseContract
{
    public static (NefFile Nef, IReadOnlyDictionary<string, int> Offsets) Build()
    {
        var sb = new ScriptBuilder();
        var offsets = new Dictionary<string, int>();
        void At(string name) => offsets[name] = sb.Length;

        At("echo1");
        sb.Emit(OpCode.INITSLOT, [0, 1]).Emit(OpCode.LDARG0).Emit(OpCode.RET);
        At("echo2");
        sb.Emit(OpCode.INITSLOT, [0, 2]).Emit(OpCode.LDARG1).Emit(OpCode.RET);
        At("sum2");
        sb.Emit(OpCode.INITSLOT, [0, 2]).Emit(OpCode.LDARG0).Emit(OpCode.LDARG1).Emit(OpCode.ADD).Emit(OpCode.RET);
        At("answer");
        sb.EmitPush(42).Emit(OpCode.RET);
        At("symbol");
        sb.EmitPush("SHOW").Emit(OpCode.RET);
        At("verify");
        sb.EmitPush(true).Emit(OpCode.RET);
        At("notify"); // Ping(value, "pong"), then Data(0x0102, [value])
        sb.Emit(OpCode.INITSLOT, [0, 1]).EmitPush("pong").Emit(OpCode.LDARG0).EmitPush(2).Emit(OpCode.PACK)
            .EmitPush("Ping").EmitSysCall(S.RuntimeNotify.Hash)
            .Emit(OpCode.LDARG0).EmitPush(1).Emit(OpCode.PACK).EmitPush(new byte[] { 1, 2 }).EmitPush(2).Emit(OpCode.PACK)
            .EmitPush("Data").EmitSysCall(S.RuntimeNotify.Hash).Emit(OpCode.RET);
        At("put"); // Storage.Put(context, key, value)
        sb.Emit(OpCode.INITSLOT, [0, 2]).Emit(OpCode.LDARG1).Emit(OpCode.LDARG0)
            .EmitSysCall(S.StorageGetContext.Hash).EmitSysCall(S.StoragePut.Hash).Emit(OpCode.RET);
        At("entries"); // Storage.Find(read-only context, "", KeysOnly)
        sb.EmitPush(1).EmitPush(ReadOnlySpan<byte>.Empty).EmitSysCall(S.StorageGetReadOnlyContext.Hash)
            .EmitSysCall(S.StorageFind.Hash).Emit(OpCode.RET);
        At("fail");
        sb.EmitPush("boom").Emit(OpCode.THROW);
        At("_deploy"); // takes (data, update) off the stack into its slots and returns nothing
        sb.Emit(OpCode.INITSLOT, [0, 2]).Emit(OpCode.RET);
        return (NefFile.Create("hand", "", [], sb.ToArray()), offsets);
    }
}
