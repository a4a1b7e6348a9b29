using System.Numerics;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Testing.Tests;

/// <summary>
/// NeoToken as NEP-17 with GAS distribution: genesis state, the native contract state neo publishes
/// (UT_NativeContract), transfers and the GAS they settle (UT_NeoToken Check_Transfer, Check_UnclaimedGas,
/// TestEconomicParameter), read-only getters (UT_NeoToken TestGetCommittee, TestGetNextBlockValidators) and fees.
/// </summary>
public class NeoTokenTests
{
    internal static readonly UInt160 Validators = UInt160.Parse("0x9f8f056a53e39585c7bb52886418c7bed83d126b");
    internal static readonly UInt160 Committee = UInt160.Parse("0xdb92d773a2105bdd96f2e1859a54353a7f9ed75b");
    internal static readonly UInt160 Bob = UInt160.Parse("0x0a0b0c0d0e0f101112131415161718191a1b1c1d");
    internal static readonly UInt160 Neo = NativeContracts.Neo.Hash;
    internal static readonly UInt160 Gas = NativeContracts.Gas.Hash;

    internal static TestEngine As(UInt160 signer, WitnessScope scope = WitnessScope.CalledByEntry) =>
        new() { Signers = [new Signer(signer, scope)] };

    [Fact]
    public void Genesis_mints_100_million_neo_to_the_validators_with_neos_account_state()
    {
        var engine = new TestEngine();
        Assert.Equal("0xef4073a0f2b305a38ec4050e4d3d28bc40ea63f5", Neo.ToString());
        Assert.Equal(-5, NativeContracts.Neo.Id);
        Assert.Equal("NEO", engine.Call<string>(Neo, "symbol"));
        Assert.Equal(0, engine.Call<int>(Neo, "decimals"));
        Assert.Equal(new BigInteger(100_000_000), engine.Call<BigInteger>(Neo, "totalSupply"));
        Assert.Equal(new BigInteger(100_000_000), engine.Call<BigInteger>(Neo, "balanceOf", Validators));
        Assert.Equal(BigInteger.Zero, engine.Call<BigInteger>(Neo, "balanceOf", Bob));
        // Struct[balance, balanceHeight, voteTo, lastGasPerVote] as stored: 41 04 | 21 04 00e1f505 | 21 00 | 00 | 21 00.
        Assert.Equal("41042104" + "00e1f505" + "2100" + "00" + "2100",
            Convert.ToHexString(engine.State.TryGet(Runtime.Storage.StorageKeys.Create(-5, 20, Validators.AsSpan()))!).ToLowerInvariant());
        var state = Assert.IsType<Struct>(engine.Call<StackItem>(Neo, "getAccountState", Validators));
        Assert.Equal([100_000_000, 0], state.Take(2).Select(i => (long)i.GetInteger()));
        Assert.True(state[2].IsNull);
        Assert.True(engine.Call<StackItem>(Neo, "getAccountState", Bob).IsNull); // devpack NativeTest.Test_NEO
        Assert.Equal(500_000_000, engine.Call<long>(Neo, "getGasPerBlock"));
        Assert.Equal(1000_00000000, engine.Call<long>(Neo, "getRegisterPrice"));
        Assert.Empty(engine.Call<Vm.Types.Array>(Neo, "getCandidates"));
        Assert.Equal(Committee, engine.Call<UInt160>(Neo, "getCommitteeAddress"));
    }

    [Fact]
    public void Native_state_is_the_one_neo_publishes()
    {
        // neo tests/Neo.UnitTests/SmartContract/Native/UT_NativeContract.cs, "NeoToken" (all hardforks).
        var state = NativeContracts.Neo.State;
        Assert.Equal(1991619121u, state.Nef.CheckSum);
        Assert.Equal(string.Concat(Enumerable.Repeat("EEEa93tnQBBBGvd7Z0AQQRr3e2dA", 7)), Convert.ToBase64String(state.Nef.Script.ToArray()));
        Assert.Equal(NeoTokenVectors.Manifest, state.Manifest.ToJson());
    }

    [Fact]
    public void Committee_and_validators_are_the_sorted_standby_keys()
    {
        var engine = new TestEngine();
        var committee = engine.Call<Vm.Types.Array>(Neo, "getCommittee").Select(k => Convert.ToHexString(k.GetSpan()).ToLowerInvariant());
        Assert.Equal(NeoTokenVectors.SortedCommittee, committee); // UT_NeoToken.TestGetCommittee
        var validators = engine.Call<Vm.Types.Array>(Neo, "getNextBlockValidators").Select(k => Convert.ToHexString(k.GetSpan()).ToLowerInvariant());
        Assert.Equal(NeoTokenVectors.SortedValidators, validators); // UT_NeoToken.TestGetNextBlockValidators1
    }

