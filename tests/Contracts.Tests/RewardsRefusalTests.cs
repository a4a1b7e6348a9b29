using System.Numerics;
using System.Security.Cryptography;
using Protocol.Services.Rewards.Merkle;
using Protocol.Toolchain.Testing;
using static Protocol.Contracts.Tests.DaoChain;
using static Protocol.Contracts.Tests.HotspotChain;
using static Protocol.Contracts.Tests.ProtocolChain;

namespace Protocol.Contracts.Tests;

/// <summary>Every refusal the issue names, each with its catalogued message: makers, DC, the active-device role, roots and claims.</summary>
public class RewardsRefusalTests
{
    private readonly HotspotChain _chain = HotspotChain.Create();
    private readonly BigInteger _genesis;
    private readonly byte[] _alice;
    private readonly byte[] _bob;

    public RewardsRefusalTests()
    {
        _genesis = _chain.Protocol.Dao.FirstEpoch;
        _chain.ApproveMaker(Maker);
        _alice = _chain.Issue(Alice, 1);
        _bob = _chain.Issue(Bob, 2);
    }

    /// <summary>Closes the genesis epoch so the escrow holds one epoch's IOT.</summary>
    private void FundOneEpoch()
    {
        _chain.Protocol.AdvanceToEpoch(_genesis + 1);
        _chain.Crank();
    }

    private RewardTree Tree(ulong alice, ulong bob) => new([new(_alice, alice), new(_bob, bob)]);

    [Fact]
    public void A_maker_issues_only_with_its_own_witness_and_only_when_approved()
    {
        TestEngine.AssertFault(() => _chain.As(OtherMaker, () => _chain.Registry.Issue(Maker, DeviceKey(9), Alice, SubDao, "full")), "Only the maker itself may issue its hotspots.");
        TestEngine.AssertFault(() => _chain.Issue(Alice, 9, maker: OtherMaker), "The maker is not approved for this subDAO.");
        // Staked below the requirement: neither approved nor issuing.
        _chain.Protocol.Fund(OtherMaker, MakerStake - 1);
        Assert.True(_chain.As(OtherMaker, () => _chain.Protocol.Hnt.Transfer(OtherMaker, _chain.Registry.Hash, MakerStake - 1, SubDao)));
        TestEngine.AssertFault(() => _chain.As(Authority, () => _chain.Registry.ApproveMaker(SubDao, OtherMaker)), $"The maker's stake is below the requirement: {MakerStake - 1} < {MakerStake}.");
        TestEngine.AssertFault(() => _chain.Issue(Alice, 9, maker: OtherMaker), "The maker is not approved for this subDAO.");
        TestEngine.AssertFault(() => _chain.As(Alice, () => _chain.Registry.ApproveMaker(SubDao, OtherMaker)), "Only the hotspot registry's authority may do this.");
        TestEngine.AssertFault(() => _chain.Issue(Carol, 1), "A hotspot with this device key already exists in this subDAO.");
        TestEngine.AssertFault(() => _chain.Issue(Carol, 9, "satellite"), "The subDAO has no onboarding fee for this device type: satellite.");
    }

    [Fact]
    public void Onboarding_needs_the_owner_and_enough_dc_and_happens_once()
    {
        _chain.GiveDc(Alice, FullFee + LocationFee - 1);
        TestEngine.AssertFault(() => _chain.As(Alice, () => _chain.Registry.Onboard(_alice, Cell)), $"The DC balance is too low: {FullFee + LocationFee - 1} < {FullFee + LocationFee}.");
        TestEngine.AssertFault(() => _chain.As(Bob, () => _chain.Registry.Onboard(_alice, 0)), "Only the hotspot's owner may do this.");
        _chain.As(Alice, () => _chain.Registry.Onboard(_alice, 0));
        TestEngine.AssertFault(() => _chain.As(Alice, () => _chain.Registry.Onboard(_alice, 0)), "The hotspot is already onboarded.");
    }

