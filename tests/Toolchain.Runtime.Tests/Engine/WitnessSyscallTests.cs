using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Interop;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Runtime.Payloads.Attributes;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Vm;
using static Protocol.Toolchain.Runtime.Tests.Engine.WitnessScopeTests;

namespace Protocol.Toolchain.Runtime.Tests.Engine;

/// <summary>CheckWitness argument forms, the calling-script rule, containers, flags and price.</summary>
public class WitnessSyscallTests
{
    private static Signer ByEntry => new(Account, WitnessScope.CalledByEntry);

    [Fact]
    public void A_public_key_is_checked_as_its_standard_account()
    {
        Assert.True(Outcome(E1(Key.PublicKey.ToArray()), ByEntry));
        Assert.False(Outcome(E1(GroupA.PublicKey.ToArray()), ByEntry));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(19)]
    [InlineData(21)]
    [InlineData(32)]
    [InlineData(65)]
    public void Other_lengths_fault(int length)
    {
        var engine = RunWith(E1(new byte[length]), ByEntry);
        Assert.Equal(VMState.FAULT, engine.State);
        Assert.Equal("Invalid hashOrPubkey length (Parameter 'hashOrPubkey')", engine.FaultException!.Message);
    }

    [Fact]
    public void A_33_byte_value_that_is_not_a_point_faults()
    {
        var bad = new byte[33];
        bad[0] = 0x05;
        Assert.Equal(VMState.FAULT, RunWith(E1(bad), ByEntry).State);
    }

    [Fact]
    public void The_calling_script_hash_is_always_witnessed()
    {
        var none = new Signer(Account, WitnessScope.None);
        // The entry script passes its own hash to A: the entry script is A's caller, so A sees it witnessed.
        var viaA = new ScriptBuilder().EmitCall(A, "check", CallFlags.All,
            sb => sb.EmitSysCall(Syscalls.RuntimeGetExecutingScriptHash.Hash)).ToArray();
        Assert.True(Outcome(viaA, none));
        // B relays to A asking for B: B is A's caller.
        Assert.True(Outcome(E3(B.ToArray()), none));
        // A asked for B when called by the entry script: B is not the caller and has no signer.
        Assert.False(Outcome(E2(B.ToArray()), none));
        // The entry script asking for its own hash: it has no caller, so only a signer could witness it.
        var self = new ScriptBuilder().EmitSysCall(Syscalls.RuntimeGetExecutingScriptHash.Hash)
            .EmitSysCall(Syscalls.RuntimeCheckWitness.Hash).ToArray();
        Assert.False(Outcome(self, none));
        Assert.True(Outcome(self, new Signer(UInt160.FromScript(self), WitnessScope.CalledByEntry)));
    }

    [Fact]
    public void Without_a_container_nothing_is_witnessed()
    {
        var engine = EngineRun.Run(E1(Account.ToArray()));
        Assert.Equal(VMState.HALT, engine.State);
        Assert.False(engine.ResultStack[0].GetBoolean());
    }

    [Fact]
    public void Group_conditions_need_ReadStates_but_earlier_matches_do_not()
    {
        var groups = new Signer(Account, WitnessScope.CustomGroups, allowedGroups: [GroupA.PublicKey]);
        var faulted = RunWith(E2(Account.ToArray(), CallFlags.None), groups);
        Assert.Equal(VMState.FAULT, faulted.State);
        Assert.Contains("Cannot call this SYSCALL with the flag", faulted.FaultException!.Message);
        var entryFirst = new Signer(Account, WitnessScope.CalledByEntry | WitnessScope.CustomGroups, allowedGroups: [GroupA.PublicKey]);
        Assert.True(Outcome(E2(Account.ToArray(), CallFlags.None), entryFirst));
    }

    [Fact]
    public void An_oracle_response_without_its_stored_request_faults()
    {
        // The signers of an oracle response are those of the request's transaction (neo ApplicationEngine.CheckWitnessInternal);
        // neo dereferences the missing request (NullReferenceException), this engine names it. The found case is in
        // tests/Toolchain.Testing.Tests/OracleTests.cs.
        var tx = new Transaction
        {
            Signers = [ByEntry],
            Attributes = [new OracleResponseAttribute(1, OracleResponseCode.Success, Array.Empty<byte>())],
            Script = new byte[] { 0x12 },
        };
        var engine = SyscallTestContracts.Run(new DataCache(new MemoryStore()), E1(Account.ToArray()), tx);
        Assert.Equal(VMState.FAULT, engine.State);
        Assert.Equal("Oracle request 1 not found.", engine.FaultException!.Message);
    }

    [Fact]
    public void CheckWitness_costs_1024_units()
    {
        var engine = RunWith(E1(Account.ToArray()), ByEntry);
        Assert.Equal(VMState.HALT, engine.State);
        // PUSHDATA1 8 + SYSCALL 0 + 1024, × ExecFeeFactor 30.
        Assert.Equal((8 + 1024) * 30, engine.FeeConsumed);
        Assert.Equal(1 << 10, Syscalls.RuntimeCheckWitness.FixedPrice);
        Assert.Equal(CallFlags.None, Syscalls.RuntimeCheckWitness.RequiredCallFlags);
    }
}
