using System.Numerics;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Testing;
using static Protocol.Contracts.Tests.ProtocolChain;
using static Protocol.Contracts.Tests.DaoChain;

namespace Protocol.Contracts.Tests;

/// <summary>veHNT with the real Dao: delegated VP becomes the V of the utility score, and delegators claim their DNT share once.</summary>
public class DelegationRewardsTests
{
    private const long OneHnt = 100_000_000;
    private readonly ProtocolChain _chain = DaoChain.Create();
    private readonly BigInteger _genesis;

    public DelegationRewardsTests() => _genesis = _chain.Dao.FirstEpoch;

    private byte[] Lock(UInt160 owner, long hnt, int kind, int days)
    {
        _chain.Fund(owner, hnt * OneHnt);
        Assert.True(_chain.As(owner, () => _chain.Hnt.Transfer(owner, _chain.VoteEscrow.Hash, hnt * OneHnt, new object[] { kind, days })));
        return _chain.VoteEscrow.LastPositionCreatedEvents.Single().PositionId!;
    }

    [Fact]
    public void Delegated_vp_weights_the_split_and_delegators_share_the_pool_once()
    {
        var alice = Lock(Alice, 1_000, 0, 1460);
        var bob = Lock(Bob, 3_000, 1, 365);
        _chain.As(Alice, () => _chain.VoteEscrow.Delegate(alice, Iot));
        _chain.As(Bob, () => _chain.VoteEscrow.Delegate(bob, Iot));

        // Delegations count from the next epoch's start: epoch g closes with V = 1, epoch g + 1 with their VP.
        _chain.AdvanceToEpoch(_genesis + 2);
        _chain.Dao.CloseEpoch(_genesis);
        _chain.Dao.CloseEpoch(_genesis + 1);
        Assert.Equal(0, _chain.Result(Iot, _genesis)[4]);
        BigInteger start = (_genesis + 1) * EpochMs;
        BigInteger aliceVp = _chain.VoteEscrow.VotingPower(alice, start), bobVp = _chain.VoteEscrow.VotingPower(bob, start);
        var result = _chain.Result(Iot, _genesis + 1);
        Assert.Equal(aliceVp + bobVp, result[4]);
        Assert.Equal(aliceVp + bobVp, _chain.VoteEscrow.DelegatedVotingPower(Iot, _genesis + 1));
        Assert.Equal(UtilityMath.Score(aliceVp + bobVp, 0, 0), result[0]);
        Assert.True(result[1] > _chain.Result(Mobile, _genesis + 1)[1], "IOT's delegated veHNT should win it the larger HNT share");

        // 6% of IOT's epoch emission went to VoteEscrow, the rest to the rewards escrow.
        BigInteger pool = IotPerEpoch * 600 / 10_000;
        Assert.Equal([IotPerEpoch - pool, pool], result[2..4]);
        var iot = _chain.Token("IOT");
        Assert.Equal(pool, iot.BalanceOf(_chain.VoteEscrow.Hash)); // epoch g had no delegated veHNT, so no pool
        Assert.Equal([IotPerEpoch, 0], _chain.Result(Iot, _genesis)[2..4]);

        _chain.As(Alice, () => _chain.VoteEscrow.ClaimDelegationRewards(alice, _genesis + 1));
        Assert.Equal(aliceVp * pool / (aliceVp + bobVp), iot.BalanceOf(Alice));
        TestEngine.AssertFault(() => _chain.As(Alice, () => _chain.VoteEscrow.ClaimDelegationRewards(alice, _genesis + 1)),
            "The delegation rewards of this position for that epoch were already claimed.");
        TestEngine.AssertFault(() => _chain.As(Alice, () => _chain.VoteEscrow.ClaimDelegationRewards(alice, _genesis)),
            "The position was not delegated to that subDAO at the start of that epoch.");
        TestEngine.AssertFault(() => _chain.As(Alice, () => _chain.VoteEscrow.ClaimDelegationRewards(alice, _genesis + 2)), "The epoch is not closed yet");
        _chain.As(Bob, () => _chain.VoteEscrow.ClaimDelegationRewards(bob, _genesis + 1));
        Assert.Equal(bobVp * pool / (aliceVp + bobVp), iot.BalanceOf(Bob));
        Assert.True(iot.BalanceOf(Alice) + iot.BalanceOf(Bob) <= pool, "claims never pay out more than the pool");
    }

    [Fact]
    public void A_veHNT_call_in_a_new_epoch_closes_the_previous_one()
    {
        var alice = Lock(Alice, 1_000, 0, 365);
        _chain.AdvanceToEpoch(_genesis + 1);
        _chain.As(Alice, () => _chain.VoteEscrow.Delegate(alice, Mobile));
        Assert.True(_chain.Dao.IsEpochClosed(_genesis));
    }
}
