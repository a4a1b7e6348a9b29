using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using Protocol.Toolchain.Runtime.Models;
using static Protocol.Contracts.Tests.ProtocolChain;
using static Protocol.Contracts.Tests.GovernanceChain;

namespace Protocol.Contracts.Tests;

/// <summary>
/// A stateful property test of vote bookkeeping: random votes, relinquishes (by the owner during voting, by anyone after)
/// and waits across two proposals and four positions. After every step each choice's tally equals the sum of the
/// weights of its vote markers, and each position's activeVotes equals its unreleased markers. Bounded to a few seconds.
/// </summary>
public class GovernancePropertyTests
{
    public abstract record Step;
    public sealed record VoteStep(int Position, int Proposal, int Choice) : Step;
    public sealed record RelinquishStep(int Position, int Proposal) : Step;
    public sealed record WaitStep(long Ms) : Step;

    private static Gen<Step> StepGen() => Gen.Frequency(
        (6, Gen.Choose(0, 3).SelectMany(p => Gen.Choose(0, 1).SelectMany(q => Gen.Choose(0, 2).Select(c => (Step)new VoteStep(p, q, c))))),
        (4, Gen.Choose(0, 3).SelectMany(p => Gen.Choose(0, 1).Select(q => (Step)new RelinquishStep(p, q)))),
        (1, Gen.Elements(3_600_000L, DayMs, 3 * DayMs).Select(ms => (Step)new WaitStep(ms))));

    [Fact]
    public void A_tally_always_equals_the_sum_of_its_vote_markers()
    {
        var steps = Arb.From(Gen.ListOf(StepGen()).Select(l => l.ToList()));
        int applied = 0;
        Check.One(FsCheck.Config.QuickThrowOnFailure.WithMaxTest(10).WithStartSize(10).WithEndSize(40), Prop.ForAll(steps, (List<Step> run) => Run(run, ref applied)));
        Assert.True(applied >= 20, $"only {applied} votes and relinquishes went through");
    }

    private static bool Run(List<Step> run, ref int applied)
    {
        var chain = GovernanceChain.Create();
        var g = chain.Governance;
        (UInt160 Owner, byte[] Id)[] positions =
            [(Alice, chain.AlicePosition), (Bob, chain.BobPosition), (Governor, chain.GovernorPosition), (SmallGovernor, chain.SmallPosition)];
        object[] choices = [new object[] { "A", Array.Empty<object>() }, new object[] { "B", Array.Empty<object>() }, new object[] { "C", Array.Empty<object>() }];
        byte[][] proposals = [chain.Propose(choices, title: "first"), chain.Propose(choices, org: Iot, title: "second")];
        foreach (var step in run)
        {
            try
            {
                switch (step)
                {
                    case VoteStep v:
                        chain.Vote(positions[v.Position].Owner, positions[v.Position].Id, proposals[v.Proposal], v.Choice);
                        break;
                    case RelinquishStep r:
                        chain.As(positions[r.Position].Owner, () => g.Relinquish(positions[r.Position].Id, proposals[r.Proposal]));
                        break;
                    case WaitStep w:
                        chain.Advance(w.Ms);
                        applied--; // count only votes and relinquishes
                        break;
                }
                applied++;
            }
            catch (Protocol.Toolchain.Testing.TestFaultException)
            {
                // A refused step (double vote, nothing to relinquish, voting over) changes nothing.
            }
            foreach (var proposal in proposals)
                for (int c = 0; c < 3; c++)
                {
                    BigInteger markers = 0;
                    foreach (var (_, id) in positions)
                        if (g.VoteMarker(proposal, id) is { } m && (BigInteger)m[0]! == c) markers += (BigInteger)m[1]!;
                    if (g.Tally(proposal, c) != markers) return false;
                }
            foreach (var (_, id) in positions)
            {
                int active = proposals.Count(p => g.VoteMarker(p, id) is { } m && !(bool)m[2]!);
                if ((BigInteger)chain.Ve.GetPosition(id)![8]! != active) return false;
            }
        }
        return true;
    }
}
