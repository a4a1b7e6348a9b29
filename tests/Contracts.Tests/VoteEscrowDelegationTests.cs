using System.Numerics;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Testing;
using static Protocol.Contracts.Tests.ProtocolChain;
using static Protocol.Contracts.Tests.VoteEscrowChain;

namespace Protocol.Contracts.Tests;

/// <summary>
/// An independent account of who is delegated where with which lockup from which epoch: each change at epoch c sets a
/// position's state from c+1. A subDAO's total at epoch E is Σ VP(position at E) over the positions delegated to it then.
/// </summary>
public sealed class DelegationModel(long epochLength)
{
    private readonly Dictionary<string, List<(BigInteger From, int SubDao, int Kind, BigInteger Lockup, BigInteger Slope)>> _positions = new();

    public void Set(byte[] id, BigInteger from, int subDao, int kind, BigInteger lockup, BigInteger slope)
    {
        var key = Convert.ToHexString(id);
        if (!_positions.TryGetValue(key, out var segments)) _positions[key] = segments = [];
        segments.RemoveAll(s => s.From >= from);
        segments.Add((from, subDao, kind, lockup, slope));
    }

    /// <summary>Records the position's current state in the chain (after a change in the current epoch) as of the next epoch.</summary>
    public void Observe(VoteEscrowChain chain, byte[] id)
    {
        var p = VoteEscrowTests.Position(chain.Ve, id);
        Set(id, chain.CurrentEpoch + 1, (int)p.SubDaoId, (int)p.Kind, p.Lockup, p.Slope);
    }

    /// <summary>The position was burned (withdrawn) in the current epoch.</summary>
    public void Gone(VoteEscrowChain chain, byte[] id) => Set(id, chain.CurrentEpoch + 1, 0, 0, 0, 0);

    public BigInteger Total(int subDao, BigInteger epoch)
    {
        BigInteger total = 0;
        foreach (var segments in _positions.Values)
        {
            var at = segments.LastOrDefault(s => s.From <= epoch);
            if (at.SubDao == subDao && at.Slope > 0) total += VeModel.Power(at.Kind, at.Lockup, at.Slope, epoch * epochLength * 1000);
        }
        return total;
    }
}

/// <summary>Delegation: custody, subDAO totals at every epoch boundary against the model, history, projections, rewards claimed once.</summary>
public class VoteEscrowDelegationTests
{
    private readonly VoteEscrowChain _chain = VoteEscrowChain.Create();

    private Proxies.VoteEscrow Ve => _chain.Ve;

    [Fact]
    public void Delegation_is_refused_by_name_when_it_cannot_happen()
    {
        var id = _chain.Lock(Alice, 10 * OneHnt, Cliff, 30);
        TestEngine.AssertFault(() => _chain.As(Alice, () => Ve.Delegate(id, 0)), "The subDAO id must be between 1 and 65535.");
        TestEngine.AssertFault(() => _chain.As(Alice, () => Ve.Delegate(id, 3)), "The subDAO is not registered with the Dao.");
        TestEngine.AssertFault(() => _chain.As(Bob, () => Ve.Delegate(id, Iot)), "Only the position's owner may do this.");
        TestEngine.AssertFault(() => _chain.As(Alice, () => Ve.Undelegate(id)), "The position is not delegated.");
        _chain.As(Alice, () => Ve.Delegate(id, Iot));
        Assert.Equal(new Proxies.VoteEscrow.DelegatedEvent(id, Iot, _chain.CurrentEpoch + 1), Ve.LastDelegatedEvents.Single());
        TestEngine.AssertFault(() => _chain.As(Alice, () => Ve.Delegate(id, Mobile)), "The position is delegated; undelegate it first.");
        _chain.As(Alice, () => Ve.Undelegate(id));
        Assert.Equal(new Proxies.VoteEscrow.UndelegatedEvent(id, Iot, _chain.CurrentEpoch + 1), Ve.LastUndelegatedEvents.Single());
        TestEngine.AssertFault(() => _ = Ve.DelegatedVotingPower(Iot, -1), "The epoch must not be negative.");
        TestEngine.AssertFault(() => _ = Ve.DelegatedVotingPower(70_000, 1), "The subDAO id must be between 1 and 65535.");
    }

