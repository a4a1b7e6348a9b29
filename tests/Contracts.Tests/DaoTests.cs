using System.Numerics;
using Protocol.Toolchain.Testing;
using static Protocol.Contracts.Tests.ProtocolChain;
using static Protocol.Contracts.Tests.DaoChain;

namespace Protocol.Contracts.Tests;

/// <summary>The Dao: bootstrap, the epoch close (split by utility, DNT, remainders), idempotence, order, self-cranking, the registry.</summary>
public class DaoTests
{
    private readonly ProtocolChain _chain = DaoChain.Create();
    private readonly BigInteger _genesis;

    public DaoTests() => _genesis = _chain.Dao.FirstEpoch;

    [Fact]
    public void Bootstrap_hands_the_roles_to_the_dao_and_registers_both_subdaos()
    {
        Assert.Equal(_chain.Dao.Hash, _chain.Hnt.Minter);
        Assert.Equal(_chain.Dao.Hash, _chain.DataCredits.Registrar);
        Assert.Equal([1, 2], _chain.Dao.SubDaoIds!.Select(v => (int)(BigInteger)v!));
        Assert.Equal(_chain.Token("IOT").Hash, _chain.Dao.SubDaoToken(Iot));
        Assert.Null(_chain.Dao.SubDaoToken(3));
        Assert.Equal(IotBurnAuthority, _chain.DataCredits.BurnAuthorityOf(Iot));
        Assert.Equal(Authority, _chain.DataCredits.BurnAuthorityOf(Mobile));
        Assert.Equal(_chain.Epoch(), _genesis);
        Assert.Equal("IOT", _chain.Token("IOT").Symbol);
        Assert.Equal(6, _chain.Token("MOBILE").Decimals);
    }

    [Fact]
    public void A_close_splits_the_epoch_by_utility_and_mints_each_subdao_its_dnt()
    {
        _chain.AdvanceToEpoch(_genesis + 1);
        _chain.Dao.CloseEpoch(_genesis);

        // No delegations, burns or active devices: every factor is floored at 1, so the two subDAOs share equally.
        var half = HntPerEpoch / 2;
        Assert.Equal(half, _chain.Hnt.BalanceOf(_chain.Treasury("IOT").Hash));
        Assert.Equal(half, _chain.Hnt.BalanceOf(_chain.Treasury("MOBILE").Hash));
        Assert.Equal((HntPerEpoch, 0, 0, 2 * half, HntPerEpoch - 2 * half, false), _chain.Summary(_genesis));
        Assert.Equal(2 * half, _chain.Hnt.TotalSupply);
        Assert.Equal(BigInteger.Pow(UtilityMath.One, 3), _chain.Result(Iot, _genesis)[0]);
        // No veHNT was delegated at the epoch's start: the delegators' 6% would be unclaimable, so the rewards escrow (the
        // authority by default) gets the whole DNT emission.
        Assert.Equal(IotPerEpoch, _chain.Token("IOT").BalanceOf(Authority));
        Assert.Equal(0, _chain.Token("IOT").BalanceOf(_chain.VoteEscrow.Hash));
        Assert.Equal([IotPerEpoch, 0], _chain.Result(Iot, _genesis)[2..4]);
        Assert.True(_chain.Dao.IsEpochClosed(_genesis));
    }

