using System.Text;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Vm.Types;
using static Protocol.Toolchain.Testing.Tests.PolicyTests;

namespace Protocol.Toolchain.Testing.Tests;

/// <summary>
/// The fee whitelist (neo UT_PolicyContract TestWhiteListFee and TestSetWhiteListFeeContract*): a whitelisted method is
/// charged its fixed fee once at the call and nothing inside its own context; contracts it calls pay as usual.
/// </summary>
public class PolicyWhitelistTests
{
    private static readonly UInt160 Neo = NativeContracts.Neo.Hash;

    /// <summary>A call with no arguments: NEWARRAY0 16, PUSH15 1, PUSHDATA1 8 ×2, SYSCALL 32768 (×30).</summary>
    private const long EntryFee = (16 + 1 + 8 + 8 + 32768) * 30;

    [Fact]
    public void A_whitelisted_native_method_costs_its_fixed_fee_instead_of_its_stub_and_cpu_fee()
    {
        var engine = AsCommittee();
        Assert.Equal(0, engine.Call<long>(Neo, "balanceOf", Committee));
        Assert.Equal(2028330, engine.LastFeeConsumed); // neo TestWhiteListFee, not whitelisted

        engine.Invoke(Policy, "setWhitelistFeeContract", Neo, "balanceOf", 1, 0);
        var changed = Assert.Single(engine.LastNotifications);
        Assert.Equal((Policy, "WhitelistFeeChanged"), (changed.ScriptHash, changed.EventName));
        Assert.Equal(Neo.ToArray(), changed.State[0].GetSpan().ToArray());
        Assert.Equal(("balanceOf", 1, 0), (changed.State[1].GetString(), (int)changed.State[2].GetInteger(), (int)changed.State[3].GetInteger()));
        Assert.Equal(0, engine.Call<long>(Neo, "balanceOf", Committee));
        Assert.Equal(1045260, engine.LastFeeConsumed); // neo TestWhiteListFee, whitelisted with fee 0

        engine.Invoke(Policy, "setWhitelistFeeContract", Neo, "balanceOf", 1, 123_456);
        engine.Invoke(Neo, "balanceOf", Committee);
        Assert.Equal(1045260 + 123_456, engine.LastFeeConsumed);
        // Key: prefix 16, the hash, the method offset (balanceOf: 0) big-endian; value Struct[hash, method, argCount, fee].
        Assert.Equal("4104" + "2814" + Hex(Neo.ToArray()) + "2809" + Hex(Encoding.UTF8.GetBytes("balanceOf")) + "210101" + "210340e201",
            Hex(PolicyEntry(engine, 16, [.. Neo.ToArray(), 0, 0, 0, 0])!));
        var listed = Assert.IsType<Struct>(Assert.Single(Drain(engine.Call<StackItem>(Policy, "getWhitelistFeeContracts"))));
        Assert.Equal(Neo.ToArray(), listed[0].GetSpan().ToArray());
        Assert.Equal(("balanceOf", 1, 123_456), (listed[1].GetString(), (int)listed[2].GetInteger(), (int)listed[3].GetInteger()));

        engine.Invoke(Policy, "removeWhitelistFeeContract", Neo, "balanceOf", 1);
        Assert.True(Assert.Single(engine.LastNotifications).State[3].IsNull);
        engine.Invoke(Neo, "balanceOf", Committee);
        Assert.Equal(2028330, engine.LastFeeConsumed);
        TestEngine.AssertFault(() => engine.Invoke(Policy, "removeWhitelistFeeContract", Neo, "balanceOf", 1), "Whitelist not found");
    }