    [Fact]
    public void Subdao_totals_equal_the_sum_of_delegated_voting_power_at_every_epoch_boundary()
    {
        var model = new DelegationModel(3600);
        var e0 = _chain.CurrentEpoch;
        var ids = new Dictionary<string, byte[]>();
        byte[] Lock(string name, UInt160 owner, BigInteger amount, int kind, int days)
        {
            var id = _chain.Lock(owner, amount, kind, days);
            model.Observe(_chain, id);
            return ids[name] = id;
        }
        void Do(string name, UInt160 owner, Action<byte[]> action)
        {
            _chain.As(owner, () => action(ids[name]));
            model.Observe(_chain, ids[name]);
        }
        void Check(BigInteger epoch)
        {
            foreach (var sub in new[] { Iot, Mobile })
                Assert.True(model.Total(sub, epoch) == Ve.DelegatedVotingPower(sub, epoch),
                    $"subDAO {sub} epoch {epoch - e0}: model {model.Total(sub, epoch)}, chain {Ve.DelegatedVotingPower(sub, epoch)}");
        }

        Lock("a1", Alice, 10 * OneHnt, Cliff, 2);
        Lock("a2", Alice, 25 * OneHnt + 7, Constant, 3);
        Lock("b1", Bob, 3 * OneHnt, Cliff, 1);
        Lock("b2", Bob, 40 * OneHnt, Cliff, 10);
        Lock("c1", Carol, 5 * OneHnt, Constant, 1);
        foreach (var (name, owner, sub) in new[] { ("a1", Alice, Iot), ("a2", Alice, Iot), ("b1", Bob, Iot), ("b2", Bob, Mobile), ("c1", Carol, Iot) })
            Do(name, owner, id => Ve.Delegate(id, sub));
        Check(e0);
        Check(e0 + 1);

        for (var e = e0 + 1; e <= e0 + 80; e++)
        {
            _chain.AdvanceToEpoch(e, 1_000 + (long)(e % 7) * 400_000);
            Check(e);
            Check(e + 1);
            switch ((int)(e - e0))
            {
                case 2: Do("a2", Alice, id => Ve.Undelegate(id)); break;
                case 3: Do("b1", Bob, id => Ve.Extend(id, 3)); break;              // a delegated cliff gets longer
                case 5: Do("c1", Carol, id => Ve.ConvertToCliff(id)); break;       // a delegated constant starts to decay
                case 6:
                    Do("a2", Alice, id => Ve.Delegate(id, Mobile));
                    Lock("d1", Carol, 7 * OneHnt, Cliff, 5);
                    Do("d1", Carol, id => Ve.Delegate(id, Iot));                  // delegated and undelegated in the same epoch
                    Do("d1", Carol, id => Ve.Undelegate(id));
                    break;
                case 9: Do("a2", Alice, id => Ve.Extend(id, 4)); break;            // a delegated constant gets longer
                case 12:
                    Do("d1", Carol, id => Ve.Delegate(id, Mobile));
                    Do("b2", Bob, id => Ve.Undelegate(id));
                    Do("b2", Bob, id => Ve.Delegate(id, Iot));                     // moved between subDAOs in one epoch
                    break;
                case 30: Do("c1", Carol, id => Ve.Extend(id, 2)); break;
                case 50:
                    Do("a1", Alice, id => Ve.Undelegate(id));                      // expired: nothing left to remove
                    Do("a2", Alice, id => Ve.ConvertToCliff(id));
                    break;
                case 51:
                    _chain.As(Alice, () => Ve.Withdraw(ids["a1"]));
                    model.Gone(_chain, ids["a1"]);
                    break;
            }
            Check(e + 1);
        }
        // History never changes, and far projections keep only what does not decay.
        for (var e = e0; e <= e0 + 81; e++) Check(e);
        foreach (var far in new[] { 200, 500, 2_000, 40_000 }) Check(e0 + far);
        Assert.True(Ve.DelegatedVotingPower(Iot, e0 + 20) > 0 && Ve.DelegatedVotingPower(Mobile, e0 + 20) > 0);
    }

