using System.Numerics;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Serialization;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Vm;
using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Runtime.Native;

/// <summary>
/// The committee (neo NeoToken: CachedCommittee, GetCommittee, ComputeCommitteeMembers, OnPersist, PostPersist) and
/// the committee witness checks other natives use. The cached committee starts as the standby committee and is
/// recomputed by <see cref="OnPersist"/> at blocks divisible by the committee size (System.Contract.NativeOnPersist).
/// The test engine persists a block each time it advances, so the refresh happens there as on a chain.
/// </summary>
public sealed partial class NeoToken
{
    /// <summary>The committee is recounted at every block whose height is a multiple of the committee size.</summary>
    public static bool ShouldRefreshCommittee(uint height, int committeeMembersCount) => height % committeeMembersCount == 0;

    /// <summary>The cached committee in election order (pubkey, votes).</summary>
    internal List<(ECPoint PublicKey, BigInteger Votes)> GetCommitteeFromCache(IStoreView snapshot)
    {
        var value = snapshot.TryGet(Key(PrefixCommittee)) ?? throw new NullReferenceException();
        return ((Vm.Types.Array)BinarySerializer.Deserialize(value, ExecutionEngineLimits.Default))
            .Select(item => (Struct)item)
            .Select(s => (ECPoint.Decode(s[0].GetSpan(), ECCurve.Secp256r1), s[1].GetInteger()))
            .ToList();
    }

    private void PutCommittee(DataCache snapshot, IEnumerable<(ECPoint PublicKey, BigInteger Votes)> committee) =>
        snapshot.Put(Key(PrefixCommittee), BinarySerializer.Serialize(
            new Vm.Types.Array(committee.Select(m => (StackItem)new Struct([m.PublicKey.ToArray(), new Integer(m.Votes)]))),
            ExecutionEngineLimits.Default));

    /// <summary>The committee's public keys, sorted.</summary>
    public ECPoint[] GetCommittee(IStoreView snapshot) => GetCommitteeFromCache(snapshot).Select(m => m.PublicKey).Order().ToArray();

    /// <summary>The committee's m-of-n multisig account, m = n − (n − 1) / 2.</summary>
    public UInt160 GetCommitteeAddress(IStoreView snapshot)
    {
        var committee = GetCommittee(snapshot);
        return UInt160.FromScript(VerificationScripts.CreateMultiSig(committee.Length - (committee.Length - 1) / 2, committee));
    }

    /// <summary>The first <paramref name="validatorsCount"/> members of the cached committee, sorted.</summary>
    public ECPoint[] GetNextBlockValidators(IStoreView snapshot, int validatorsCount) =>
        GetCommitteeFromCache(snapshot).Take(validatorsCount).Select(m => m.PublicKey).Order().ToArray();

    /// <summary>The validators an election now would give, sorted.</summary>
    public ECPoint[] ComputeNextBlockValidators(IStoreView snapshot, ProtocolSettings settings) =>
        ComputeCommitteeMembers(snapshot, settings).Select(m => m.PublicKey).Take(settings.ValidatorsCount).Order().ToArray();

    /// <summary>
    /// Below 20% turnout or with fewer candidates than seats: the standby committee (with any votes its members hold);
    /// otherwise the candidates with most votes (ties by key).
    /// </summary>
    private IEnumerable<(ECPoint PublicKey, BigInteger Votes)> ComputeCommitteeMembers(IStoreView snapshot, ProtocolSettings settings)
    {
        var votersCount = (decimal)new BigInteger(snapshot.TryGet(Key(PrefixVotersCount)) ?? throw new NullReferenceException());
        var voterTurnout = votersCount / (decimal)TotalAmount;
        var candidates = GetCandidatesInternal(snapshot).Select(c => (c.PublicKey, c.State.Votes)).ToArray();
        int count = settings.StandbyCommittee.Count;
        if (voterTurnout < EffectiveVoterTurnout || candidates.Length < count)
            return settings.StandbyCommittee.Select(p => (p, candidates.FirstOrDefault(c => c.PublicKey.Equals(p)).Votes)).ToList();
        return candidates.OrderByDescending(c => c.Votes).ThenBy(c => c.PublicKey).Take(count).ToList();
    }

    /// <summary>True when the committee multisig account witnessed the current transaction.</summary>
    internal static bool CheckCommittee(ApplicationEngine engine) =>
        engine.CheckWitnessInternal(NativeContracts.Neo.GetCommitteeAddress(engine.Snapshot));

