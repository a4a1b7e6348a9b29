using System.Text;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Nef;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Runtime.Tests.Engine;

/// <summary>
/// Deploys hand-assembled contracts through ContractManagement.deploy (groups signed over the contract hash) and
/// runs scripts in transactions, for the witness, notification and crypto syscall tests.
/// </summary>
internal static class SyscallTestContracts
{
    public static readonly UInt160 Deployer = UInt160.Parse("0x0102030405060708090a0b0c0d0e0f1011121314");

    /// <summary>A method of a hand-assembled script: name, (name, type) parameters, return type, offset.</summary>
    public sealed record Method(string Name, (string Name, string Type)[] Parameters, string ReturnType, int Offset);

    /// <summary>An ABI event: name and (name, type) parameters.</summary>
    public sealed record Event(string Name, params (string Name, string Type)[] Parameters);

    public static UInt160 HashOf(byte[] script, string name) =>
        ContractHash.Compute(Deployer, NefFile.Create("hand", "", [], script).CheckSum, name);

    /// <summary>Deploys the script under <paramref name="name"/> and returns its hash (the deployment must HALT).</summary>
    public static UInt160 Deploy(DataCache snapshot, string name, byte[] script, Method[] methods, Event[]? events = null, params KeyPair[] groups)
    {
        var nef = NefFile.Create("hand", "", [], script);
        var hash = ContractHash.Compute(Deployer, nef.CheckSum, name);
        var manifest = ManifestJson(name, hash, methods, events ?? [], groups);
        var deploy = EngineRun.DynamicCall(NativeContracts.ContractManagement.Hash, "deploy", CallFlags.All,
            nef.ToArray(), Encoding.UTF8.GetBytes(manifest));
        var tx = new Transaction { Signers = [new Signer(Deployer, WitnessScope.CalledByEntry)], Script = deploy };
        var engine = new ApplicationEngine(TriggerType.Application, tx, snapshot, gas: 2000_00000000);
        engine.LoadScript(new Script(deploy));
        if (engine.Execute() != VMState.HALT)
            throw new InvalidOperationException($"Deploying {name} failed: {engine.FaultException}");
        return hash;
    }

    private static string ManifestJson(string name, UInt160 hash, Method[] methods, Event[] events, KeyPair[] groups)
    {
        static string Params((string Name, string Type)[] ps) =>
            "[" + string.Join(",", ps.Select(p => $$"""{"name":"{{p.Name}}","type":"{{p.Type}}"}""")) + "]";
        var groupJson = string.Join(",", groups.Select(k =>
            $$"""{"pubkey":"{{k.PublicKey}}","signature":"{{Convert.ToBase64String(k.Sign(hash.ToArray()))}}"}"""));
        var methodJson = string.Join(",", methods.Select(m =>
            $$"""{"name":"{{m.Name}}","parameters":{{Params(m.Parameters)}},"returntype":"{{m.ReturnType}}","offset":{{m.Offset}},"safe":false}"""));
        var eventJson = string.Join(",", events.Select(e => $$"""{"name":"{{e.Name}}","parameters":{{Params(e.Parameters)}}}"""));
        return $$"""{"name":"{{name}}","groups":[{{groupJson}}],"features":{},"supportedstandards":[],"abi":{"methods":[{{methodJson}}],"events":[{{eventJson}}]},"permissions":[{"contract":"*","methods":"*"}],"trusts":[],"extra":null}""";
    }

    /// <summary>A transaction (nonce 0, no fees) whose signers are <paramref name="signers"/>.</summary>
    public static Transaction Tx(params Signer[] signers) => new() { Signers = signers, Script = new byte[] { (byte)OpCode.PUSH2 } };

    /// <summary>Runs <paramref name="script"/> as the entry script with <paramref name="container"/> as script container.</summary>
    public static ApplicationEngine Run(DataCache snapshot, byte[] script, object? container, BlockInfo? block = null,
        ProtocolSettings? settings = null, long gas = ApplicationEngine.TestModeGas)
    {
        var engine = new ApplicationEngine(TriggerType.Application, container, snapshot.CloneCache(), settings, gas, persistingBlock: block);
        engine.LoadScript(new Script(script));
        engine.Execute();
        return engine;
    }

    /// <summary>
    /// Emits Contract.Call(hash, method, flags, args) where each argument is emitted by its own action
    /// (so arrays and other items can be built in place). Leaves the call's single return value.
    /// </summary>
    public static ScriptBuilder EmitCall(this ScriptBuilder sb, UInt160 hash, string method, CallFlags flags, params Action<ScriptBuilder>[] args)
    {
        for (int i = args.Length - 1; i >= 0; i--) args[i](sb);
        if (args.Length == 0) sb.Emit(OpCode.NEWARRAY0);
        else sb.EmitPush(args.Length).Emit(OpCode.PACK);
        return sb.EmitPush((int)flags).EmitPush(method).EmitPush(hash.AsSpan()).EmitSysCall(Interop.Syscalls.ContractCall.Hash);
    }

    /// <summary>Emits an Array of the given items (each emitted by its action, first item first).</summary>
    public static ScriptBuilder EmitArray(this ScriptBuilder sb, params Action<ScriptBuilder>[] items)
    {
        if (items.Length == 0) return sb.Emit(OpCode.NEWARRAY0);
        for (int i = items.Length - 1; i >= 0; i--) items[i](sb);
        return sb.EmitPush(items.Length).Emit(OpCode.PACK);
    }

    /// <summary>TRY { body } CATCH { DROP } — the exception is swallowed and execution continues after it.</summary>
    public static ScriptBuilder EmitTryCatchDrop(this ScriptBuilder sb, Action<ScriptBuilder> body)
    {
        var inner = new ScriptBuilder();
        body(inner);
        var bodyBytes = inner.ToArray();
        int catchOffset = 3 + bodyBytes.Length + 2; // TRY (3 bytes) + body + ENDTRY (2 bytes)
        sb.Emit(OpCode.TRY, [(byte)checked((sbyte)catchOffset), 0]).EmitRaw(bodyBytes);
        sb.EmitJump(OpCode.ENDTRY, 2 + 1 + 2); // over ENDTRY, DROP, ENDTRY
        return sb.Emit(OpCode.DROP).EmitJump(OpCode.ENDTRY, 2);
    }
}
