using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using Protocol.Services.Rewards.Merkle;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Testing;
using static Protocol.Contracts.Tests.HotspotChain;
using static Protocol.Contracts.Tests.ProtocolChain;

namespace Protocol.Contracts.Tests;

/// <summary>
/// Random runs of epochs passing, oracle roots (honest, or with a leaf inflated beyond the funding) and claims
/// against the real Rewards escrow: Σ claimed never exceeds what the escrow received for the subDAO, and no hotspot is
/// ever paid more than its latest accepted cumulative total.
/// </summary>
public class RewardsPropertyTests
{
    private abstract record Step;

    private sealed record WaitStep(int Epochs) : Step;

    /// <summary>
    /// Raises each hotspot's total by its increment (‰ of the escrow's funding, split between the hotspots); when
    /// InflateLeaf, the oracles' tree also gives hotspot 0 more than the escrow ever received, under the honest total.
    /// (Lowering a hotspot's total is RewardsRefusalTests' business: no root can prove an amount below what was paid.)
    /// </summary>
    private sealed record RootStep(int[] IncrementsPerMille, bool InflateLeaf) : Step;

    private sealed record ClaimStep(int Hotspot) : Step;

    private const int Hotspots = 4;

    private static Gen<Step> StepGen() => Gen.Frequency(
        (2, Gen.Choose(0, 2).Select(e => (Step)new WaitStep(e))),
        (3, Gen.ArrayOf(Gen.Choose(0, 400), Hotspots).SelectMany(inc => Gen.Elements(false, false, false, false, false, true).Select(inflate => (Step)new RootStep(inc, inflate)))),
        (5, Gen.Choose(0, Hotspots - 1).Select(h => (Step)new ClaimStep(h))));

    [Fact]
    public void Claims_never_exceed_the_escrows_funding_nor_any_hotspots_latest_total()
    {
        var steps = Arb.From(Gen.ListOf(StepGen()).Select(l => l.ToList()));
        int paid = 0;
        var property = Prop.ForAll(steps, (List<Step> run) => Run(run, ref paid));
        Check.One(FsCheck.Config.QuickThrowOnFailure.WithMaxTest(12).WithEndSize(30), property);
        Assert.True(paid > 5, $"only {paid} claims paid anything");
    }

    private static bool Run(List<Step> run, ref int paid)
    {
        var chain = HotspotChain.Create();
        var genesis = chain.Protocol.Dao.FirstEpoch;
        chain.ApproveMaker(Maker);
        UInt160[] owners = [Alice, Bob, Carol, Maker];
        var ids = Enumerable.Range(0, Hotspots).Select(i => chain.Issue(owners[i], (byte)(i + 1))).ToArray();
        var totals = new ulong[Hotspots];   // the latest tree's cumulative totals
        var accepted = new ulong[Hotspots]; // the latest accepted root's
        RewardTree? tree = null;
        var log = new List<string>();
        BigInteger epoch = genesis - 1;
        chain.Protocol.AdvanceToEpoch(genesis + 1);
        chain.Crank();
        foreach (var step in run)
        {
            switch (step)
            {
                case WaitStep w:
                    if (w.Epochs > 0) chain.Protocol.AdvanceToEpoch(chain.Protocol.Epoch() + w.Epochs);
                    break;
                case RootStep r:
                {
                    var funded = Funded(chain);
                    var next = totals.Select((t, i) => (ulong)BigInteger.Max(0, t + funded * r.IncrementsPerMille[i] / 1000 / Hotspots)).ToArray();
                    var current = chain.Protocol.Epoch();
                    if (current - 1 <= epoch) { chain.Protocol.AdvanceToEpoch(current + 1); current++; }
                    // The signed total is the honest sum; a dishonest tree inflates one leaf beyond any funding under it.
                    ulong signedTotal = (ulong)next.Aggregate(BigInteger.Zero, (sum, t) => sum + t);
                    var leaves = next.ToArray();
                    if (r.InflateLeaf) leaves[0] += (ulong)funded;
                    var candidate = new RewardTree(ids.Select((id, i) => new RewardLeaf(id, leaves[i])));
                    try
                    {
                        chain.Rewards.SubmitRoot(SubDao, current - 1, candidate.Root, signedTotal, chain.Sign(current - 1, candidate.Root, signedTotal));
                        tree = candidate;
                        totals = next;
                        accepted = leaves;
                        log.Add($"root {epoch}: {string.Join(",", leaves)}");
                        epoch = current - 1;
                    }
                    catch (TestFaultException fault)
                    {
                        Assert.Matches("never decrease|exceeds what the escrow received", fault.Message);
                    }
                    break;
                }
                case ClaimStep c when tree is not null:
                    try
                    {
                        if (chain.Claim(tree, ids[c.Hotspot]) > 0) paid++;
                        log.Add($"claim {c.Hotspot}: {chain.Rewards.ClaimedBy(ids[c.Hotspot])}");
                    }
                    catch (TestFaultException fault)
                    {
                        Assert.Matches("whole cumulative total|never decrease|exceeds what the escrow received|exceeds the latest root's total|Circuit breaker tripped", fault.Message);
                    }
                    break;
            }
            var pool = (IList<object?>)chain.Rewards.PoolInfo(SubDao)!;
            BigInteger claimed = 0;
            for (int i = 0; i < Hotspots; i++)
            {
                var byHotspot = chain.Rewards.ClaimedBy(ids[i]);
                claimed += byHotspot;
                if (byHotspot > accepted[i])
                    throw new Xunit.Sdk.XunitException($"hotspot {i} was paid {byHotspot}, above its latest total {accepted[i]} after {step}: {string.Join(" | ", log)}");
            }
            if (claimed != (BigInteger)pool[2]! || claimed > (BigInteger)pool[1]!)
                throw new Xunit.Sdk.XunitException($"claimed {claimed} (pool says {pool[2]}), funded {pool[1]} after {step}");
            if (chain.Token.BalanceOf(chain.Rewards.Hash) != (BigInteger)pool[1]! - claimed)
                throw new Xunit.Sdk.XunitException($"the escrow holds {chain.Token.BalanceOf(chain.Rewards.Hash)}, not funded − claimed, after {step}");
        }
        return true;
    }

    private static BigInteger Funded(HotspotChain chain) => (BigInteger)((IList<object?>)chain.Rewards.PoolInfo(SubDao)!)[1]!;
}
