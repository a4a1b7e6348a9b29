using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Serialization;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Vm;
using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Runtime.Native;

/// <summary>
/// NEO's GAS distribution (neo NeoToken: OnBalanceChanging, DistributeGas, CalculateBonus, CalculateReward) and the
/// GasPerBlock records. Unclaimed GAS from balanceHeight to end = balance × Σ(gasPerBlock × blocks) × 10% / total NEO,
/// plus balance × (voted candidate's reward per vote now − lastGasPerVote) / VoteFactor.
/// </summary>
public sealed partial class NeoToken
{
    // GAS owed by the balance changes of one native call, minted after its Transfer (neo: a per-context list).
    private static readonly ConditionalWeakTable<ExecutionContext, List<(UInt160 Account, BigInteger Amount)>> Distributions = new();

    private static List<(UInt160 Account, BigInteger Amount)> DistributionsOf(ApplicationEngine engine) =>
        Distributions.GetValue(engine.CurrentContext!, _ => []);

    internal override void OnBalanceChanging(ApplicationEngine engine, UInt160 account, AccountState accountState, BigInteger amount)
    {
        var state = (NeoAccountState)accountState;
        if (DistributeGas(engine, account, state) is { } distribution) DistributionsOf(engine).Add(distribution);
        if (amount.IsZero || state.VoteTo is null) return;
        AddVotersCount(engine.Snapshot, amount);
        var key = Key(PrefixCandidate, state.VoteTo);
        var candidate = CandidateState.Parse(engine.Snapshot.TryGet(key) ?? throw new NullReferenceException());
        candidate.Votes += amount;
        engine.Snapshot.Put(key, candidate.ToBytes());
        CheckCandidate(engine.Snapshot, state.VoteTo, candidate);
    }

    /// <summary>After the NEO Transfer (and the receiver's onNEP17Payment), mints the GAS the balance changes earned.</summary>
    protected override StackItem? PostTransfer(ApplicationEngine engine, UInt160? from, UInt160? to, BigInteger amount, StackItem data,
        bool callOnPayment, Func<StackItem?> then)
    {
        var list = DistributionsOf(engine);
        return base.PostTransfer(engine, from, to, amount, data, callOnPayment, () => MintRewards(engine, list, 0, callOnPayment, then));
    }

    private static StackItem? MintRewards(ApplicationEngine engine, List<(UInt160 Account, BigInteger Amount)> list, int index,
        bool callOnPayment, Func<StackItem?> then) =>
        index >= list.Count
            ? then()
            : NativeContracts.Gas.Mint(engine, list[index].Account, list[index].Amount, callOnPayment,
                () => MintRewards(engine, list, index + 1, callOnPayment, then));

    /// <summary>Settles the account at the persisting block: the GAS it earned (null if none or no block is persisting).</summary>
    private (UInt160 Account, BigInteger Amount)? DistributeGas(ApplicationEngine engine, UInt160 account, NeoAccountState state)
    {
        if (engine.PersistingBlock is null) return null;
        var datoshi = CalculateBonus(engine.Snapshot, state, engine.PersistingBlock.Index);
        state.BalanceHeight = engine.PersistingBlock.Index;
        if (state.VoteTo is not null) state.LastGasPerVote = ReadInteger(engine.Snapshot, Key(PrefixVoterRewardPerCommittee, state.VoteTo));
        return datoshi.IsZero ? null : (account, datoshi);
    }

    private BigInteger CalculateBonus(IStoreView snapshot, NeoAccountState state, uint end)
    {
        if (state.Balance.IsZero) return BigInteger.Zero;
        if (state.Balance.Sign < 0) throw new ArgumentOutOfRangeException(nameof(state.Balance), "cannot be negative");
        if (state.BalanceHeight >= end) return BigInteger.Zero;
        var start = state.BalanceHeight;
        BigInteger sumGasPerBlock = 0;
        foreach (var (index, gasPerBlock) in GasRecords(snapshot, end - 1))
        {
            if (index > start)
            {
                sumGasPerBlock += gasPerBlock * (end - index);
                end = index;
            }
            else
            {
                sumGasPerBlock += gasPerBlock * (end - start);
                break;
            }
        }
        var voteReward = BigInteger.Zero;
        if (state.VoteTo is not null)
        {
            var latestGasPerVote = ReadInteger(snapshot, Key(PrefixVoterRewardPerCommittee, state.VoteTo));
            voteReward = state.Balance * (latestGasPerVote - state.LastGasPerVote) / VoteFactor;
        }
        return state.Balance * sumGasPerBlock * NeoHolderRewardRatio / 100 / TotalAmount + voteReward;
    }

