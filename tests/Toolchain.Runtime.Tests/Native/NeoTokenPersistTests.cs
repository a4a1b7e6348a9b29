using System.Numerics;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Runtime.Serialization;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Vm;
using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Runtime.Tests.Native;

/// <summary>
/// NeoToken's block hooks run alone (the other natives' hooks are left out, see PersistSyscallTests for all of them):
/// committee refresh (UT_NeoToken Check_GetCommittee), the committee's GAS share (Check_CommitteeBonus) and voter
/// rewards (TestClaimGas).
/// </summary>
public class NeoTokenPersistTests
{
    private static readonly NeoToken Neo = NativeContracts.Neo;
    private static readonly IReadOnlyList<ECPoint> Standby = ProtocolSettings.Default.StandbyCommittee;
    private static readonly ECPoint G = ECPoint.FromCoordinates(ECCurve.Secp256r1.Gx, ECCurve.Secp256r1.Gy, ECCurve.Secp256r1);

    private static DataCache GenesisState()
    {
        var snapshot = new DataCache(new MemoryStore());
        Genesis.Initialize(snapshot, ProtocolSettings.Default);
        return snapshot;
    }

    /// <summary>Runs a hook inside a loaded context of an engine persisting an empty block <paramref name="index"/>, then commits.</summary>
    private static ApplicationEngine Persist(DataCache snapshot, uint index, Action<ApplicationEngine, Block> hook, TriggerType trigger)
    {
        var block = new Block
        {
            Header = new Header
            {
                PrevHash = UInt256.Zero, MerkleRoot = UInt256.Zero, Index = index, NextConsensus = UInt160.Zero, Witness = Witness.Empty,
            },
            Transactions = [],
        };
        var engine = new ApplicationEngine(trigger, null, snapshot, block);
        engine.LoadScript(new Script(new[] { (byte)OpCode.RET }));
        hook(engine, block);
        Assert.Equal(VMState.HALT, engine.Execute());
        return engine;
    }

    private static ApplicationEngine OnPersist(DataCache s, uint index) => Persist(s, index, Neo.OnPersist, TriggerType.OnPersist);

    private static ApplicationEngine PostPersist(DataCache s, uint index) => Persist(s, index, Neo.PostPersist, TriggerType.PostPersist);

    private static void PutCandidate(DataCache snapshot, ECPoint key, BigInteger votes) =>
        snapshot.Put(StorageKeys.Create(-5, 33, key.ToArray()), new CandidateState { Registered = true, Votes = votes }.ToBytes());

    [Fact]
    public void Committee_member_in_turn_gets_a_tenth_of_gas_per_block()
    {
        var snapshot = GenesisState(); // genesis already carries block 0's payment to committee[0]
        PostPersist(snapshot, 1);
        Assert.Equal(new BigInteger(50_000_000), NativeContracts.Gas.BalanceOf(snapshot, NeoToken.SignatureAccount(Standby[0])));
        Assert.Equal(new BigInteger(50_000_000), NativeContracts.Gas.BalanceOf(snapshot, NeoToken.SignatureAccount(Standby[1])));
        Assert.Equal(BigInteger.Zero, NativeContracts.Gas.BalanceOf(snapshot, NeoToken.SignatureAccount(Standby[2])));
    }

