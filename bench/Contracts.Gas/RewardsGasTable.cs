using System.Numerics;
using System.Security.Cryptography;
using Protocol.Contracts.Tests;
using Protocol.Services.Rewards.Merkle;
using static Protocol.Contracts.Tests.HotspotChain;
using static Protocol.Contracts.Tests.ProtocolChain;

namespace Protocol.Bench.Contracts;

/// <summary>
/// Hotspots and rewards on a bootstrapped protocol whose IOT escrow is Rewards (<see cref="HotspotChain"/>): the
/// registry's calls, a root signed by 2 of 3 oracles, and claims against trees of 10, 1,000 and 1,000,000 hotspots
/// (proof depth ⌈log2 n⌉: 4, 10, 20). A deep proof needs no full tree: the leaf's path is hashed up through arbitrary
/// siblings, which is all the contract sees.
/// </summary>
public sealed class RewardsGasTable : IGasTable
{
    public string Name => "rewards";

    public IReadOnlyList<GasRow> Measure()
    {
        var chain = HotspotChain.Create();
        var genesis = chain.Protocol.Dao.FirstEpoch;
        var rows = new List<GasRow>();
        long Fee() => chain.Engine.LastFeeConsumed;

        chain.ApproveMaker(Maker);
        rows.Add(new("HotspotRegistry.approveMaker", Fee(), "stake (10 HNT) already received"));
        var alice = chain.Issue(Alice, 1);
        rows.Add(new("HotspotRegistry.issue", Fee(), "by an approved maker: mints the NFT (reads the device type's fees from the Dao)"));
        var bob = chain.Issue(Bob, 2);
        chain.GiveDc(Alice, FullFee + 2 * LocationFee);
        chain.GiveDc(Bob, FullFee);
        chain.As(Alice, () => chain.Registry.Onboard(alice, Cell));
        rows.Add(new("HotspotRegistry.onboard", Fee(), "with a location: burns 4,500,000 DC through Data Credits"));
        chain.As(Bob, () => chain.Registry.Onboard(bob, 0));
        rows.Add(new("HotspotRegistry.onboard", Fee(), "without a location: burns 4,000,000 DC"));
        chain.As(Alice, () => chain.Registry.UpdateLocation(alice, OtherCell));
        rows.Add(new("HotspotRegistry.updateLocation", Fee(), "burns the 500,000 DC location fee"));
        chain.As(CoverageOracle, () => chain.Registry.SetActive(alice, true));
        rows.Add(new("HotspotRegistry.setActive", Fee(), "by the active-device authority: moves the fee into the Dao's A term"));

        var ids = new List<byte[]> { alice, bob };
        for (byte seed = 3; seed <= 5; seed++) ids.Add(chain.Issue(Carol, seed));
        chain.Protocol.AdvanceToEpoch(genesis + 1);
        chain.Crank();
        var tree = new RewardTree(ids.Select((id, i) => new RewardLeaf(id, (ulong)(i + 1) * 1_000_000)));
        chain.SubmitRoot(genesis, tree);
        rows.Add(new("Rewards.submitRoot", Fee(), "2 of 3 secp256r1 signatures verified; nothing for the Dao to close"));
        chain.Claim(tree, alice);
        rows.Add(new("Rewards.claim", Fee(), $"first claim, {tree.Leaves.Count} hotspots (depth {tree.Depth}): pays the owner through the breaker"));

        var epoch = genesis;
        var rng = new Random(8);
        foreach (var (count, hotspot) in new[] { (10, ids[2]), (1_000, ids[3]), (1_000_000, ids[4]) })
        {
            int depth = (int)Math.Ceiling(Math.Log2(count));
            var siblings = Enumerable.Range(0, depth).Select(_ => { var s = new byte[32]; rng.NextBytes(s); return s; }).ToList();
            long index = (count - 1) & 0x55555; // a leaf in the last pair of bits patterns: both branch directions occur
            ulong cumulative = 50_000_000;
            var root = RewardTree.RootFrom(hotspot, cumulative, index, siblings);
            epoch += 1;
            chain.Protocol.AdvanceToEpoch(epoch + 1);
            var total = (ulong)(BigInteger)((IList<object?>)chain.Rewards.PoolInfo(SubDao)!)[1]!;
            chain.Rewards.SubmitRoot(SubDao, epoch, root, total, chain.Sign(epoch, root, total));
            if (count == 10) rows.Add(new("Rewards.submitRoot", Fee(), "first call of an epoch: the Dao closes the previous one (which funds the escrow) first"));
            Assert(chain.Rewards.Claim(hotspot, cumulative, index, siblings.Select(s => (object?)s).ToList()) == cumulative);
            rows.Add(new("Rewards.claim", Fee(), $"first claim, {count:N0} hotspots (proof depth {depth})"));
        }
        return rows;
    }

    private static void Assert(bool condition)
    {
        if (!condition) throw new InvalidOperationException("a claim paid the wrong amount");
    }
}
