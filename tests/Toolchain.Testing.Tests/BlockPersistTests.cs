using System.Numerics;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Vm;
using Protocol.Toolchain.Vm.Types;
using static Protocol.Toolchain.Testing.Tests.NeoTokenTests;

namespace Protocol.Toolchain.Testing.Tests;

/// <summary>
/// The test engine persisting real blocks when it advances (neo TestEngine's PersistingBlock): the Ledger follows, the
/// committee is paid and refreshed, voter rewards become claimable, and blocks can carry transactions. Calls of a new
/// engine still run in block 1 on the genesis state (the devpack replay relies on it).
/// </summary>
public class BlockPersistTests
{
    private static readonly UInt160 Ledger = NativeContracts.Ledger.Hash;
    private static readonly IReadOnlyList<ECPoint> Standby = ProtocolSettings.Default.StandbyCommittee;
    private const ulong GenesisTime = 1_468_595_301_000;

    private static UInt160 Account(ECPoint key) => UInt160.FromScript(VerificationScripts.CreateSignature(key));

    [Fact]
    public void A_new_engine_runs_calls_in_block_1_on_the_genesis_state()
    {
        var engine = new TestEngine();
        Assert.Equal((1u, GenesisTime + 15_000), (engine.BlockIndex, engine.Timestamp));
        Assert.Equal(0, engine.Call<int>(Ledger, "currentIndex"));
        Assert.True(engine.Call<StackItem>(Ledger, "getBlock", 1).IsNull);
        Assert.Equal(new BigInteger(5200000050000000), engine.Call<BigInteger>(Gas, "totalSupply")); // neo UT_GasToken
        Assert.Empty(engine.LastBlockExecutions);
    }

    [Fact]
    public void AdvanceBlocks_persists_empty_blocks_that_the_ledger_returns()
    {
        var engine = new TestEngine();
        engine.AdvanceBlocks(3);
        Assert.Equal(4u, engine.BlockIndex);
        Assert.Equal(3, engine.Call<int>(Ledger, "currentIndex"));
        var previous = LedgerContract.GetBlockHash(engine.State, 0)!; // genesis
        for (uint i = 1; i <= 3; i++)
        {
            // [hash, version, prevHash, merkleRoot, timestamp, nonce, index, primaryIndex, nextConsensus, transactionsCount]
            var block = engine.Call<Vm.Types.Array>(Ledger, "getBlock", (int)i);
            Assert.Equal(previous.ToArray(), block[2].GetSpan().ToArray());
            Assert.Equal(new byte[32], block[3].GetSpan().ToArray());
            Assert.Equal(GenesisTime + 15_000 * i, (ulong)block[4].GetInteger());
            Assert.Equal(LedgerContract.GenesisNonce, (ulong)block[5].GetInteger());
            Assert.Equal((i, 0, 0), ((uint)block[6].GetInteger(), (int)block[7].GetInteger(), (int)block[9].GetInteger()));
            Assert.Equal(Validators.ToArray(), block[8].GetSpan().ToArray());
            previous = new UInt256(block[0].GetSpan());
        }
        Assert.Equal(previous, engine.Call<UInt256>(Ledger, "currentHash"));
        Assert.Equal([TriggerType.OnPersist, TriggerType.PostPersist], engine.LastBlockExecutions.Select(e => e.Trigger));
        var bonus = Assert.Single(engine.LastBlockExecutions[1].Notifications); // block 3 pays committee[3]
        Assert.Equal(Account(Standby[3]).ToArray(), bonus.State[1].GetSpan().ToArray());

        engine.AdvanceTime(TimeSpan.FromHours(1)); // persists block 4 at its time, then moves an hour on
        Assert.Equal(GenesisTime + 60_000, (ulong)engine.Call<Vm.Types.Array>(Ledger, "getBlock", 4)[4].GetInteger());
        Assert.Equal((5u, GenesisTime + 60_000 + 3_600_000), (engine.BlockIndex, engine.Timestamp));
    }

