using System.Numerics;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Runtime.Native;

/// <summary>
/// Candidates and votes (neo NeoToken: RegisterCandidate, OnNEP17Payment, UnregisterCandidate, Vote, GetCandidates…).
/// A candidate record stays while it is registered or still holds votes.
/// </summary>
public sealed partial class NeoToken
{
    private CandidateState? GetCandidate(IStoreView snapshot, ECPoint pubkey) =>
        snapshot.TryGet(Key(PrefixCandidate, pubkey)) is { } value ? CandidateState.Parse(value) : null;

    /// <summary>Drops an unregistered candidate without votes, with its voter-reward record.</summary>
    private void CheckCandidate(DataCache snapshot, ECPoint pubkey, CandidateState candidate)
    {
        if (candidate.Registered || !candidate.Votes.IsZero) return;
        snapshot.Delete(Key(PrefixVoterRewardPerCommittee, pubkey));
        snapshot.Delete(Key(PrefixCandidate, pubkey));
    }

    /// <summary>Charges the register price, then registers if the key's account witnessed (false otherwise).</summary>
    private bool RegisterCandidate(ApplicationEngine engine, ECPoint pubkey)
    {
        engine.AddFee((Int128)GetRegisterPrice(engine.Snapshot) * ApplicationEngine.FeeFactor);
        return RegisterInternal(engine, pubkey);
    }

    private bool RegisterInternal(ApplicationEngine engine, ECPoint pubkey)
    {
        if (!engine.CheckWitnessInternal(SignatureAccount(pubkey))) return false;
        var state = GetCandidate(engine.Snapshot, pubkey) ?? new CandidateState();
        if (state.Registered) return true;
        state.Registered = true;
        engine.Snapshot.Put(Key(PrefixCandidate, pubkey), state.ToBytes());
        engine.SendNotification(Hash, "CandidateStateChanged", new Vm.Types.Array([pubkey.ToArray(), StackItem.True, new Integer(state.Votes)]));
        return true;
    }

    /// <summary>NEP-27: GAS sent to NEO with a public key as data registers that key (the GAS is burned).</summary>
    private void OnNep17Payment(ApplicationEngine engine, UInt160 from, BigInteger amount, StackItem data)
    {
        _ = from;
        if (engine.CallingScriptHash != NativeContracts.Gas.Hash)
            throw new InvalidOperationException("Only GAS contract can call this method");
        var price = GetRegisterPrice(engine.Snapshot);
        if ((long)amount != price)
            throw new ArgumentException($"Incorrect GAS amount. Expected {price} GAS, but received {amount} GAS.");
        var pubkey = ECPoint.Decode(data.GetSpan(), ECCurve.Secp256r1);
        if (!RegisterInternal(engine, pubkey)) throw new InvalidOperationException("Failed to register candidate");
        NativeContracts.Gas.Burn(engine, Hash, amount);
    }

    private bool UnregisterCandidate(ApplicationEngine engine, ECPoint pubkey)
    {
        if (!engine.CheckWitnessInternal(SignatureAccount(pubkey))) return false;
        var state = GetCandidate(engine.Snapshot, pubkey);
        if (state is null || !state.Registered) return true;
        state.Registered = false;
        engine.Snapshot.Put(Key(PrefixCandidate, pubkey), state.ToBytes());
        CheckCandidate(engine.Snapshot, pubkey, state);
        engine.SendNotification(Hash, "CandidateStateChanged", new Vm.Types.Array([pubkey.ToArray(), StackItem.False, new Integer(state.Votes)]));
        return true;
    }

    private StackItem? Vote(ApplicationEngine engine, UInt160 account, ECPoint? voteTo) =>
        engine.CheckWitnessInternal(account) ? VoteInternal(engine, account, voteTo) : false;