    [Fact]
    public void Whitelist_changes_are_checked_as_neo_checks_them()
    {
        var engine = AsCommittee();
        var stranger = NativeTestSupport.EngineSignedBy(NativeTestSupport.Bob);
        TestEngine.AssertFault(() => engine.Invoke(Policy, "setWhitelistFeeContract", Neo, "balanceOf", 1, -1),
            "fixedFee ('-1') must be a non-negative value. (Parameter 'fixedFee')");
        TestEngine.AssertFault(() => stranger.Invoke(Policy, "setWhitelistFeeContract", Neo, "transfer", 4, 10), "Invalid committee signature");
        TestEngine.AssertFault(() => stranger.Invoke(Policy, "removeWhitelistFeeContract", Neo, "transfer", 4), "Invalid committee signature");
        TestEngine.AssertFault(() => engine.Invoke(Policy, "setWhitelistFeeContract", UInt160.Zero, "transfer", 3, 10), "Is not a valid contract");
        TestEngine.AssertFault(() => engine.Invoke(Policy, "setWhitelistFeeContract", Neo, "noexists", 0, 10),
            $"Method noexists with 0 args was not found in {Neo}");
        TestEngine.AssertFault(() => engine.Invoke(Policy, "removeWhitelistFeeContract", Neo, "transfer", 0),
            $"Method transfer with 0 args was not found in {Neo}");
    }

    [Fact]
    public void A_whitelisted_contract_method_pays_only_the_fixed_fee_while_its_callees_pay_their_own()
    {
        // Contract_ContractCall calls Contract1 as deployed by Alice (UnitTest_ContractCall).
        var engine = NativeTestSupport.EngineSignedBy(NativeTestSupport.Alice);
        var callee = DeployArtifact(engine, "Contract1");
        var caller = DeployArtifact(engine, "Contract_ContractCall");
        engine.Signers = [new Signer(Committee, WitnessScope.Global)];
        engine.Invoke(Policy, "setWhitelistFeeContract", callee, "unitTest_001", 0, 12_345);
        Assert.Equal(new byte[] { 1, 2, 3, 4 }, engine.Call<byte[]>(callee, "unitTest_001"));
        Assert.Equal(EntryFee + 12_345, engine.LastFeeConsumed);

        engine.Invoke(Policy, "setWhitelistFeeContract", caller, "testContractCall", 0, 1_000);
        engine.Invoke(caller, "testContractCall");
        long callerOnly = engine.LastFeeConsumed;
        Assert.True(callerOnly > EntryFee + 1_000); // Contract1.testArgs1 runs at full price
        engine.Invoke(Policy, "setWhitelistFeeContract", callee, "testArgs1", 1, 2_000);
        Assert.Equal(new byte[] { 1, 2, 3, 4 }, engine.Call<byte[]>(caller, "testContractCall"));
        // The caller's syscall into Contract1 is free inside its whitelisted context; the callee pays its fixed fee.
        Assert.Equal(EntryFee + 1_000 + 2_000, engine.LastFeeConsumed);
    }

    [Fact]
    public void Destroy_and_update_drop_the_contracts_whitelist_entries_first()
    {
        var engine = AsCommittee();
        var hash = DeployArtifact(engine, "Contract_Create");
        engine.Invoke(Policy, "setWhitelistFeeContract", hash, "getCallFlags", 0, 0);
        engine.Invoke(Policy, "setWhitelistFeeContract", hash, "oldContract", 0, 7);
        var nef = File.ReadAllBytes(Artifact("Contract_Create", "nef"));
        var manifest = File.ReadAllText(Artifact("Contract_Create", "manifest.json"));
        engine.Invoke(hash, "update", nef, manifest);
        Assert.Equal(["WhitelistFeeChanged", "WhitelistFeeChanged", "Update"], engine.LastNotifications.Select(n => n.EventName));
        Assert.Equal(["oldContract", "getCallFlags"], engine.LastNotifications.Take(2).Select(n => n.State[1].GetString())); // by offset
        Assert.All(engine.LastNotifications.Take(2), n => Assert.True(n.State[3].IsNull));
        Assert.Empty(Drain(engine.Call<StackItem>(Policy, "getWhitelistFeeContracts")));

        engine.Invoke(Policy, "setWhitelistFeeContract", hash, "getCallFlags", 0, 0);
        engine.Invoke(hash, "destroy");
        Assert.Equal(["WhitelistFeeChanged", "Destroy"], engine.LastNotifications.Select(n => n.EventName));
        Assert.Empty(Drain(engine.Call<StackItem>(Policy, "getWhitelistFeeContracts")));
        Assert.True(engine.Call<bool>(Policy, "isBlocked", hash));
    }
}