    [Fact]
    public void Refresh_elects_the_most_voted_candidates_once_turnout_reaches_20_percent()
    {
        var snapshot = GenesisState();
        PutCandidate(snapshot, G, 20_000_000);
        for (int i = 0; i < Standby.Count - 1; i++) PutCandidate(snapshot, Standby[i], 0);
        snapshot.Put(StorageKeys.Create(-5, 1, []), new BigInteger(20_000_000).ToByteArray());

        Assert.Empty(OnPersist(snapshot, 20).Notifications); // not a refresh height
        Assert.DoesNotContain(G, Neo.GetCommittee(snapshot));
        var engine = OnPersist(snapshot, 21);
        var committee = Neo.GetCommittee(snapshot);
        Assert.Equal(21, committee.Length);
        Assert.Contains(G, committee);
        Assert.All(Standby.Take(20), k => Assert.Contains(k, committee));
        Assert.DoesNotContain(Standby[20], committee);
        var changed = Assert.Single(engine.Notifications);
        Assert.Equal("CommitteeChanged", changed.EventName);
        Assert.Equal(Standby.Select(k => k.ToArray()), ((Vm.Types.Array)changed.State[0]).Select(i => i.GetSpan().ToArray()));
        Assert.Equal(G.ToArray(), ((Vm.Types.Array)changed.State[1])[0].GetSpan().ToArray()); // most votes first
        Assert.Equal(G, Neo.GetCommitteeFromCache(snapshot)[0].PublicKey);
        Assert.Contains(G, Neo.GetNextBlockValidators(snapshot, 7));

        // Below the turnout the standby committee returns, and the change is notified again.
        snapshot.Put(StorageKeys.Create(-5, 1, []), new BigInteger(19_999_999).ToByteArray());
        Assert.Equal("CommitteeChanged", Assert.Single(OnPersist(snapshot, 42).Notifications).EventName);
        Assert.Equal(Standby.Order(), Neo.GetCommittee(snapshot));
    }

    [Fact]
    public void Voters_of_committee_members_earn_per_vote_rewards()
    {
        // UT_NeoToken.TestClaimGas: every member of the (sorted) standby committee holds 2,000,000 votes.
        var snapshot = GenesisState();
        var sorted = Standby.Order().ToArray();
        foreach (var key in sorted) PutCandidate(snapshot, key, 200 * 10000);
        snapshot.Put(StorageKeys.Create(-5, 14, []), BinarySerializer.Serialize(new Vm.Types.Array(
            sorted.Select(k => (StackItem)new Struct([k.ToArray(), new Integer(200 * 10000)]))), ExecutionEngineLimits.Default));
        snapshot.Put(StorageKeys.Create(-5, 1, []), new BigInteger(2100 * 10000).ToByteArray());
        byte[] RewardKey(ECPoint key) => StorageKeys.Create(-5, 23, key.ToArray());

        PostPersist(snapshot, 0);
        Assert.Equal(new BigInteger(30_000_000_000), new BigInteger(snapshot.TryGet(RewardKey(sorted[0]))!)); // validators count double
        Assert.Equal(new BigInteger(15_000_000_000), new BigInteger(snapshot.TryGet(RewardKey(sorted[20]))!));
        PostPersist(snapshot, 1);
        Assert.Equal(new BigInteger(30_000_000_000), new BigInteger(snapshot.TryGet(RewardKey(sorted[1]))!));
        PostPersist(snapshot, 21);
        Assert.Equal(new BigInteger(60_000_000_000), new BigInteger(snapshot.TryGet(RewardKey(sorted[2]))!));

        // Claim: an account voting for sorted[2] since one refresh ago, with the Ledger at block 31 (end 32).
        var account = NeoToken.SignatureAccount(sorted[2]);
        var state = new NeoAccountState { Balance = 200 * 10000 - 2 * 100, BalanceHeight = 3, VoteTo = sorted[2], LastGasPerVote = 30_000_000_000 };
        snapshot.Put(StorageKeys.Create(-5, 20, account.AsSpan()), state.ToBytes());
        snapshot.Put(StorageKeys.Create(-4, 12, []), BinarySerializer.Serialize(
            new Struct([new byte[32], new Integer(31)]), ExecutionEngineLimits.Default));
        var engine = new ApplicationEngine(TriggerType.Application, null, snapshot);
        Assert.Equal(1999800 * 30000000000 / 100000000L + (1999800L * 10 * 5 * 29 / 100), (long)Neo.UnclaimedGas(engine, account, 32));
    }
}