    [Fact]
    public void Only_the_active_device_authority_marks_hotspots_active_and_only_onboarded_ones()
    {
        TestEngine.AssertFault(() => _chain.As(CoverageOracle, () => _chain.Registry.SetActive(_alice, true)), "The hotspot is not onboarded.");
        _chain.GiveDc(Alice, FullFee);
        _chain.As(Alice, () => _chain.Registry.Onboard(_alice, 0));
        TestEngine.AssertFault(() => _chain.As(Alice, () => _chain.Registry.SetActive(_alice, true)), "Only the subDAO's active-device authority may do this.");
        TestEngine.AssertFault(() => _chain.As(Authority, () => _chain.Registry.SetActive(_alice, true)), "Only the subDAO's active-device authority may do this.");
        // The Dao's role alone is not enough either: the registry's contract is the Dao's active-device authority, not an account.
        TestEngine.AssertFault(() => _chain.As(CoverageOracle, () => _chain.Protocol.Dao.AdjustActiveDeviceFees(SubDao, FullFee)), "Only the subDAO's active-device authority may do this.");
    }

    [Fact]
    public void A_root_needs_a_quorum_of_distinct_valid_oracle_signatures()
    {
        FundOneEpoch();
        var tree = Tree(600, 300);
        TestEngine.AssertFault(() => _chain.Rewards.SubmitRoot(SubDao, _genesis, tree.Root, tree.Total, _chain.Sign(_genesis, tree.Root, tree.Total, [0])), "Too few oracle signatures: 1 < 2.");
        TestEngine.AssertFault(() => _chain.Rewards.SubmitRoot(SubDao, _genesis, tree.Root, tree.Total, _chain.Sign(_genesis, tree.Root, tree.Total, [1, 1])), "An oracle signed twice: oracle 1.");
        // Signed for another total, for another epoch, or by a key that is not the oracle at that index.
        TestEngine.AssertFault(() => _chain.Rewards.SubmitRoot(SubDao, _genesis, tree.Root, tree.Total, _chain.Sign(_genesis, tree.Root, tree.Total + 1)), "An oracle signature does not verify: oracle 0.");
        TestEngine.AssertFault(() => _chain.Rewards.SubmitRoot(SubDao, _genesis, tree.Root, tree.Total, _chain.Sign(_genesis + 1, tree.Root, tree.Total)), "An oracle signature does not verify: oracle 0.");
        using var stranger = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var message = RewardTree.RootMessage(_chain.Engine.Settings.Network, _chain.Rewards.Hash.ToArray(), SubDao, (ulong)_genesis, tree.Root, tree.Total);
        var forged = _chain.Sign(_genesis, tree.Root, tree.Total, [0]);
        forged.Add(new object[] { BigInteger.One, stranger.SignData(message, HashAlgorithmName.SHA256) });
        TestEngine.AssertFault(() => _chain.Rewards.SubmitRoot(SubDao, _genesis, tree.Root, tree.Total, forged), "An oracle signature does not verify: oracle 1.");
        // Two of three valid signatures, in any order, are a quorum.
        _chain.Rewards.SubmitRoot(SubDao, _genesis, tree.Root, tree.Total, _chain.Sign(_genesis, tree.Root, tree.Total, [2, 0]));
        TestEngine.AssertFault(() => _chain.SubmitRoot(_genesis, tree), $"A root must be for a later epoch than the subDAO's latest: {_genesis} ≤ {_genesis}.");
    }

    [Fact]
    public void Totals_never_decrease_and_a_root_pays_no_more_than_the_escrow_received()
    {
        FundOneEpoch();
        var funded = EscrowPerEpoch;
        var above = Tree((ulong)funded, 1);
        TestEngine.AssertFault(() => _chain.SubmitRoot(_genesis, above), $"The root's total exceeds what the escrow received for the subDAO: {funded + 1} > {funded}.");
        var first = Tree(600, 300);
        _chain.SubmitRoot(_genesis, first);
        _chain.Claim(first, _alice);
        // The root's total may not go down...
        var lower = Tree(600, 200);
        TestEngine.AssertFault(() => _chain.SubmitRoot(_genesis + 1, lower), "Cumulative totals never decrease: 800 < 900.");
        // ...nor a hotspot's total below what it was paid, even when the root's total grows.
        var shifted = Tree(500, 1_000);
        _chain.SubmitRoot(_genesis + 1, shifted);
        TestEngine.AssertFault(() => _chain.Claim(shifted, _alice), "Cumulative totals never decrease: 500 < 600 claimed.");
        // And Bob cannot take the 100 the root moved away from Alice: 600 paid + 1,000 would exceed the root's 1,500.
        TestEngine.AssertFault(() => _chain.Claim(shifted, _bob), "The claim exceeds the latest root's total: 1600 > 1500.");
    }