    [Fact]
    public void Delegation_rewards_are_paid_once_per_closed_epoch_in_proportion_to_voting_power()
    {
        var p1 = _chain.Lock(Alice, 10 * OneHnt, Cliff, 30);
        var p2 = _chain.Lock(Bob, 30 * OneHnt + 3, Constant, 10);
        var p3 = _chain.Lock(Carol, OneHnt, Cliff, 30);
        var never = _chain.Lock(Carol, OneHnt, Cliff, 30);
        var c = _chain.CurrentEpoch;
        _chain.As(Alice, () => Ve.Delegate(p1, Iot));
        _chain.As(Bob, () => Ve.Delegate(p2, Iot));
        _chain.As(Carol, () => Ve.Delegate(p3, Mobile));
        var e = c + 1;
        _chain.AdvanceToEpoch(c + 2, 10_000);
        const long pool = 1_000_001;
        _chain.Close(Iot, e, pool);
        Assert.Equal(pool, _chain.IotToken.BalanceOf(Ve.Hash));

        var start = _chain.EpochStart(e);
        BigInteger vp1 = Ve.VotingPower(p1, start), vp2 = Ve.VotingPower(p2, start);
        var total = Ve.DelegatedVotingPower(Iot, e);
        Assert.Equal(vp1 + vp2, total);
        Assert.Equal(VeModel.Slope(30 * OneHnt + 3, 1) * 10 * 86_400, vp2);

        TestEngine.AssertFault(() => _chain.As(Bob, () => Ve.ClaimDelegationRewards(p1, e)), "Only the position's owner may do this.");
        TestEngine.AssertFault(() => _chain.As(Alice, () => Ve.ClaimDelegationRewards(p1, c)), "The position was not delegated to that subDAO at the start of that epoch.");
        TestEngine.AssertFault(() => _chain.As(Carol, () => Ve.ClaimDelegationRewards(never, e)), "The position was not delegated to that subDAO at the start of that epoch.");
        TestEngine.AssertFault(() => _chain.As(Alice, () => Ve.ClaimDelegationRewards(p1, e + 1)), $"The epoch is not closed yet: {e + 1}.");
        TestEngine.AssertFault(() => _chain.As(Alice, () => Ve.ClaimDelegationRewards(p1, -1)), "The epoch must not be negative.");

        _chain.As(Alice, () => Ve.ClaimDelegationRewards(p1, e));
        var r1 = vp1 * pool / total;
        Assert.Equal(new Proxies.VoteEscrow.RewardsClaimedEvent(p1, Iot, e, Alice, _chain.IotToken.Hash, r1), Ve.LastRewardsClaimedEvents.Single());
        Assert.Equal(r1, _chain.IotToken.BalanceOf(Alice));
        Assert.True(Ve.RewardsClaimed(p1, e));
        TestEngine.AssertFault(() => _chain.As(Alice, () => Ve.ClaimDelegationRewards(p1, e)), "The delegation rewards of this position for that epoch were already claimed.");
        _chain.As(Bob, () => Ve.ClaimDelegationRewards(p2, e));
        var r2 = vp2 * pool / total;
        Assert.Equal(r2, _chain.IotToken.BalanceOf(Bob));
        var dust = pool - (r1 + r2);
        Assert.True(dust >= 0 && dust < 2, "only the floors' dust stays in the pool");

        // MOBILE has no result for the epoch until its close; a pool of zero pays nothing but still counts as claimed.
        TestEngine.AssertFault(() => _chain.As(Carol, () => Ve.ClaimDelegationRewards(p3, e)), "The epoch is not closed yet:");
        _chain.Close(Mobile, e, 0);
        _chain.As(Carol, () => Ve.ClaimDelegationRewards(p3, e));
        Assert.Equal(0, Ve.LastRewardsClaimedEvents.Single().Amount);

        // In epoch c+2: Alice undelegates and Bob extends; both were delegated at its start with their old lockups.
        var e2 = c + 2;
        _chain.As(Alice, () => Ve.Undelegate(p1));
        _chain.As(Bob, () => Ve.Extend(p2, 20));
        _chain.AdvanceToEpoch(c + 3, 5);
        _chain.Close(Iot, e2, 500_000);
        var total2 = Ve.DelegatedVotingPower(Iot, e2);
        var vp2Then = VeModel.Slope(30 * OneHnt + 3, 1) * 10 * 86_400;
        Assert.Equal(Ve.VotingPower(p1, _chain.EpochStart(e2)) + vp2Then, total2);
        _chain.As(Alice, () => Ve.ClaimDelegationRewards(p1, e2));
        _chain.As(Bob, () => Ve.ClaimDelegationRewards(p2, e2));
        Assert.Equal(vp2Then * 500_000 / total2, Ve.LastRewardsClaimedEvents.Single().Amount);
        Assert.True(_chain.IotToken.BalanceOf(Ve.Hash) >= 0);
        _chain.Close(Iot, c + 3, 500_000);
        TestEngine.AssertFault(() => _chain.As(Alice, () => Ve.ClaimDelegationRewards(p1, c + 3)), "The position was not delegated to that subDAO at the start of that epoch.");
        // The Dao's figure must cover the position, or nothing is paid.
        _chain.Engine.Invoke(_chain.Dao, "setEpochResult", Iot, c + 3, 100, 1);
        TestEngine.AssertFault(() => _chain.As(Bob, () => Ve.ClaimDelegationRewards(p2, c + 3)), "The Dao's delegated total is below this position's voting power.");
    }
}