    [Fact]
    public void Burns_and_active_devices_move_the_split_and_the_remainder_is_carried()
    {
        _chain.PostPrice(500_000_000, 0);
        _chain.Fund(Alice, 10 * 100_000_000);
        Assert.True(_chain.BuyDc(Alice, 2 * 100_000_000));                               // 1,000,000 DC
        _chain.As(Alice, () => _chain.DataCredits.Delegate(Alice, Iot, "router"u8.ToArray(), 1_000_000));
        _chain.As(IotBurnAuthority, () => _chain.DataCredits.BurnDelegated(Iot, "router"u8.ToArray(), 1_000_000));
        _chain.As(Authority, () => _chain.Dao.AdjustActiveDeviceFees(Mobile, 4_000_000)); // $40 of onboarding fees
        _chain.AdvanceToEpoch(_genesis + 1);
        _chain.Dao.CloseEpoch(_genesis);

        BigInteger iot = UtilityMath.Score(0, 1_000_000, 0), mobile = UtilityMath.Score(0, 0, 4_000_000);
        Assert.Equal(iot, _chain.Result(Iot, _genesis)[0]);
        Assert.Equal(mobile, _chain.Result(Mobile, _genesis)[0]);
        Assert.Equal([0, 1_000_000, 0], _chain.Result(Iot, _genesis)[4..7]);
        Assert.Equal(4_000_000, _chain.Result(Mobile, _genesis)[6]);
        var (scheduled, reEmission, _, issued, carried, _) = _chain.Summary(_genesis);
        Assert.Equal(2 * 100_000_000 / 7, reEmission); // the 2 HNT the purchase burned, smoothed
        BigInteger total = scheduled + reEmission;
        BigInteger iotHnt = iot * total / (iot + mobile), mobileHnt = mobile * total / (iot + mobile);
        Assert.Equal(iotHnt, _chain.Hnt.BalanceOf(_chain.Treasury("IOT").Hash));
        Assert.Equal(mobileHnt, _chain.Hnt.BalanceOf(_chain.Treasury("MOBILE").Hash));
        Assert.Equal(iotHnt + mobileHnt, issued);
        Assert.Equal(total - issued, carried);
        Assert.True(carried > 0, "the test needs a split that does not divide evenly");

        _chain.AdvanceToEpoch(_genesis + 2);
        _chain.Dao.CloseEpoch(_genesis + 1);
        Assert.Equal(carried, _chain.Summary(_genesis + 1).CarriedIn);
    }

    [Fact]
    public void Epochs_close_in_any_order_once_and_only_after_they_end()
    {
        _chain.AdvanceToEpoch(_genesis + 3);
        _chain.Dao.CloseEpoch(_genesis + 2);
        Assert.Equal(_genesis + 2, _chain.Dao.LastEpochClosedEvents.Single().Epoch);
        _chain.Dao.CloseEpoch(_genesis + 1);
        var supply = _chain.Hnt.TotalSupply;
        _chain.Dao.CloseEpoch(_genesis + 1); // again: nothing happens
        Assert.Empty(_chain.Dao.LastEpochClosedEvents);
        Assert.Equal(supply, _chain.Hnt.TotalSupply);
        _chain.Dao.CloseEpoch(_genesis);      // the skipped one, later
        Assert.All(new[] { _genesis, _genesis + 1, _genesis + 2 }, e => Assert.True(_chain.Dao.IsEpochClosed(e)));
        Assert.False(_chain.Dao.IsEpochClosed(_genesis + 3));
        Assert.Equal(3 * HntPerEpoch, Enumerable.Range(0, 3).Aggregate(BigInteger.Zero, (s, e) => s + _chain.Summary(_genesis + e).Issued + _chain.Summary(_genesis + e).CarriedOut - _chain.Summary(_genesis + e).CarriedIn));
        Assert.Equal(_chain.Hnt.TotalSupply, _chain.Hnt.BalanceOf(_chain.Treasury("IOT").Hash) + _chain.Hnt.BalanceOf(_chain.Treasury("MOBILE").Hash));

        TestEngine.AssertFault(() => _chain.Dao.CloseEpoch(_genesis + 3), $"The epoch has not ended: epoch {_genesis + 3} ends at {(_genesis + 4) * EpochMs} ms.");
        TestEngine.AssertFault(() => _chain.Dao.CloseEpoch(_genesis - 1), $"The epoch is before the DAO's first epoch: {_genesis - 1} < {_genesis}.");
    }

