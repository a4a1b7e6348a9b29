using Protocol.Toolchain.Conformance;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Testing.Tests;

/// <summary>
/// PolicyContract's published state, genesis storage and defaults (neo UT_NativeContract, UT_PolicyContract
/// Check_Default), and the engine taking its fee factors from Policy's storage. Shared helpers for the PolicyTests files.
/// </summary>
public class PolicyTests
{
    internal static readonly UInt160 Policy = NativeContracts.Policy.Hash;
    internal static readonly UInt160 Committee = NativeTestSupport.Committee;

    /// <summary>A getter call: NEWARRAY0 16, PUSH15 1, PUSHDATA1 8 ×2, SYSCALL 32768, stub PUSH0 1, CPU 2^15.</summary>
    internal const long GetterUnits = 16 + 1 + 8 + 8 + 32768 + 1 + 32768;

    internal static TestEngine AsCommittee() => new() { Signers = [new Signer(Committee, WitnessScope.Global)] };

    internal static string Artifact(string name, string ext) => Path.Combine(ConformancePaths.Root, "neo-devpack", "artifacts", $"{name}.{ext}");

    internal static UInt160 DeployArtifact(TestEngine engine, string name) => engine.Deploy(Artifact(name, "nef"), Artifact(name, "manifest.json"));

    /// <summary>All values of an iterator returned by a native method.</summary>
    internal static List<StackItem> Drain(StackItem item)
    {
        var iterator = (IIterator)((InteropInterface)item).Object;
        var values = new List<StackItem>();
        while (iterator.Next()) values.Add(iterator.Value());
        return values;
    }

    internal static string Hex(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();

    internal static byte[]? PolicyEntry(TestEngine engine, byte prefix, params byte[] suffix) =>
        engine.State.TryGet(StorageKeys.Create(-7, prefix, suffix));

    [Fact]
    public void Native_states_are_the_ones_neo_publishes()
    {
        var policy = NativeContracts.Policy.State;
        Assert.Equal(PolicyVectors.PolicyChecksum, policy.Nef.CheckSum);
        Assert.Equal(PolicyVectors.PolicyManifest, policy.Manifest.ToJson());
        var management = NativeContracts.ContractManagement.State;
        Assert.Equal(PolicyVectors.ContractManagementChecksum, management.Nef.CheckSum);
        Assert.Equal(PolicyVectors.ContractManagementManifest, management.Manifest.ToJson());
    }

    [Fact]
    public void Genesis_writes_the_policy_values_as_neo_stores_them()
    {
        var engine = new TestEngine();
        // Integers as minimal two's complement little-endian: 1000, 300000 (30 × 10^4 picoGAS), 100000, 0.1 GAS, 15000, 5760, 2102400.
        Assert.Equal("e803", Hex(PolicyEntry(engine, 10)!));
        Assert.Equal("e09304", Hex(PolicyEntry(engine, 18)!));
        Assert.Equal("a08601", Hex(PolicyEntry(engine, 19)!));
        Assert.Equal("80969800", Hex(PolicyEntry(engine, 20, 0x22)!));
        Assert.Null(PolicyEntry(engine, 20, 0x01));
        Assert.Equal("983a", Hex(PolicyEntry(engine, 21)!));
        Assert.Equal("8016", Hex(PolicyEntry(engine, 22)!));
        Assert.Equal("801420", Hex(PolicyEntry(engine, 23)!));
    }

    [Fact]
    public void Getters_return_the_defaults_for_the_published_fee()
    {
        var engine = new TestEngine();
        Assert.Equal(1000, engine.Call<long>(Policy, "getFeePerByte"));
        Assert.Equal(GetterUnits * 30, engine.LastFeeConsumed);
        Assert.Equal(30, engine.Call<long>(Policy, "getExecFeeFactor"));
        Assert.Equal(300_000, engine.Call<long>(Policy, "getExecPicoFeeFactor"));
        Assert.Equal(100_000, engine.Call<long>(Policy, "getStoragePrice"));
        Assert.Equal(15_000, engine.Call<long>(Policy, "getMillisecondsPerBlock"));
        Assert.Equal(5760, engine.Call<long>(Policy, "getMaxValidUntilBlockIncrement"));
        Assert.Equal(2_102_400, engine.Call<long>(Policy, "getMaxTraceableBlocks"));
        Assert.Equal(0, engine.Call<long>(Policy, "getAttributeFee", 0x01));
        Assert.Equal(10_000_000, engine.Call<long>(Policy, "getAttributeFee", 0x22)); // NotaryAssisted: 0.1 GAS
        Assert.False(engine.Call<bool>(Policy, "isBlocked", Committee));
        Assert.Empty(Drain(engine.Call<StackItem>(Policy, "getBlockedAccounts")));
        Assert.Empty(Drain(engine.Call<StackItem>(Policy, "getWhitelistFeeContracts")));
        TestEngine.AssertFault(() => engine.Invoke(Policy, "getAttributeFee", 0xff), "Attribute type 255 is not supported.");
        TestEngine.AssertFault(() => engine.Invoke(Policy, "getAttributeFee", 0x02), "Attribute type 2 is not supported.");
    }

    [Fact]
    public void An_engine_reads_its_fees_from_policy_unless_given_explicit_ones()
    {
        var engine = AsCommittee();
        engine.Invoke(Policy, "setExecFeeFactor", 123_456);
        engine.Invoke(Policy, "setStoragePrice", 300_300);
        engine.Invoke(Policy, "setFeePerByte", 7);
        var read = new ApplicationEngine(TriggerType.Application, null, new DataCache(engine.State), persistingBlock: new BlockInfo(5, 0));
        Assert.Equal(new FeeSettings(123_456, 300_300, 7), read.Fees);
        var explicitFees = new FeeSettings(1, 2, 3);
        Assert.Same(explicitFees, new ApplicationEngine(TriggerType.Application, null, new DataCache(engine.State), fees: explicitFees).Fees);
        // Block 0 runs on neo's defaults; an uninitialised store falls back to them too.
        Assert.Equal(FeeSettings.Default, new ApplicationEngine(TriggerType.Application, null, new DataCache(engine.State),
            persistingBlock: new BlockInfo(0, 0)).Fees);
        Assert.Equal(FeeSettings.Default, new ApplicationEngine(TriggerType.Application, null, new DataCache(new MemoryStore())).Fees);
    }

    [Fact]
    public void A_test_engine_with_a_fee_override_ignores_policy()
    {
        var engine = AsCommittee();
        engine.Invoke(Policy, "setExecFeeFactor", 1_000_000);
        engine.Fees = FeeSettings.Default;
        engine.Invoke(Policy, "getFeePerByte");
        Assert.Equal(GetterUnits * 30, engine.LastFeeConsumed);
        engine.Fees = null;
        engine.Invoke(Policy, "getFeePerByte");
        Assert.Equal(GetterUnits * 100, engine.LastFeeConsumed);
        Assert.Equal(100, engine.Call<long>(Policy, "getExecFeeFactor"));
    }
}