    [Fact]
    public void A_proof_proves_only_its_own_hotspots_leaf_in_the_latest_root()
    {
        FundOneEpoch();
        var tree = Tree(600, 300);
        TestEngine.AssertFault(() => _chain.Claim(tree, _alice), "The subDAO has no reward root yet.");
        _chain.SubmitRoot(_genesis, tree);
        var proof = tree.Proof(_alice);
        IList<object?> Siblings(RewardProof p) => p.Siblings.Select(s => (object?)s).ToList();
        TestEngine.AssertFault(() => _chain.Rewards.Claim(_bob, proof.Cumulative, proof.Index, Siblings(proof)), "The proof does not lead from this hotspot's leaf to the subDAO's latest root.");
        TestEngine.AssertFault(() => _chain.Rewards.Claim(_alice, proof.Cumulative + 1, proof.Index, Siblings(proof)), "The proof does not lead from this hotspot's leaf to the subDAO's latest root.");
        TestEngine.AssertFault(() => _chain.Rewards.Claim(_alice, proof.Cumulative, proof.Index ^ 1, Siblings(proof)), "The proof does not lead from this hotspot's leaf to the subDAO's latest root.");
        TestEngine.AssertFault(() => _chain.Rewards.Claim(_alice, proof.Cumulative, 2, Siblings(proof)), "A proof is at most 32 siblings of 32 bytes and a leaf index below 2^length.");
        TestEngine.AssertFault(() => _chain.Rewards.Claim(new byte[32], 1, 0, []), "The hotspot does not exist.");
    }

    [Fact]
    public void A_claim_above_the_escrows_funds_is_refused_even_under_a_root_that_says_otherwise()
    {
        FundOneEpoch();
        // Dishonest oracles: a leaf above everything the escrow received, under a total that passes the root's check.
        var funded = EscrowPerEpoch;
        var tree = Tree((ulong)funded + 1, 0);
        _chain.Rewards.SubmitRoot(SubDao, _genesis, tree.Root, 1, _chain.Sign(_genesis, tree.Root, 1));
        TestEngine.AssertFault(() => _chain.Claim(tree, _alice), $"The claim exceeds what the escrow received for the subDAO: {funded + 1} > {funded}.");
        var small = Tree(600, 300);
        _chain.Rewards.SubmitRoot(SubDao, _genesis + 1, small.Root, 700, _chain.Sign(_genesis + 1, small.Root, 700));
        _chain.Claim(small, _alice);
        TestEngine.AssertFault(() => _chain.Claim(small, _bob), "The claim exceeds the latest root's total: 900 > 700.");
    }

    [Fact]
    public void The_breaker_stops_claims_beyond_its_window_until_the_window_passes()
    {
        FundOneEpoch();
        TestEngine.AssertFault(() => _chain.As(Alice, () => _chain.Rewards.SetBreaker(SubDao, 1_000, 3_600_000)), "Only the rewards escrow's authority may do this.");
        _chain.As(Authority, () => _chain.Rewards.SetBreaker(SubDao, 1_000, 3_600_000));
        var tree = Tree(600, 500);
        _chain.SubmitRoot(_genesis, tree);
        _chain.Claim(tree, _alice);
        TestEngine.AssertFault(() => _chain.Claim(tree, _bob), "Circuit breaker tripped: 1100 in the window would exceed 1000.");
        _chain.Protocol.Advance(TimeSpan.FromHours(1));
        Assert.Equal(500, _chain.Claim(tree, _bob));
    }
}
