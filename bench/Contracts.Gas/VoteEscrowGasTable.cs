using System.Numerics;
using Protocol.Contracts.Tests;
using static Protocol.Contracts.Tests.ProtocolChain;
using static Protocol.Contracts.Tests.VoteEscrowChain;

namespace Protocol.Bench.Contracts;

/// <summary>
/// veHNT's calls on the VoteEscrow test chain (hourly epochs, a stub Dao whose crank is a counter): the system fee of
/// each invocation. The last rows repeat a delegation and a total read with 10 and with 1,000 positions already
/// delegated to the subDAO, each ending at a different epoch: no operation loops over positions.
/// </summary>
public sealed class VoteEscrowGasTable : IGasTable
{
    public string Name => "vote-escrow";

    public IReadOnlyList<GasRow> Measure()
    {
        var chain = VoteEscrowChain.Create();
        var ve = chain.Ve;
        var rows = new List<GasRow>();
        long Fee() => chain.Engine.LastFeeConsumed;

        chain.Protocol.MintHnt(Alice, 1_000 * OneHnt);
        var cliff = chain.LockOwned(Alice, 100 * OneHnt, Cliff, 365);
        rows.Add(new("lock (Hnt.transfer to VoteEscrow)", Fee(), "cliff, 365 days: mints the position"));
        var constant = chain.LockOwned(Alice, 100 * OneHnt, Constant, 365);
        rows.Add(new("lock (Hnt.transfer to VoteEscrow)", Fee(), "constant, 365 days"));
        chain.As(Alice, () => ve.Extend(cliff, 730));
        rows.Add(new("VoteEscrow.extend", Fee(), "undelegated cliff"));
        chain.As(Alice, () => ve.Delegate(cliff, Iot));
        rows.Add(new("VoteEscrow.delegate", Fee(), "first delegation to the subDAO: custody, totals, slope change"));
        chain.As(Alice, () => ve.Delegate(constant, Iot));
        rows.Add(new("VoteEscrow.delegate", Fee(), "same subDAO, same epoch"));
        chain.As(Alice, () => ve.Extend(cliff, 1_000));
        rows.Add(new("VoteEscrow.extend", Fee(), "delegated cliff: totals and delegation record move"));
        var e = chain.CurrentEpoch + 1;
        chain.AdvanceToEpoch(e + 1, 60_000);
        _ = ve.VotingPower(cliff, chain.Now);
        rows.Add(new("VoteEscrow.votingPower", Fee(), "read-only"));
        _ = ve.DelegatedVotingPower(Iot, e);
        rows.Add(new("VoteEscrow.delegatedVotingPower", Fee(), "read-only, the last closed epoch"));
        chain.Close(Iot, e, 1_000_000);
        chain.As(Alice, () => ve.ClaimDelegationRewards(cliff, e));
        rows.Add(new("VoteEscrow.claimDelegationRewards", Fee(), "pays the subDAO token from the delegator pool"));
        chain.As(Alice, () => ve.Undelegate(constant));
        rows.Add(new("VoteEscrow.undelegate", Fee(), "constant lockup: custody returned"));
        chain.As(Alice, () => ve.ConvertToCliff(constant));
        rows.Add(new("VoteEscrow.convertToCliff", Fee(), "undelegated"));
        var shortCliff = chain.LockOwned(Alice, OneHnt, Cliff, 1);
        chain.AdvanceTo(chain.Now + 2 * 86_400_000L);
        chain.As(Alice, () => ve.Withdraw(shortCliff));
        rows.Add(new("VoteEscrow.withdraw", Fee(), "returns the HNT, burns the position"));
        chain.AdvanceTo(chain.Now + 365 * 86_400_000L);
        _ = ve.DelegatedVotingPower(Iot, chain.CurrentEpoch);
        rows.Add(new("VoteEscrow.delegatedVotingPower", Fee(), "a year (8,760 epochs) after the last change: projected through 37 mask buckets"));

        foreach (var n in new[] { 10, 1_000 })
        {
            var (delegateFee, readFee) = WithDelegated(n);
            rows.Add(new("VoteEscrow.delegate", delegateFee, $"{n:N0} positions already delegated to the subDAO"));
            rows.Add(new("VoteEscrow.delegatedVotingPower", readFee, $"{n:N0} positions delegated, the current epoch"));
        }
        return rows;
    }

    /// <summary>Delegates <paramref name="count"/> positions (ends spread over as many epochs) to IOT, then measures one more delegation and a read in the next epoch.</summary>
    private static (long Delegate, long Read) WithDelegated(int count)
    {
        var chain = VoteEscrowChain.Create();
        chain.Protocol.MintHnt(Bob, (count + 1) * OneHnt);
        for (int i = 0; i < count; i++)
        {
            var id = chain.LockOwned(Bob, OneHnt, i % 5 == 0 ? Constant : Cliff, 1 + i % 1_000);
            chain.As(Bob, () => chain.Ve.Delegate(id, Iot));
        }
        var extra = chain.LockOwned(Bob, OneHnt, Cliff, 500);
        chain.AdvanceToEpoch(chain.CurrentEpoch + 1, 60_000);
        chain.As(Bob, () => chain.Ve.Delegate(extra, Iot));
        long delegateFee = chain.Engine.LastFeeConsumed;
        BigInteger _ = chain.Ve.DelegatedVotingPower(Iot, chain.CurrentEpoch);
        return (delegateFee, chain.Engine.LastFeeConsumed);
    }
}