    /// <summary>
    /// Moves the account's whole balance to <paramref name="voteTo"/> (or withdraws it for null), settling its GAS first;
    /// false for an account without NEO or an unregistered candidate. Notifies Vote, then mints the settled GAS.
    /// <paramref name="then"/> (default: the outcome itself) gets the outcome once the GAS is minted and makes the native
    /// method's result (Policy.blockAccount continues with it); null is returned when the GAS payment deferred it.
    /// </summary>
    internal StackItem? VoteInternal(ApplicationEngine engine, UInt160 account, ECPoint? voteTo, Func<bool, StackItem?>? then = null)
    {
        then ??= voted => voted;
        var snapshot = engine.Snapshot;
        var state = GetAccountState(snapshot, account);
        if (state is null || state.Balance.IsZero) return then(false);
        CandidateState? validatorNew = null;
        if (voteTo is not null)
        {
            validatorNew = GetCandidate(snapshot, voteTo);
            if (validatorNew is null || !validatorNew.Registered) return then(false);
        }
        if (state.VoteTo is null ^ voteTo is null) AddVotersCount(snapshot, state.VoteTo is null ? state.Balance : -state.Balance);
        var distribution = DistributeGas(engine, account, state);
        if (state.VoteTo is not null)
        {
            // Re-voting the same candidate works on the same record (neo's cached storage item).
            bool same = voteTo is not null && state.VoteTo == voteTo;
            var validatorOld = same ? validatorNew! : GetCandidate(snapshot, state.VoteTo) ?? throw new NullReferenceException();
            validatorOld.Votes -= state.Balance;
            if (!same) snapshot.Put(Key(PrefixCandidate, state.VoteTo), validatorOld.ToBytes());
            CheckCandidate(snapshot, state.VoteTo, validatorOld);
        }
        if (voteTo is not null && voteTo != state.VoteTo)
            state.LastGasPerVote = ReadInteger(snapshot, Key(PrefixVoterRewardPerCommittee, voteTo));
        var from = state.VoteTo;
        state.VoteTo = voteTo;
        if (validatorNew is not null)
        {
            validatorNew.Votes += state.Balance;
            snapshot.Put(Key(PrefixCandidate, voteTo!), validatorNew.ToBytes());
        }
        else
        {
            state.LastGasPerVote = 0;
        }
        PutState(snapshot, account, state);
        engine.SendNotification(Hash, "Vote", new Vm.Types.Array([account.ToArray(),
            from is null ? StackItem.Null : from.ToArray(), voteTo is null ? StackItem.Null : voteTo.ToArray(), new Integer(state.Balance)]));
        if (distribution is { } d) return NativeContracts.Gas.Mint(engine, d.Account, d.Amount, true, () => then(true));
        return then(true);
    }

    /// <summary>Registered candidates whose account is not blocked, in key order, with their raw entries.</summary>
    internal IEnumerable<(byte[] Key, byte[] Value, ECPoint PublicKey, CandidateState State)> GetCandidatesInternal(IStoreView snapshot) =>
        snapshot.Seek(Key(PrefixCandidate), backward: false)
            .Select(e => (e.Key, e.Value, PublicKey: ECPoint.Decode(e.Key.AsSpan(5), ECCurve.Secp256r1), State: CandidateState.Parse(e.Value)))
            .Where(c => c.State.Registered)
            .Where(c => !PolicyContract.IsBlocked(snapshot, SignatureAccount(c.PublicKey)));

    /// <summary>The first 256 registered candidates with their votes.</summary>
    public (ECPoint PublicKey, BigInteger Votes)[] GetCandidates(IStoreView snapshot) =>
        GetCandidatesInternal(snapshot).Select(c => (c.PublicKey, c.State.Votes)).Take(256).ToArray();

    /// <summary>All registered candidates as an iterator of Struct[pubkey, votes] (RemovePrefix | DeserializeValues | PickField1).</summary>
    private StorageIterator GetAllCandidates(IStoreView snapshot) =>
        new(() => GetCandidatesInternal(snapshot).Select(c => (c.Key, c.Value)), 1,
            FindOptions.RemovePrefix | FindOptions.DeserializeValues | FindOptions.PickField1);

    /// <summary>The votes of a registered candidate, -1 otherwise.</summary>
    public BigInteger GetCandidateVote(IStoreView snapshot, ECPoint pubKey) =>
        GetCandidate(snapshot, pubKey) is { Registered: true } state ? state.Votes : BigInteger.MinusOne;
}
