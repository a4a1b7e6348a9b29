using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Interop;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Vm;
using static Protocol.Toolchain.Runtime.Tests.Engine.PersistSupport;

namespace Protocol.Toolchain.Runtime.Tests.Engine;

/// <summary>
/// System.Contract.NativeOnPersist / NativePostPersist (neo ApplicationEngine.Contract.cs): registered with price 0 and
/// flags States, refused outside their own trigger with neo's bare InvalidOperationException, and a block as script
/// container (neo IVerifiable: witnessed by the previous block's NextConsensus, not a stack item).
/// </summary>
public class PersistSyscallTests
{
    private const string InvalidState = "Operation is not valid due to the current state of the object.";

    private static ApplicationEngine Run(TriggerType trigger, InteropDescriptor syscall, BlockInfo? block, CallFlags flags = CallFlags.All,
        long gas = 0)
    {
        var snapshot = GenesisState();
        var engine = new ApplicationEngine(trigger, null, snapshot, Settings, gas, persistingBlock: block ?? NextBlock(snapshot).Info);
        var id = syscall.Hash;
        engine.LoadScript(new Script(new ScriptBuilder().EmitSysCall(id).ToArray()), configure: s => s.CallFlags = flags);
        engine.Execute();
        return engine;
    }

    [Fact]
    public void Both_are_registered_free_with_States_and_are_the_persist_scripts()
    {
        Assert.Equal("System.Contract.NativeOnPersist", Syscalls.ContractNativeOnPersist.Name);
        Assert.Equal((0L, CallFlags.States), (Syscalls.ContractNativeOnPersist.FixedPrice, Syscalls.ContractNativeOnPersist.RequiredCallFlags));
        Assert.Equal((0L, CallFlags.States), (Syscalls.ContractNativePostPersist.FixedPrice, Syscalls.ContractNativePostPersist.RequiredCallFlags));
        // neo Blockchain's onPersistScript / postPersistScript: SYSCALL with the ids of §2.5 (2edbbc93 / 44a15d16).
        Assert.Equal("412edbbc93", Convert.ToHexString(BlockPersister.OnPersistScript).ToLowerInvariant());
        Assert.Equal("4144a15d16", Convert.ToHexString(BlockPersister.PostPersistScript).ToLowerInvariant());
    }

    [Theory]
    [InlineData(TriggerType.Application)]
    [InlineData(TriggerType.Verification)]
    [InlineData(TriggerType.PostPersist)]
    public void NativeOnPersist_runs_only_under_OnPersist(TriggerType trigger)
    {
        var engine = Run(trigger, Syscalls.ContractNativeOnPersist, null, gas: 1_0000_0000);
        Assert.Equal(VMState.FAULT, engine.State);
        Assert.Equal(InvalidState, engine.FaultException!.Message);
        Assert.Equal(VMState.HALT, Run(TriggerType.OnPersist, Syscalls.ContractNativeOnPersist, null).State); // with 0 gas: it costs nothing
    }

    [Theory]
    [InlineData(TriggerType.Application)]
    [InlineData(TriggerType.Verification)]
    [InlineData(TriggerType.OnPersist)]
    public void NativePostPersist_runs_only_under_PostPersist(TriggerType trigger)
    {
        var engine = Run(trigger, Syscalls.ContractNativePostPersist, null, gas: 1_0000_0000);
        Assert.Equal(VMState.FAULT, engine.State);
        Assert.Equal(InvalidState, engine.FaultException!.Message);
        Assert.Equal(VMState.HALT, Run(TriggerType.PostPersist, Syscalls.ContractNativePostPersist, null).State);
    }

    [Fact]
    public void They_need_the_States_flags_and_a_real_persisting_block()
    {
        var readOnly = Run(TriggerType.OnPersist, Syscalls.ContractNativeOnPersist, null, CallFlags.ReadOnly);
        Assert.Equal(VMState.FAULT, readOnly.State);
        Assert.StartsWith("Cannot call this SYSCALL with the flag", readOnly.FaultException!.Message);
        var heightOnly = Run(TriggerType.PostPersist, Syscalls.ContractNativePostPersist, new BlockInfo(1, 0));
        Assert.Equal(VMState.FAULT, heightOnly.State);
        Assert.Equal("There is no persisting block.", heightOnly.FaultException!.Message);
    }

    [Fact]
    public void A_block_container_is_witnessed_by_the_previous_next_consensus_and_is_no_stack_item()
    {
        var snapshot = GenesisState();
        var block = NextBlock(snapshot);
        bool CheckWitness(object container, UInt160 account)
        {
            var engine = new ApplicationEngine(TriggerType.Verification, container, snapshot.CloneCache(), Settings);
            var sb = new ScriptBuilder().EmitPush(account.AsSpan()).EmitSysCall(Syscalls.RuntimeCheckWitness.Hash);
            engine.LoadScript(new Script(sb.ToArray()));
            Assert.Equal(VMState.HALT, engine.Execute());
            return engine.ResultStack[0].GetBoolean();
        }
        Assert.True(CheckWitness(block, Validators)); // genesis NextConsensus: the validators' BFT account
        Assert.True(CheckWitness(block.Header, Validators));
        Assert.False(CheckWitness(block, Bob));
        // The genesis header (PrevHash zero) is witnessed by its own verification script (PUSH1).
        var genesis = LedgerContract.CreateGenesisHeader(Settings);
        Assert.True(CheckWitness(genesis, UInt160.FromScript(new[] { (byte)OpCode.PUSH1 })));

        var container = new ApplicationEngine(TriggerType.Verification, block, snapshot.CloneCache(), Settings);
        container.LoadScript(new Script(new ScriptBuilder().EmitSysCall(Syscalls.RuntimeGetScriptContainer.Hash).ToArray()));
        Assert.Equal(VMState.FAULT, container.Execute());
        byte[] signData = [.. BitConverter.GetBytes(Settings.Network), .. block.Hash.ToArray()];
        Assert.Equal(signData, block.GetSignData(Settings.Network));
    }
}