    [Fact]
    public void The_first_state_change_of_an_epoch_closes_the_previous_one()
    {
        _chain.AdvanceToEpoch(_genesis + 1);
        _chain.As(Authority, () => _chain.Dao.AdjustActiveDeviceFees(Iot, 1_000));
        Assert.Equal(_genesis, _chain.Dao.LastEpochClosedEvents.Single().Epoch);
        _chain.As(Authority, () => _chain.Dao.AdjustActiveDeviceFees(Iot, 1_000));
        Assert.Empty(_chain.Dao.LastEpochClosedEvents);
        _chain.Dao.Crank(); // anyone; nothing is due
        Assert.Empty(_chain.Dao.LastEpochClosedEvents);
        Assert.Equal(2_000, _chain.Dao.ActiveDeviceFees(Iot));
    }

    [Fact]
    public void A_dc_purchase_or_burn_in_a_new_epoch_closes_the_previous_one()
    {
        _chain.Fund(Alice, 10 * 100_000_000L);
        _chain.AdvanceToEpoch(_genesis + 1);
        _chain.PostPrice(500_000_000, 0);
        Assert.True(_chain.BuyDc(Alice, 100_000_000));
        Assert.True(_chain.Dao.IsEpochClosed(_genesis));
        _chain.AdvanceToEpoch(_genesis + 2);
        _chain.As(Alice, () => _chain.DataCredits.BurnWithoutTracking(Alice, 1));
        Assert.True(_chain.Dao.IsEpochClosed(_genesis + 1));
    }

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(99_999_999, 99_999, 99_999)]                 // every factor just below 1: floored to 1
    [InlineData(100_000_000, 100_000, 100_000)]              // exactly 1 each
    [InlineData(250_000_000_000, 1_000_000, 4_000_000)]      // 2500 veHNT, $10 of DC, $40 of fees
    [InlineData(123_456_789_012_345, 987_654_321, 55_555_555)]
    [InlineData(1, 200_000, 1_600_000)]                      // V floored, D = √2, A = 16^¼ = 2
    public void Utility_scores_match_an_independent_computation(long vp, long dc, long fees) =>
        Assert.Equal(UtilityMath.Score(vp, dc, fees), _chain.Dao.UtilityScore(vp, dc, fees));

    [Fact]
    public void The_registry_is_the_authoritys_and_each_subdao_role_is_its_own()
    {
        object[] schedule = [new object[] { BigInteger.Zero, new BigInteger(1_000) }];
        object[] fees = [new object[] { "sensor", new BigInteger(100_000), BigInteger.Zero }];
        var dnt = Account(0xD1);
        TestEngine.AssertFault(() => _chain.As(Alice, () => _chain.Dao.RegisterSubDao(3, dnt, dnt, dnt, schedule, 600, fees, Bob, Bob)), "Only the DAO's authority may do this.");
        TestEngine.AssertFault(() => _chain.As(Authority, () => _chain.Dao.RegisterSubDao(Iot, dnt, dnt, dnt, schedule, 600, fees, Bob, Bob)), "The subDAO is already registered.");
        TestEngine.AssertFault(() => _chain.As(Authority, () => _chain.Dao.RegisterSubDao(0, dnt, dnt, dnt, schedule, 600, fees, Bob, Bob)), "The subDAO id must be between 1 and 65535.");
        TestEngine.AssertFault(() => _chain.As(Authority, () => _chain.Dao.RegisterSubDao(3, dnt, dnt, dnt, schedule, 10_001, fees, Bob, Bob)), "The delegator share must be between 0 and 10000 basis points.");
        TestEngine.AssertFault(() => _chain.As(Authority, () => _chain.Dao.RegisterSubDao(3, dnt, dnt, dnt, [], 600, fees, Bob, Bob)), "An emission schedule must be");
        object[] decreasing = [new object[] { new BigInteger(5), BigInteger.One }, new object[] { new BigInteger(5), BigInteger.One }];
        TestEngine.AssertFault(() => _chain.As(Authority, () => _chain.Dao.SetSchedule(decreasing)), "An emission schedule must be");

        _chain.As(Authority, () => _chain.Dao.RegisterSubDao(3, dnt, dnt, dnt, schedule, 600, fees, Bob, Carol));
        Assert.Equal(new Proxies.Dao.SubDaoRegisteredEvent(3, dnt, dnt, dnt), _chain.Dao.LastSubDaoRegisteredEvents.Single());
        Assert.Equal(Bob, _chain.DataCredits.BurnAuthorityOf(3));
        Assert.Equal([100_000, 0], _chain.Dao.OnboardingFee(3, "sensor")!.Select(v => (BigInteger)v!));
        TestEngine.AssertFault(() => _chain.As(Authority, () => _chain.Dao.RegisterSubDao(4, dnt, dnt, dnt, schedule, 600, [fees[0], fees[0]], Bob, Bob)),
            "Onboarding fees must be 1 to 16 entries");

        TestEngine.AssertFault(() => _chain.As(Authority, () => _chain.Dao.AdjustActiveDeviceFees(3, 10)), "Only the subDAO's active-device authority may do this.");
        _chain.As(Carol, () => _chain.Dao.AdjustActiveDeviceFees(3, 10));
        TestEngine.AssertFault(() => _chain.As(Carol, () => _chain.Dao.AdjustActiveDeviceFees(3, -11)), "Active-device fees cannot go below zero: 10 + -11.");
        TestEngine.AssertFault(() => _chain.As(Carol, () => _chain.Dao.AdjustActiveDeviceFees(9, 1)), "No subDAO has this id.");

        TestEngine.AssertFault(() => _chain.As(Alice, () => _chain.Dao.SetSubDaoAuthorities(3, Alice, Alice)), "Only the DAO's authority may do this.");
        _chain.As(Authority, () => _chain.Dao.SetSubDaoAuthorities(3, Alice, Bob));
        Assert.Equal(new Proxies.Dao.SubDaoAuthoritiesChangedEvent(3, Bob, Alice, Carol, Bob), _chain.Dao.LastSubDaoAuthoritiesChangedEvents.Single());
        Assert.Equal(Alice, _chain.DataCredits.BurnAuthorityOf(3));
        // Data Credits follows its registrar only.
        TestEngine.AssertFault(() => _chain.As(Authority, () => _chain.DataCredits.SetBurnAuthority(3, Carol)), "Only the subDAO registry may set burn authorities.");
    }

    [Fact]
    public void Onboarding_fees_per_device_type_come_from_the_configuration_and_the_authority_changes_them()
    {
        Assert.Equal([4_000_000, 500_000], _chain.Dao.OnboardingFee(Iot, "full")!.Select(v => (BigInteger)v!));
        Assert.Equal([200_000, 0], _chain.Dao.OnboardingFee(Mobile, "wifiDataOnly")!.Select(v => (BigInteger)v!));
        TestEngine.AssertFault(() => _ = _chain.Dao.OnboardingFee(Iot, "cbrs"), "The subDAO has no onboarding fee for this device type: cbrs.");
        object[] fees = [new object[] { "full", new BigInteger(5_000_000), new BigInteger(600_000) }];
        TestEngine.AssertFault(() => _chain.As(Alice, () => _chain.Dao.SetOnboardingFees(Iot, fees)), "Only the DAO's authority may do this.");
        _chain.As(Authority, () => _chain.Dao.SetOnboardingFees(Iot, fees));
        Assert.Single(_chain.Dao.LastOnboardingFeesChangedEvents);
        Assert.Equal([5_000_000, 600_000], _chain.Dao.OnboardingFee(Iot, "full")!.Select(v => (BigInteger)v!));
        TestEngine.AssertFault(() => _ = _chain.Dao.OnboardingFee(Iot, "dataOnly"), "no onboarding fee for this device type");
    }

    [Fact]
    public void Only_the_dao_mints_subdao_tokens()
    {
        TestEngine.AssertFault(() => _chain.As(Authority, () => _chain.Token("IOT").Mint(Alice, 1)), "Only the DAO may mint the subDAO token.");
        _chain.As(Authority, () => _chain.Dao.SetAuthority(Alice));
        TestEngine.AssertFault(() => _chain.As(Authority, () => _chain.Dao.SetNetEmissionsCap(1)), "Only the DAO's authority may do this.");
    }
}