    /// <summary>The committee guard of committee-only native methods (neo NativeContract.AssertCommittee).</summary>
    internal static void AssertCommittee(ApplicationEngine engine)
    {
        if (!CheckCommittee(engine))
            throw new InvalidOperationException("Invalid committee signature. It should be a multisig(len(committee) - (len(committee) - 1) / 2)).");
    }

    /// <summary>The stricter guard (Policy.recoverFund): a max(half + 1, n − 2)-of-n committee multisig; returns that account.</summary>
    internal static UInt160 AssertAlmostFullCommittee(ApplicationEngine engine)
    {
        var committee = NativeContracts.Neo.GetCommittee(engine.Snapshot);
        var min = Math.Max(1, committee.Length - (committee.Length - 1) / 2);
        var address = UInt160.FromScript(VerificationScripts.CreateMultiSig(Math.Max(min, committee.Length - 2), committee));
        if (!engine.CheckWitnessInternal(address))
            throw new InvalidOperationException("Invalid committee signature. It should be a multisig(max(1,len(committee) - 2))).");
        return address;
    }

    /// <summary>
    /// Genesis state (neo NeoToken.InitializeAsync): the standby committee with no votes, no voters, 5 GAS per block from
    /// block 0, the 1000 GAS register price, and all NEO minted to the validators' BFT account (balanceHeight 0).
    /// </summary>
    internal void Initialize(DataCache snapshot, ProtocolSettings settings)
    {
        PutCommittee(snapshot, settings.StandbyCommittee.Select(p => (p, BigInteger.Zero)));
        snapshot.Put(Key(PrefixVotersCount), []);
        snapshot.Put(Key(PrefixGasPerBlock, 0u), IntegerBytes(DefaultGasPerBlock));
        snapshot.Put(Key(PrefixRegisterPrice), IntegerBytes(DefaultRegisterPrice));
        MintAtGenesis(snapshot, Genesis.ValidatorsAddress(settings), TotalAmount);
    }

    /// <summary>
    /// Block OnPersist step (neo NeoToken.OnPersistAsync): at refresh heights, recomputes the committee and notifies
    /// CommitteeChanged(old, new) when its members changed. Needs a loaded context (notifications belong to one).
    /// </summary>
    internal override void OnPersist(ApplicationEngine engine, Payloads.Block block)
    {
        if (!ShouldRefreshCommittee(block.Index, engine.Settings.StandbyCommittee.Count)) return;
        var previous = GetCommitteeFromCache(engine.Snapshot).Select(m => m.PublicKey).ToArray();
        var members = ComputeCommitteeMembers(engine.Snapshot, engine.Settings).ToList();
        PutCommittee(engine.Snapshot, members);
        var current = members.Select(m => m.PublicKey).ToArray();
        if (current.SequenceEqual(previous)) return;
        engine.SendNotification(Hash, "CommitteeChanged", new Vm.Types.Array([
            new Vm.Types.Array(previous.Select(p => (StackItem)p.ToArray())), new Vm.Types.Array(current.Select(p => (StackItem)p.ToArray()))]));
    }

    /// <summary>
    /// Block PostPersist step (neo NeoToken.PostPersistAsync): mints 10% of GasPerBlock to the committee member whose
    /// turn it is; at refresh heights adds each voted member's voter reward per vote (validators count double).
    /// </summary>
    internal override void PostPersist(ApplicationEngine engine, Payloads.Block block)
    {
        int m = engine.Settings.StandbyCommittee.Count, n = engine.Settings.ValidatorsCount;
        var gasPerBlock = GetGasPerBlock(engine.Snapshot, engine.PersistingBlock); // Ledger's PostPersist made this block current
        var committee = GetCommitteeFromCache(engine.Snapshot);
        var account = SignatureAccount(committee[(int)(block.Index % (uint)m)].PublicKey);
        NativeContracts.Gas.Mint(engine, account, gasPerBlock * CommitteeRewardRatio / 100, false);
        if (!ShouldRefreshCommittee(block.Index, m)) return;
        var voterRewardOfEachCommittee = gasPerBlock * VoterRewardRatio * VoteFactor * m / (m + n) / 100;
        for (int i = 0; i < committee.Count; i++)
        {
            var (publicKey, votes) = committee[i];
            if (votes <= 0) continue;
            var factor = i < n ? 2 : 1;
            var key = Key(PrefixVoterRewardPerCommittee, publicKey);
            engine.Snapshot.Put(key, IntegerBytes(ReadInteger(engine.Snapshot, key) + factor * voterRewardOfEachCommittee / votes));
        }
    }
}