    /// <summary>GasPerBlock records at or below <paramref name="end"/>, latest first.</summary>
    private IEnumerable<(uint Index, BigInteger GasPerBlock)> GasRecords(IStoreView snapshot, uint end) =>
        snapshot.Seek(Key(PrefixGasPerBlock), backward: true)
            .Select(e => (Index: BinaryPrimitives.ReadUInt32BigEndian(e.Key.AsSpan(e.Key.Length - 4)), Value: new BigInteger(e.Value)))
            .Where(r => r.Index <= end);

    /// <summary>
    /// Ledger's current index + 1: read from LedgerContract's storage (id -4, Prefix_CurrentBlock 12 → Struct[hash,
    /// index]); while no block is stored there, the persisting block's index (the block a test invocation runs in).
    /// </summary>
    internal static uint NextBlockIndex(IStoreView snapshot, BlockInfo? persisting)
    {
        if (snapshot.TryGet(StorageKeys.Create(-4, 12, [])) is { } value)
            return (uint)((Struct)BinarySerializer.Deserialize(value, ExecutionEngineLimits.Default))[1].GetInteger() + 1;
        return persisting?.Index ?? 0;
    }

    public BigInteger GetGasPerBlock(IStoreView snapshot, BlockInfo? persisting = null) =>
        GasRecords(snapshot, NextBlockIndex(snapshot, persisting)).First().GasPerBlock;

    private BigInteger GetGasPerBlock(ApplicationEngine engine) => GetGasPerBlock(engine.Snapshot, engine.PersistingBlock);

    /// <summary>Committee only: GAS per block (0…10 GAS) from the block after the persisting one.</summary>
    private void SetGasPerBlock(ApplicationEngine engine, BigInteger gasPerBlock)
    {
        if (gasPerBlock < 0 || gasPerBlock > 10 * NativeContracts.Gas.Factor)
            throw new ArgumentOutOfRangeException(nameof(gasPerBlock), $"GasPerBlock must be between [0, {10 * NativeContracts.Gas.Factor}]");
        AssertCommittee(engine);
        var index = engine.PersistingBlock!.Index + 1;
        engine.Snapshot.Put(Key(PrefixGasPerBlock, index), IntegerBytes(gasPerBlock));
    }

    public long GetRegisterPrice(IStoreView snapshot) => (long)new BigInteger(snapshot.TryGet(Key(PrefixRegisterPrice)) ?? throw new NullReferenceException());

    /// <summary>Committee only: the GAS a candidate pays to register (positive).</summary>
    private void SetRegisterPrice(ApplicationEngine engine, long registerPrice)
    {
        if (registerPrice <= 0) throw new ArgumentOutOfRangeException(nameof(registerPrice), "RegisterPrice must be positive");
        AssertCommittee(engine);
        engine.Snapshot.Put(Key(PrefixRegisterPrice), IntegerBytes(registerPrice));
    }

    /// <summary>The GAS <paramref name="account"/> would receive at block <paramref name="end"/>, which must be the persisting block.</summary>
    public BigInteger UnclaimedGas(ApplicationEngine engine, UInt160 account, uint end)
    {
        var expectEnd = engine.PersistingBlock?.Index ?? NextBlockIndex(engine.Snapshot, null);
        ArgumentOutOfRangeException.ThrowIfNotEqual(end, expectEnd);
        return GetAccountState(engine.Snapshot, account) is { } state ? CalculateBonus(engine.Snapshot, state, end) : BigInteger.Zero;
    }

    private void AddVotersCount(DataCache snapshot, BigInteger delta)
    {
        var key = Key(PrefixVotersCount);
        snapshot.Put(key, IntegerBytes(new BigInteger(snapshot.TryGet(key) ?? throw new NullReferenceException()) + delta));
    }
}