    [Fact]
    public void Each_committee_member_is_paid_once_per_round_and_the_refresh_keeps_the_standby_committee()
    {
        // UT_NeoToken.Check_CommitteeBonus over a whole round: blocks 1..21 pay committee[1..20] and committee[0].
        var engine = new TestEngine();
        engine.AdvanceBlocks(21);
        // committee[0] was also paid in block 0 (genesis).
        Assert.All(Standby.Skip(1), key => Assert.Equal(new BigInteger(50000000), engine.Call<BigInteger>(Gas, "balanceOf", Account(key))));
        Assert.Equal(new BigInteger(2 * 50000000), engine.Call<BigInteger>(Gas, "balanceOf", Account(Standby[0])));
        Assert.Equal(new BigInteger(52_000_000_00000000 + 22 * 50000000L), engine.Call<BigInteger>(Gas, "totalSupply"));
        Assert.Empty(engine.LastBlockExecutions[0].Notifications); // refreshed at 21, unchanged: no CommitteeChanged
        Assert.Equal(Standby.Order().Select(k => k.ToArray()), engine.Call<Vm.Types.Array>(Neo, "getCommittee").Select(i => i.GetSpan().ToArray()));
    }

    [Fact]
    public void Voters_earn_their_reward_at_the_refresh_height()
    {
        // The validators' 100M NEO vote for committee[0] in block 1. Until block 21 only the holder share accrues
        // (0.5 GAS per block); the refresh at 21 records 2 × 5 GAS × 80% × 21/28 / 100M votes per vote (validator factor 2,
        // UT_NeoToken.TestClaimGas's formula): 6 GAS for the voters, claimable from block 22.
        var engine = new TestEngine { Signers = [new Signer(Account(Standby[0]), WitnessScope.Global)], GasLimit = 1100_00000000 };
        Assert.True(engine.Call<bool>(Neo, "registerCandidate", Standby[0]));
        engine.Signers = [new Signer(Validators, WitnessScope.CalledByEntry)];
        Assert.True(engine.Call<bool>(Neo, "vote", Validators, Standby[0]));
        engine.AdvanceBlocks(20);
        Assert.Equal(new BigInteger(20 * 50000000L), engine.Call<BigInteger>(Neo, "unclaimedGas", Validators, 21));
        engine.AdvanceBlocks(1);
        Assert.Equal(new BigInteger(21 * 50000000L + 6_00000000), engine.Call<BigInteger>(Neo, "unclaimedGas", Validators, 22));
        var perVote = engine.State.TryGet(Runtime.Storage.StorageKeys.Create(-5, 23, Standby[0].ToArray()))!;
        Assert.Equal(new BigInteger(6_00000000), new BigInteger(perVote)); // 2 × 3e16 / 1e8
    }

    [Fact]
    public void PersistBlock_runs_its_transactions_in_the_current_block()
    {
        var engine = new TestEngine();
        var script = CallScripts.DynamicCall(Gas, "transfer", CallFlags.All,
            [Validators.ToArray(), Bob.ToArray(), new Integer(1_00000000), StackItem.Null]);
        var tx = new Transaction
        {
            Nonce = 5, SystemFee = 1_00000000, NetworkFee = 2000000, ValidUntilBlock = 10, Script = script,
            Signers = [new Signer(Validators, WitnessScope.CalledByEntry)], Witnesses = [Witness.Empty],
        };
        var executed = engine.PersistBlock(tx);
        Assert.Equal([VMState.HALT, VMState.HALT, VMState.HALT], executed.Select(e => e.VMState));
        Assert.Equal(2u, engine.BlockIndex);
        Assert.Equal(new BigInteger(1_00000000), engine.Call<BigInteger>(Gas, "balanceOf", Bob));
        Assert.Equal(new BigInteger(52_000_000_00000000 - 1_00000000 - 1_00000000 - 2000000),
            engine.Call<BigInteger>(Gas, "balanceOf", Validators));
        Assert.Equal((int)VMState.HALT, engine.Call<int>(Ledger, "getTransactionVMState", tx.Hash));
        Assert.Equal(1, engine.Call<int>(Ledger, "getTransactionHeight", tx.Hash));
        Assert.Equal(tx.Hash.ToArray(), engine.Call<Vm.Types.Array>(Ledger, "getTransactionFromBlock", 1, 0)[0].GetSpan().ToArray());
    }
}
