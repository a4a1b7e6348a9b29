using System.Numerics;
using Protocol.Contracts.Tests.Proxies;
using Protocol.Services.Rewards.Merkle;
using Protocol.Toolchain.Testing;
using static Protocol.Contracts.Tests.DaoChain;
using static Protocol.Contracts.Tests.HotspotChain;
using static Protocol.Contracts.Tests.ProtocolChain;

namespace Protocol.Contracts.Tests;

/// <summary>Devices to rewards end to end: makers, onboarding in DC, the A term, oracle roots and Merkle claims.</summary>
public class HotspotScenarioTests
{
    private readonly HotspotChain _chain = HotspotChain.Create();

    [Fact]
    public void Makers_issue_owners_onboard_one_device_counts_in_A_and_both_owners_claim_their_rewards_over_two_epochs()
    {
        var genesis = _chain.Protocol.Dao.FirstEpoch;
        // A maker stakes 10 HNT and is approved; it issues a hotspot to Alice and one to Bob.
        _chain.ApproveMaker(Maker);
        Assert.Equal(MakerStake, _chain.Protocol.Hnt.BalanceOf(_chain.Registry.Hash));
        var alice = _chain.Issue(Alice, 1);
        var bob = _chain.Issue(Bob, 2);
        Assert.Equal(Alice, _chain.Registry.OwnerOf(alice));
        Assert.Equal(_chain.Registry.TokenIdFor(SubDao, DeviceKey(2)), bob);
        Assert.Equal(2, _chain.Registry.TotalSupply);

        // Alice onboards with a location (4,000,000 + 500,000 DC), Bob without (4,000,000 DC).
        _chain.GiveDc(Alice, FullFee + LocationFee);
        _chain.GiveDc(Bob, FullFee);
        _chain.As(Alice, () => _chain.Registry.Onboard(alice, Cell));
        Assert.Equal([new HotspotRegistry.HotspotOnboardedEvent(alice, Alice, Cell, FullFee, LocationFee)], _chain.Registry.LastHotspotOnboardedEvents);
        _chain.As(Bob, () => _chain.Registry.Onboard(bob, 0));
        Assert.Equal(0, _chain.Protocol.DataCredits.BalanceOf(Alice));
        Assert.Equal(0, _chain.Protocol.DataCredits.BalanceOf(Bob));

        // The coverage oracle marks Alice's hotspot active: its onboarding fee enters subDAO 3's A term.
        Assert.True(_chain.As(CoverageOracle, () => _chain.Registry.SetActive(alice, true)));
        Assert.Equal(FullFee, _chain.Protocol.Dao.ActiveDeviceFees(SubDao));

        // The epoch closes: A counts only the active device, and the escrow receives TST's epoch emission.
        _chain.Protocol.AdvanceToEpoch(genesis + 1);
        _chain.Crank();
        var result = _chain.Protocol.Result(SubDao, genesis);
        Assert.Equal(FullFee, result[6]);
        Assert.Equal(UtilityMath.Score(0, 0, FullFee), result[0]);
        Assert.Equal(EscrowPerEpoch, result[2]);
        Assert.Equal(EscrowPerEpoch, _chain.Token.BalanceOf(_chain.Rewards.Hash));

        // The oracles post the root of the epoch's cumulative totals; both owners claim with proofs.
        var first = new RewardTree([new(alice, 600_000_000), new(bob, 300_000_000)]);
        _chain.SubmitRoot(genesis, first);
        Assert.Equal(600_000_000, _chain.Claim(first, alice));
        Assert.Equal(300_000_000, _chain.Claim(first, bob));
        Assert.Equal([new Rewards.ClaimedEvent(bob, SubDao, Bob, 300_000_000, 0, 300_000_000)], _chain.Rewards.LastClaimedEvents);
        Assert.Equal(600_000_000, _chain.Token.BalanceOf(Alice));
        Assert.Equal(300_000_000, _chain.Token.BalanceOf(Bob));

        // A second epoch: the root raises Bob's total only (submitRoot closes the epoch that funds it), and Bob claims the difference.
        _chain.Protocol.AdvanceToEpoch(genesis + 2);
        var second = new RewardTree([new(alice, 600_000_000), new(bob, 1_200_000_000)]);
        _chain.SubmitRoot(genesis + 1, second);
        Assert.Equal(2 * EscrowPerEpoch, _chain.Token.BalanceOf(_chain.Rewards.Hash) + 900_000_000);
        Assert.Equal(900_000_000, _chain.Claim(second, bob));
        Assert.Equal(1_200_000_000, _chain.Token.BalanceOf(Bob));
        Assert.Equal(1_200_000_000, _chain.Rewards.ClaimedBy(bob));
        TestEngine.AssertFault(() => _chain.Claim(second, alice), "The hotspot has claimed its whole cumulative total.");
        var pool = (IList<object?>)_chain.Rewards.PoolInfo(SubDao)!;
        Assert.Equal(2 * EscrowPerEpoch, pool[1]);      // funded
        Assert.Equal(new BigInteger(1_800_000_000), pool[2]);        // claimed
        Assert.Equal(genesis + 1, pool[3]);                          // latest epoch
    }

