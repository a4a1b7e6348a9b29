using System.Text;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Nef;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Vm;
using S = Protocol.Toolchain.Runtime.Interop.Syscalls;

namespace Protocol.Toolchain.Runtime.Tests.Engine;

/// <summary>
/// A hand-assembled contract ("Store") exercising every storage syscall, deployed once through
/// ContractManagement.deploy; each test gets a copy of the resulting store.
/// </summary>
internal static class StorageTestContract
{
    private static readonly UInt160 Sender = UInt160.Parse("0x0102030405060708090a0b0c0d0e0f1011121314");
    private static readonly List<(string Name, string[] Params, string Returns, int Offset)> Methods = [];
    private static readonly byte[] Script = Assemble();
    private static readonly NefFile Nef = NefFile.Create("hand", "", [], Script);
    private static readonly Lazy<MemoryStore> Deployed = new(Deploy);

    public static UInt160 Hash => ContractHash.Compute(Sender, Nef.CheckSum, "Store");

    /// <summary>The deployed contract's id (the first deployment gets 1).</summary>
    public const int Id = 1;

    /// <summary>A fresh view of the store right after deployment.</summary>
    public static DataCache NewSnapshot() => new(Deployed.Value.Clone());

    /// <summary>Runs the script without a container, commits a HALTed run into <paramref name="snapshot"/>.</summary>
    public static ApplicationEngine Run(byte[] script, DataCache snapshot)
    {
        var engine = EngineRun.Run(script, snapshot: snapshot);
        if (engine.State == VMState.HALT) snapshot.Commit();
        return engine;
    }

    /// <summary>Calls one method of Store in a fresh engine over <paramref name="snapshot"/>.</summary>
    public static ApplicationEngine Call(DataCache snapshot, string method, params object[] args) =>
        Run(EngineRun.DynamicCall(Hash, method, CallFlags.All, args), snapshot);

    public static byte[]? Stored(DataCache snapshot, string key) => snapshot.TryGet(StorageKeys.Create(Id, Encoding.UTF8.GetBytes(key)));

    private static byte[] Assemble()
    {
        var sb = new ScriptBuilder();
        void M(string name, string[] ps, string returns, Action<ScriptBuilder> body)
        {
            Methods.Add((name, ps, returns, sb.Length));
            sb.Emit(OpCode.INITSLOT, [2, (byte)ps.Length]);
            body(sb);
            sb.Emit(OpCode.RET);
        }
        string[] kv = ["ByteArray", "ByteArray"], k = ["ByteArray"], po = ["ByteArray", "Integer"];
        M("put", kv, "Void", b => b.Emit(OpCode.LDARG1).Emit(OpCode.LDARG0).EmitSysCall(S.StorageGetContext.Hash).EmitSysCall(S.StoragePut.Hash));
        M("get", k, "Any", b => b.Emit(OpCode.LDARG0).EmitSysCall(S.StorageGetContext.Hash).EmitSysCall(S.StorageGet.Hash));
        M("delete", k, "Void", b => b.Emit(OpCode.LDARG0).EmitSysCall(S.StorageGetContext.Hash).EmitSysCall(S.StorageDelete.Hash));
        M("find", po, "Array", b => Collect(b.Emit(OpCode.LDARG1).Emit(OpCode.LDARG0).EmitSysCall(S.StorageGetContext.Hash).EmitSysCall(S.StorageFind.Hash)));
        M("iter", po, "InteropInterface", b => b.Emit(OpCode.LDARG1).Emit(OpCode.LDARG0).EmitSysCall(S.StorageGetContext.Hash).EmitSysCall(S.StorageFind.Hash));
        M("drain", ["InteropInterface"], "Array", b => Collect(b.Emit(OpCode.LDARG0)));
        M("putRO", kv, "Void", b => b.Emit(OpCode.LDARG1).Emit(OpCode.LDARG0).EmitSysCall(S.StorageGetReadOnlyContext.Hash).EmitSysCall(S.StoragePut.Hash));
        M("putAsRO", kv, "Void", b => b.Emit(OpCode.LDARG1).Emit(OpCode.LDARG0).EmitSysCall(S.StorageGetContext.Hash)
            .EmitSysCall(S.StorageAsReadOnly.Hash).EmitSysCall(S.StoragePut.Hash));
        M("deleteRO", k, "Void", b => b.Emit(OpCode.LDARG0).EmitSysCall(S.StorageGetReadOnlyContext.Hash).EmitSysCall(S.StorageDelete.Hash));
        M("getRO", k, "Any", b => b.Emit(OpCode.LDARG0).EmitSysCall(S.StorageGetReadOnlyContext.Hash)
            .EmitSysCall(S.StorageAsReadOnly.Hash).EmitSysCall(S.StorageGet.Hash));
        M("localPut", kv, "Void", b => b.Emit(OpCode.LDARG1).Emit(OpCode.LDARG0).EmitSysCall(S.StorageLocalPut.Hash));
        M("localGet", k, "Any", b => b.Emit(OpCode.LDARG0).EmitSysCall(S.StorageLocalGet.Hash));
        M("localDelete", k, "Void", b => b.Emit(OpCode.LDARG0).EmitSysCall(S.StorageLocalDelete.Hash));
        M("localFind", po, "Array", b => Collect(b.Emit(OpCode.LDARG1).Emit(OpCode.LDARG0).EmitSysCall(S.StorageLocalFind.Hash)));
        // Find everything (KeysOnly), then write, then iterate: Neo's search is lazy, so the new key shows up.
        M("findThenPut", kv, "Array", b => Collect(b.EmitPush((int)FindOptions.KeysOnly).EmitPush([]).EmitSysCall(S.StorageGetContext.Hash)
            .EmitSysCall(S.StorageFind.Hash).Emit(OpCode.LDARG1).Emit(OpCode.LDARG0).EmitSysCall(S.StorageGetContext.Hash).EmitSysCall(S.StoragePut.Hash)));
        M("putThenThrow", kv, "Void", b => b.Emit(OpCode.LDARG1).Emit(OpCode.LDARG0).EmitSysCall(S.StorageGetContext.Hash)
            .EmitSysCall(S.StoragePut.Hash).EmitPush("boom").Emit(OpCode.THROW));
        M("putViaCallThenThrow", kv, "Void", b => b.Emit(OpCode.LDARG1).Emit(OpCode.LDARG0).Emit(OpCode.PUSH2).Emit(OpCode.PACK)
            .Emit(OpCode.PUSH15).EmitPush("put").EmitSysCall(S.RuntimeGetExecutingScriptHash.Hash).EmitSysCall(S.ContractCall.Hash)
            .Emit(OpCode.DROP).EmitPush("boom").Emit(OpCode.THROW));
        M("ctx", [], "InteropInterface", b => b.EmitSysCall(S.StorageGetContext.Hash));
        M("guardedCall", ["ByteArray", "ByteArray", "String"], "Boolean", GuardedCall);
        return sb.ToArray();
    }

