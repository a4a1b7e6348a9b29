using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Runtime.Tests.Engine;

/// <summary>System.Contract.Call into native contracts, and the guards around calls.</summary>
public class ContractCallTests
{
    [Fact]
    public void Dynamic_call_into_a_native_method_charges_script_syscall_stub_and_cpu_fee()
    {
        var engine = EngineRun.Run(EngineRun.DynamicCall(NativeContracts.Policy.Hash, "getFeePerByte"));
        Assert.Equal(VMState.HALT, engine.State);
        Assert.Equal(1000, engine.ResultStack[0].GetInteger());
        // NEWARRAY0 16, PUSH15 1, PUSHDATA1 8 ×2, SYSCALL Call 32768; stub PUSH0 1, CallNative 0, cpu 2^15, RET 0; RET 0.
        Assert.Equal((16 + 1 + 8 + 8 + 32768 + 1 + 32768) * 30, engine.FeeConsumed);
    }

    [Fact]
    public void Native_arguments_are_passed_in_order()
    {
        var script = EngineRun.DynamicCall(NativeContracts.ContractManagement.Hash, "hasMethod", CallFlags.All,
            NativeContracts.Policy.Hash, "isBlocked", 1);
        var engine = EngineRun.Run(script);
        Assert.Equal(VMState.HALT, engine.State);
        Assert.True(engine.ResultStack[0].GetBoolean());
        engine = EngineRun.Run(EngineRun.DynamicCall(NativeContracts.ContractManagement.Hash, "hasMethod", CallFlags.All,
            NativeContracts.Policy.Hash, "isBlocked", 2));
        Assert.False(engine.ResultStack[0].GetBoolean());
    }

    [Fact]
    public void Call_native_outside_a_native_stub_faults()
    {
        var script = new ScriptBuilder().EmitPush(0).EmitSysCall(Interop.Syscalls.ContractCallNative.Hash).ToArray();
        var engine = EngineRun.Run(script);
        Assert.Equal(VMState.FAULT, engine.State);
        Assert.Equal("It is not allowed to use \"System.Contract.CallNative\" directly.", engine.FaultException!.Message);
    }

    [Theory]
    [InlineData("nosuch", "Method \"nosuch\" with 0 parameter(s) doesn't exist in the contract")]
    [InlineData("_initialize", "cannot start with underscore")]
    public void Bad_method_names_fault(string method, string message)
    {
        var engine = EngineRun.Run(EngineRun.DynamicCall(NativeContracts.Policy.Hash, method));
        Assert.Equal(VMState.FAULT, engine.State);
        Assert.Contains(message, engine.FaultException!.Message);
    }

    [Fact]
    public void Unknown_contracts_and_undefined_flags_fault()
    {
        var engine = EngineRun.Run(EngineRun.DynamicCall(UInt160.Zero, "x"));
        Assert.Contains("Called Contract Does Not Exist", engine.FaultException!.Message);
        engine = EngineRun.Run(EngineRun.DynamicCall(NativeContracts.Policy.Hash, "getFeePerByte", (CallFlags)0x10));
        Assert.IsType<ArgumentOutOfRangeException>(engine.FaultException);
    }

    [Fact]
    public void A_method_needing_read_states_faults_when_called_without_it()
    {
        var engine = EngineRun.Run(EngineRun.DynamicCall(NativeContracts.Policy.Hash, "getFeePerByte", CallFlags.None));
        Assert.Equal(VMState.FAULT, engine.State);
        Assert.Contains("Cannot call this method with the flag", engine.FaultException!.Message);
    }

    [Fact]
    public void Native_hashes_ids_and_stubs_follow_the_published_table()
    {
        Assert.Equal("0xfffdc93764dbaddd97c48f252a53ea4643faa3fd", NativeContracts.ContractManagement.Hash.ToString());
        Assert.Equal(-1, NativeContracts.ContractManagement.Id);
        Assert.Equal("0xcc5e4edd9f5f8dba8bb65734541df7a1c081c67b", NativeContracts.Policy.Hash.ToString());
        Assert.Equal(-7, NativeContracts.Policy.Id);
        var state = NativeContracts.ContractManagement.State;
        Assert.Equal("neo-core-v3.0", state.Nef.Compiler);
        // Each stub is PUSH0, SYSCALL System.Contract.CallNative (1af77b67), RET; methods sorted by name then arity.
        var methods = state.Manifest.Abi.Methods;
        Assert.Equal(string.Concat(Enumerable.Repeat("10411AF77B6740", methods.Count)), Convert.ToHexString(state.Nef.Script.Span));
        Assert.Equal(["deploy", "deploy", "destroy", "getContract", "getContractById", "getContractHashes", "getMinimumDeploymentFee", "hasMethod",
            "isContract", "setMinimumDeploymentFee", "update", "update"], methods.Select(m => m.Name));
        Assert.Equal([2, 3], methods.Take(2).Select(m => m.Parameters.Count));
        Assert.Equal(Enumerable.Range(0, methods.Count).Select(i => i * 7), methods.Select(m => m.Offset));
        Assert.Equal(methods.Select(m => m.Name is not ("deploy" or "update" or "destroy" or "setMinimumDeploymentFee")), methods.Select(m => m.Safe)); // writers need States
    }
}
