using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Interop;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Runtime.Tests.Engine;

/// <summary>System.Runtime.* syscalls: values, prices and required call flags.</summary>
public class RuntimeSyscallTests
{
    private static ApplicationEngine Sys(InteropDescriptor syscall, Action<ScriptBuilder>? before = null)
    {
        var sb = new ScriptBuilder();
        before?.Invoke(sb);
        sb.EmitSysCall(syscall.Hash);
        return EngineRun.Run(sb.ToArray());
    }

    [Fact]
    public void Platform_network_address_version_and_trigger()
    {
        Assert.Equal("NEO", Sys(Syscalls.RuntimePlatform).ResultStack[0].GetString());
        Assert.Equal(860833102, (long)Sys(Syscalls.RuntimeGetNetwork).ResultStack[0].GetInteger());
        Assert.Equal(0x35, (int)Sys(Syscalls.RuntimeGetAddressVersion).ResultStack[0].GetInteger());
        Assert.Equal(0x40, (int)Sys(Syscalls.RuntimeGetTrigger).ResultStack[0].GetInteger());
        Assert.Equal((8 + 0) * 30, Sys(Syscalls.RuntimePlatform).FeeConsumed); // SYSCALL 0 + price 8, RET 0
    }

    [Fact]
    public void Script_hashes_of_the_entry_script()
    {
        var script = new ScriptBuilder().EmitSysCall(Syscalls.RuntimeGetExecutingScriptHash.Hash)
            .EmitSysCall(Syscalls.RuntimeGetEntryScriptHash.Hash).EmitSysCall(Syscalls.RuntimeGetCallingScriptHash.Hash).ToArray();
        var engine = EngineRun.Run(script);
        var own = UInt160.FromScript(script).ToArray();
        Assert.True(engine.ResultStack[0].IsNull); // no caller
        Assert.Equal(own, engine.ResultStack[1].GetSpan().ToArray());
        Assert.Equal(own, engine.ResultStack[2].GetSpan().ToArray());
        Assert.Equal(1, (int)Sys(Syscalls.RuntimeGetInvocationCounter).ResultStack[0].GetInteger());
    }

    [Fact]
    public void Time_needs_a_persisting_block()
    {
        Assert.Equal(VMState.FAULT, Sys(Syscalls.RuntimeGetTime).State);
        var engine = new ApplicationEngine(TriggerType.Application, null, new Storage.DataCache(new Storage.MemoryStore()),
            persistingBlock: new BlockInfo(7, 1_700_000_000_000));
        engine.LoadScript(new Script(new ScriptBuilder().EmitSysCall(Syscalls.RuntimeGetTime.Hash).ToArray()));
        Assert.Equal(VMState.HALT, engine.Execute());
        Assert.Equal(1_700_000_000_000, (long)engine.ResultStack[0].GetInteger());
    }

    [Fact]
    public void Burn_gas_charges_exactly_and_refuses_non_positive_amounts()
    {
        var engine = Sys(Syscalls.RuntimeBurnGas, sb => sb.EmitPush(1_000_000));
        Assert.Equal(VMState.HALT, engine.State);
        Assert.Equal((1 + 16) * 30 + 1_000_000, engine.FeeConsumed);
        Assert.Equal("GAS must be positive.", Sys(Syscalls.RuntimeBurnGas, sb => sb.EmitPush(0)).FaultException!.Message);
    }

    [Fact]
    public void Log_raises_an_event_and_enforces_size_and_utf8()
    {
        var sb = new ScriptBuilder().EmitPush("hello").EmitSysCall(Syscalls.RuntimeLog.Hash);
        var engine = new ApplicationEngine(TriggerType.Application, null, new Storage.DataCache(new Storage.MemoryStore()));
        var logs = new List<LogEventArgs>();
        engine.Log += logs.Add;
        engine.LoadScript(new Script(sb.ToArray()));
        Assert.Equal(VMState.HALT, engine.Execute());
        Assert.Equal("hello", Assert.Single(logs).Message);
        Assert.Equal(VMState.FAULT, Sys(Syscalls.RuntimeLog, b => b.EmitPush(new byte[1025])).State);
        Assert.Equal(VMState.FAULT, Sys(Syscalls.RuntimeLog, b => b.EmitPush(new byte[] { 0xFF })).State);
    }

    [Fact]
    public void Load_script_runs_as_a_read_only_dynamic_call()
    {
        var inner = new ScriptBuilder().Emit(OpCode.ADD).ToArray(); // args 2 and 3 are pushed for it
        var sb = new ScriptBuilder().EmitPush(3).EmitPush(2).EmitPush(2).Emit(OpCode.PACK)
            .EmitPush((int)CallFlags.All).EmitPush(inner).EmitSysCall(Syscalls.RuntimeLoadScript.Hash);
        var engine = EngineRun.Run(sb.ToArray());
        Assert.Equal(VMState.HALT, engine.State);
        Assert.Equal(5, (int)engine.ResultStack[0].GetInteger());
        // The loaded script gets at most ReadOnly flags: it cannot log.
        var logger = new ScriptBuilder().EmitPush("x").EmitSysCall(Syscalls.RuntimeLog.Hash).ToArray();
        sb = new ScriptBuilder().Emit(OpCode.NEWARRAY0).EmitPush((int)CallFlags.All).EmitPush(logger).EmitSysCall(Syscalls.RuntimeLoadScript.Hash);
        Assert.Contains("Cannot call this SYSCALL with the flag", EngineRun.Run(sb.ToArray()).FaultException!.Message);
    }

    [Fact]
    public void Crypto_lib_through_a_dynamic_call()
    {
        var engine = EngineRun.Run(EngineRun.DynamicCall(NativeContracts.CryptoLib.Hash, "sha256", CallFlags.All, "hello world"u8.ToArray()));
        Assert.Equal(VMState.HALT, engine.State);
        Assert.Equal("B94D27B9934D3E08A52E52D7DA7DABFAC484EFE37A5380EE9088F7ACE2EFCDE9", Convert.ToHexString(engine.ResultStack[0].GetSpan()));
        var bls = EngineRun.Run(EngineRun.DynamicCall(NativeContracts.CryptoLib.Hash, "bls12381Deserialize", CallFlags.All, new byte[48]));
        Assert.Equal(VMState.FAULT, bls.State);
        Assert.Contains("BLS12-381 is not supported", bls.FaultException!.Message);
        Assert.Equal("0x726cb6e0cd8628a1350a611384688911ab75f51b", NativeContracts.CryptoLib.Hash.ToString());
    }
}