    /// <summary>Iterator on the stack → Array of every Iterator.Value (locals: 0 iterator, 1 result).</summary>
    private static void Collect(ScriptBuilder b)
    {
        b.Emit(OpCode.STLOC0).Emit(OpCode.NEWARRAY0).Emit(OpCode.STLOC1);
        // loop: LDLOC0(1) SYSCALL Next(5) JMPIFNOT(2) | LDLOC1 LDLOC0 SYSCALL Value(5) APPEND JMP(2) | end
        // JMPIFNOT sits at loop+6 and jumps to loop+18 (+12); JMP sits at loop+16 and jumps back to loop (-16).
        b.Emit(OpCode.LDLOC0).EmitSysCall(S.IteratorNext.Hash).EmitJump(OpCode.JMPIFNOT, 12)
            .Emit(OpCode.LDLOC1).Emit(OpCode.LDLOC0).EmitSysCall(S.IteratorValue.Hash).Emit(OpCode.APPEND).EmitJump(OpCode.JMP, -16)
            .Emit(OpCode.LDLOC1);
    }

    /// <summary>
    /// guardedCall(key, value, method): puts "caller" = "kept", then calls this contract's method(key, value)
    /// inside TRY; returns true when the call threw (and was caught), false otherwise.
    /// </summary>
    private static void GuardedCall(ScriptBuilder b)
    {
        b.EmitPush("kept").EmitPush("caller").EmitSysCall(S.StorageGetContext.Hash).EmitSysCall(S.StoragePut.Hash);
        // TRY(3) + try body of 20 bytes: LDARG1 LDARG0 PUSH2 PACK PUSH15 LDARG2 SYSCALL×2 (10) DROP PUSHF ENDTRY(2).
        // catch at TRY+23; its DROP PUSHT ENDTRY(2) ends at TRY+27. ENDTRYs at TRY+21 (+6) and TRY+25 (+2).
        b.Emit(OpCode.TRY, [23, 0])
            .Emit(OpCode.LDARG1).Emit(OpCode.LDARG0).Emit(OpCode.PUSH2).Emit(OpCode.PACK).Emit(OpCode.PUSH15).Emit(OpCode.LDARG2)
            .EmitSysCall(S.RuntimeGetExecutingScriptHash.Hash).EmitSysCall(S.ContractCall.Hash)
            .Emit(OpCode.DROP).Emit(OpCode.PUSHF).EmitJump(OpCode.ENDTRY, 6)
            .Emit(OpCode.DROP).Emit(OpCode.PUSHT).EmitJump(OpCode.ENDTRY, 2);
    }

    private static string ManifestJson()
    {
        var methods = string.Join(",", Methods.Select(m =>
            $$"""{"name":"{{m.Name}}","parameters":[{{string.Join(",", m.Params.Select((t, i) => $$"""{"name":"p{{i}}","type":"{{t}}"}"""))}}],"returntype":"{{m.Returns}}","offset":{{m.Offset}},"safe":false}"""));
        return $$"""{"name":"Store","groups":[],"features":{},"supportedstandards":[],"abi":{"methods":[{{methods}}],"events":[]},"permissions":[{"contract":"*","methods":"*"}],"trusts":[],"extra":null}""";
    }

    private static MemoryStore Deploy()
    {
        var store = new MemoryStore();
        var snapshot = new DataCache(store);
        var script = EngineRun.DynamicCall(NativeContracts.ContractManagement.Hash, "deploy", CallFlags.All, Nef.ToArray(),
            Encoding.UTF8.GetBytes(ManifestJson()));
        var tx = new Transaction { Signers = [new Signer(Sender, WitnessScope.CalledByEntry)], Script = script };
        var engine = new ApplicationEngine(TriggerType.Application, tx, snapshot, gas: 2000_00000000);
        engine.LoadScript(new Script(script));
        engine.Execute();
        if (engine.State != VMState.HALT) throw new InvalidOperationException($"Store deployment failed: {engine.FaultException}");
        snapshot.Commit();
        if (ContractManagement.GetContract(store, Hash)?.Id != Id) throw new InvalidOperationException("Store was not deployed with id 1.");
        return store;
    }
}