    [Fact]
    public void Location_changes_cost_the_location_fee_and_inactive_devices_leave_A()
    {
        _chain.ApproveMaker(Maker);
        var id = _chain.Issue(Alice, 1, "dataOnly");
        _chain.GiveDc(Alice, DataOnlyFee + 2 * LocationFee);
        _chain.As(Alice, () => _chain.Registry.Onboard(id, 0));
        Assert.Equal(2 * LocationFee, _chain.Protocol.DataCredits.BalanceOf(Alice));
        _chain.As(Alice, () => _chain.Registry.UpdateLocation(id, Cell));
        _chain.As(Alice, () => _chain.Registry.UpdateLocation(id, OtherCell));
        Assert.Equal([new HotspotRegistry.LocationChangedEvent(id, Cell, OtherCell, LocationFee)], _chain.Registry.LastLocationChangedEvents);
        Assert.Equal(0, _chain.Protocol.DataCredits.BalanceOf(Alice));
        TestEngine.AssertFault(() => _chain.As(Alice, () => _chain.Registry.UpdateLocation(id, OtherCell)), "The hotspot is already at this location.");
        TestEngine.AssertFault(() => _chain.As(Alice, () => _chain.Registry.UpdateLocation(id, 12345)), "The location must be an H3 cell index (mode 1, 64-bit).");

        _chain.As(CoverageOracle, () => _chain.Registry.SetActive(id, true));
        Assert.Equal(DataOnlyFee, _chain.Protocol.Dao.ActiveDeviceFees(SubDao));
        Assert.False(_chain.As(CoverageOracle, () => _chain.Registry.SetActive(id, true)));
        Assert.True(_chain.As(CoverageOracle, () => _chain.Registry.SetActive(id, false)));
        Assert.Equal([new HotspotRegistry.ActiveChangedEvent(id, SubDao, true, false, DataOnlyFee)], _chain.Registry.LastActiveChangedEvents);
        Assert.Equal(0, _chain.Protocol.Dao.ActiveDeviceFees(SubDao));
    }

    [Fact]
    public void Issue_without_a_device_type_uses_the_subdaos_first_device_type()
    {
        Assert.Equal(["full", "dataOnly"], _chain.Protocol.Dao.DeviceTypes(SubDao)!.Cast<byte[]>().Select(System.Text.Encoding.UTF8.GetString));
        _chain.ApproveMaker(Maker);
        var id = _chain.As(Maker, () => _chain.Registry.Issue(Maker, DeviceKey(9), Alice, SubDao))!;
        Assert.Equal(_chain.Registry.TokenIdFor(SubDao, DeviceKey(9)), id);
        _chain.GiveDc(Alice, FullFee);
        _chain.As(Alice, () => _chain.Registry.Onboard(id, 0));
        Assert.Equal([new HotspotRegistry.HotspotOnboardedEvent(id, Alice, 0, FullFee, 0)], _chain.Registry.LastHotspotOnboardedEvents);
    }

    [Fact]
    public void A_mobile_hotspot_pays_mobile_fees_and_moves_mobiles_A_once_the_registry_is_mobiles_active_device_authority()
    {
        _chain.Protocol.Fund(Maker, 1);
        Assert.True(_chain.As(Maker, () => _chain.Protocol.Hnt.Transfer(Maker, _chain.Registry.Hash, 1, Mobile)));
        _chain.As(Authority, () => _chain.Registry.ApproveMaker(Mobile, Maker));
        var id = _chain.Issue(Alice, 7, "wifiIndoor", subDaoId: Mobile);
        _chain.GiveDc(Alice, 2_000_000);
        _chain.As(Alice, () => _chain.Registry.Onboard(id, Cell)); // wifiIndoor: $20 to onboard, no location fee
        Assert.Equal(0, _chain.Protocol.DataCredits.BalanceOf(Alice));
        _chain.As(CoverageOracle, () => _chain.Registry.SetActive(id, true));
        Assert.Equal([new Dao.ActiveDeviceFeesChangedEvent(Mobile, 0, 2_000_000)], _chain.Protocol.Dao.LastActiveDeviceFeesChangedEvents);
        Assert.Equal(2_000_000, _chain.Protocol.Dao.ActiveDeviceFees(Mobile));
    }

    [Fact]
    public void Revoking_a_maker_returns_its_stake_and_stops_its_issuing()
    {
        _chain.ApproveMaker(Maker);
        _chain.As(Authority, () => _chain.Registry.RevokeMaker(SubDao, Maker));
        Assert.Equal([new HotspotRegistry.MakerApprovalChangedEvent(SubDao, Maker, true, false, MakerStake)], _chain.Registry.LastMakerApprovalChangedEvents);
        Assert.Equal(MakerStake, _chain.Protocol.Hnt.BalanceOf(Maker));
        Assert.Null(_chain.Registry.MakerInfo(SubDao, Maker));
        TestEngine.AssertFault(() => _chain.Issue(Alice, 1), "The maker is not approved for this subDAO.");
    }

    [Fact]
    public void An_owner_can_send_its_rewards_elsewhere_until_the_hotspot_changes_hands()
    {
        _chain.ApproveMaker(Maker);
        var id = _chain.Issue(Alice, 1);
        _chain.As(Alice, () => _chain.Rewards.SetDestination(id, Carol));
        Assert.Equal(Carol, _chain.Rewards.Recipient(id));
        TestEngine.AssertFault(() => _chain.As(Bob, () => _chain.Rewards.SetDestination(id, Bob)), "Only the hotspot's owner may do this.");
        Assert.True(_chain.As(Alice, () => _chain.Registry.Transfer(Bob, id, null)));
        Assert.Equal(Bob, _chain.Rewards.Recipient(id));
    }
}
