using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Runtime.Tests.Engine;

/// <summary>Runs scripts in an application engine over a fresh store.</summary>
internal static class EngineRun
{
    public static ApplicationEngine Run(byte[] script, long gas = ApplicationEngine.TestModeGas, FeeSettings? fees = null, DataCache? snapshot = null)
    {
        var engine = new ApplicationEngine(TriggerType.Application, null, snapshot ?? new DataCache(new MemoryStore()), gas: gas, fees: fees);
        engine.LoadScript(new Script(script));
        engine.Execute();
        return engine;
    }

    /// <summary>Neo's dynamic-call script (reference §2.13): args reversed, PACK, flags, method, hash, SYSCALL Call.</summary>
    public static byte[] DynamicCall(UInt160 hash, string method, CallFlags flags = CallFlags.All, params object[] args)
    {
        var sb = new ScriptBuilder();
        for (int i = args.Length - 1; i >= 0; i--)
        {
            switch (args[i])
            {
                case long n: sb.EmitPush(n); break;
                case int n: sb.EmitPush(n); break;
                case string s: sb.EmitPush(s); break;
                case byte[] b: sb.EmitPush(b); break;
                case UInt160 h: sb.EmitPush(h.AsSpan()); break;
                default: throw new ArgumentException($"unsupported argument {args[i]}");
            }
        }
        if (args.Length == 0) sb.Emit(OpCode.NEWARRAY0);
        else sb.EmitPush(args.Length).Emit(OpCode.PACK);
        sb.EmitPush((int)flags).EmitPush(method).EmitPush(hash.AsSpan());
        sb.EmitSysCall(Interop.Syscalls.ContractCall.Hash);
        return sb.ToArray();
    }
}