    [Fact]
    public void Transfer_settles_the_senders_gas_and_costs_the_published_fee()
    {
        var engine = As(Validators);
        Assert.True(engine.Call<bool>(Neo, "transfer", Validators, Bob, 1, null));
        // Block 1, balanceHeight 0: 100M × 5 GAS × 1 block × 10% / 100M = 0.5 GAS, minted after the NEO Transfer.
        Assert.Equal(2, engine.LastNotifications.Count);
        Assert.Equal((Neo, "Transfer"), (engine.LastNotifications[0].ScriptHash, engine.LastNotifications[0].EventName));
        var reward = engine.LastNotifications[1];
        Assert.Equal((Gas, "Transfer"), (reward.ScriptHash, reward.EventName));
        Assert.True(reward.State[0].IsNull);
        Assert.Equal(Validators.ToArray(), reward.State[1].GetSpan().ToArray());
        Assert.Equal(50_000_000, (long)reward.State[2].GetInteger());
        // Same script shape and price as the GAS transfer: (34853 + 2^17) × 30 + 50 × 100000.
        Assert.Equal(9_977_750, engine.LastFeeConsumed);
        Assert.Equal(new BigInteger(52_000_000_50000000), engine.Call<BigInteger>(Gas, "balanceOf", Validators));
        var bob = engine.Call<Struct>(Neo, "getAccountState", Bob);
        Assert.Equal([1, 1], bob.Take(2).Select(i => (long)i.GetInteger()));
        Assert.Equal(1, (long)engine.Call<Struct>(Neo, "getAccountState", Validators)[1].GetInteger()); // balanceHeight
    }

    [Fact]
    public void Unclaimed_gas_and_transfers_at_block_1000_match_neos_check_transfer()
    {
        var engine = As(Validators);
        engine.AdvanceBlocks(999);
        Assert.Equal(new BigInteger(50_000_000_000), engine.Call<BigInteger>(Neo, "unclaimedGas", Validators, 1000)); // 0.5 × 1000 GAS
        Assert.Equal(BigInteger.Zero, engine.Call<BigInteger>(Neo, "unclaimedGas", Bob, 1000));
        TestEngine.AssertFault(() => engine.Invoke(Neo, "unclaimedGas", Validators, 999), "must be equal to '1000'");
        Assert.False(As(Bob).Call<bool>(Neo, "transfer", Validators, Bob, 1, null)); // not signed
        Assert.True(engine.Call<bool>(Neo, "transfer", Validators, Bob, 1, null));
        Assert.Equal(50_000_000_000, (long)engine.LastNotifications[1].State[2].GetInteger());
        Assert.Equal(new BigInteger(99_999_999), engine.Call<BigInteger>(Neo, "balanceOf", Validators));
        Assert.Equal(BigInteger.One, engine.Call<BigInteger>(Neo, "balanceOf", Bob));
        Assert.Equal(BigInteger.Zero, engine.Call<BigInteger>(Neo, "unclaimedGas", Validators, 1000));

        var bob = As(Bob);
        bob.Restore(engine.Checkpoint());
        bob.AdvanceBlocks(999);
        Assert.True(bob.Call<bool>(Neo, "transfer", Bob, Validators, 1, null)); // back: Bob's record is deleted
        Assert.Single(bob.LastNotifications); // Bob's 1 NEO held for 0 blocks earned nothing; Validators' height is 1000
        Assert.True(bob.Call<StackItem>(Neo, "getAccountState", Bob).IsNull);
        Assert.False(bob.Call<bool>(Neo, "transfer", Bob, Validators, 2, null)); // more than the balance
        TestEngine.AssertFault(() => bob.Invoke(Neo, "transfer", Bob, Validators, -1, null), "cannot be negative");
    }

    [Fact]
    public void Zero_transfer_to_self_claims_gas_and_needs_the_witness()
    {
        var engine = As(Validators);
        engine.AdvanceBlocks(9); // block 10
        Assert.True(engine.Call<bool>(Neo, "transfer", Validators, Validators, 0, null));
        Assert.Equal(5_00000000, (long)engine.LastNotifications[1].State[2].GetInteger()); // 10 blocks × 0.5 GAS
        Assert.Equal(new BigInteger(100_000_000), engine.Call<BigInteger>(Neo, "balanceOf", Validators));
        Assert.False(new TestEngine().Call<bool>(Neo, "transfer", Bob, Bob, 0, null)); // devpack NativeTest.Test_NEO
    }

    [Fact]
    public void Gas_per_block_changes_count_from_the_next_block()
    {
        // UT_NeoToken.TestEconomicParameter: 10 GAS per block set in block 10 counts from block 11, so 1000 NEO held
        // since block 0 has 6500 datoshi unclaimed at block 12; the 100M NEO of the validators have 100000 × that.
        var engine = As(Committee, WitnessScope.Global);
        engine.AdvanceBlocks(9);
        engine.Invoke(Neo, "setGasPerBlock", 10_00000000L);
        engine.AdvanceBlocks(2);
        Assert.Equal(new BigInteger(650_000_000), engine.Call<BigInteger>(Neo, "unclaimedGas", Validators, 12));
    }
}
