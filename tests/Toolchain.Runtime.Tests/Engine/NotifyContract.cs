using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Interop;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Vm;
using static Protocol.Toolchain.Runtime.Tests.Engine.SyscallTestContracts;

namespace Protocol.Toolchain.Runtime.Tests.Engine;

/// <summary>
/// A hand-assembled contract deployed twice (N1, N2) whose ABI declares Tick(), Transfer(from: Hash160, to: Hash160,
/// amount: Integer), Data(d: ByteArray), Text(s: String) and List(a: Array). Methods: notify(name, state);
/// notifyThenThrow(name, state); repeat(count) raising Tick count times; relayThenThrow(target) calling
/// target.notify("Tick", []) and then throwing.
/// </summary>
internal static class NotifyContract
{
    public static readonly DataCache Snapshot = new(new MemoryStore());
    public static readonly byte[] Script = Build(out Offsets);
    private static readonly int[] Offsets;

    private static readonly Method[] Methods =
    [
        new("notify", [("name", "String"), ("state", "Array")], "Void", Offsets[0]),
        new("notifyThenThrow", [("name", "String"), ("state", "Array")], "Void", Offsets[1]),
        new("repeat", [("count", "Integer")], "Void", Offsets[2]),
        new("relayThenThrow", [("target", "Hash160")], "Void", Offsets[3]),
    ];

    private static readonly Event[] Events =
    [
        new("Tick"),
        new("Transfer", ("from", "Hash160"), ("to", "Hash160"), ("amount", "Integer")),
        new("Data", ("d", "ByteArray")),
        new("Text", ("s", "String")),
        new("List", ("a", "Array")),
    ];

    public static readonly UInt160 N1 = Deploy(Snapshot, "N1", Script, Methods, Events);
    public static readonly UInt160 N2 = Deploy(Snapshot, "N2", Script, Methods, Events);

    private static byte[] Build(out int[] offsets)
    {
        uint notify = Syscalls.RuntimeNotify.Hash;
        offsets = new int[4];
        var sb = new ScriptBuilder().EmitSysCall(notify).Emit(OpCode.RET);
        offsets[1] = sb.Length;
        sb.EmitSysCall(notify).EmitPush("boom").Emit(OpCode.THROW);
        offsets[2] = sb.Length;
        sb.Emit(OpCode.INITSLOT, [0, 1]);
        int loop = sb.Length;
        sb.Emit(OpCode.NEWARRAY0).EmitPush("Tick").EmitSysCall(notify)
            .Emit(OpCode.LDARG0).Emit(OpCode.DEC).Emit(OpCode.DUP).Emit(OpCode.STARG0);
        sb.EmitJump(OpCode.JMPIF, loop - sb.Length).Emit(OpCode.RET);
        offsets[3] = sb.Length;
        sb.Emit(OpCode.INITSLOT, [0, 1]).Emit(OpCode.NEWARRAY0).EmitPush("Tick").EmitPush(2).Emit(OpCode.PACK)
            .EmitPush((int)CallFlags.All).EmitPush("notify").Emit(OpCode.LDARG0).EmitSysCall(Syscalls.ContractCall.Hash)
            .Emit(OpCode.DROP).EmitPush("boom").Emit(OpCode.THROW);
        return sb.ToArray();
    }

    /// <summary>Emits hash.notify(name, state) and drops its Null result.</summary>
    public static ScriptBuilder EmitNotify(this ScriptBuilder sb, UInt160 hash, string name, params Action<ScriptBuilder>[] state) =>
        sb.EmitNotify(hash, CallFlags.All, sb2 => sb2.EmitPush(name), state);

    public static ScriptBuilder EmitNotify(this ScriptBuilder sb, UInt160 hash, CallFlags flags, Action<ScriptBuilder> name,
        params Action<ScriptBuilder>[] state) =>
        sb.EmitCall(hash, "notify", flags, name, s => s.EmitArray(state)).Emit(OpCode.DROP);

    public static ApplicationEngine Run(byte[] script, long gas = ApplicationEngine.TestModeGas) =>
        SyscallTestContracts.Run(Snapshot, script, Tx(new Signer(Deployer, WitnessScope.CalledByEntry)), gas: gas);

    public static ApplicationEngine Run(Action<ScriptBuilder> emit)
    {
        var sb = new ScriptBuilder();
        emit(sb);
        return Run(sb.ToArray());
    }
}
