using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Testing;
using static Protocol.Contracts.Tests.ProtocolChain;
using static Protocol.Contracts.Tests.VoteEscrowChain;

namespace Protocol.Contracts.Tests;

/// <summary>
/// A small stateful property test of veHNT delegation: random locks, delegations, undelegations, extensions, conversions
/// and waits (hourly epochs, lockups of a few days so cliffs end inside a run). After every step each subDAO's
/// delegated total at the current and the next epoch equals Σ VP of the positions delegated to it (the model); at the
/// end the whole history still does. Bounded to a few seconds.
/// </summary>
public class VoteEscrowPropertyTests
{
    private static readonly UInt160[] Users = [Alice, Bob, Carol];

    public abstract record Step;
    public sealed record LockStep(int User, int Hnt, int Kind, int Days) : Step;
    public sealed record DelegateStep(int Position, int SubDao) : Step;
    public sealed record UndelegateStep(int Position) : Step;
    public sealed record ExtendStep(int Position, int Days) : Step;
    public sealed record ConvertStep(int Position) : Step;
    public sealed record WaitStep(int Seconds) : Step;

    private static Gen<Step> StepGen()
    {
        var position = Gen.Choose(0, 4);
        return Gen.Frequency(
            (5, Gen.Choose(0, 2).SelectMany(u => Gen.Choose(1, 50).SelectMany(h => Gen.Choose(0, 1).SelectMany(k => Gen.Choose(1, 4).Select(d => (Step)new LockStep(u, h, k, d)))))),
            (5, position.SelectMany(p => Gen.Choose(1, 2).Select(s => (Step)new DelegateStep(p, s)))),
            (2, position.Select(p => (Step)new UndelegateStep(p))),
            (2, position.SelectMany(p => Gen.Choose(1, 6).Select(d => (Step)new ExtendStep(p, d)))),
            (1, position.Select(p => (Step)new ConvertStep(p))),
            (5, Gen.Elements(60, 1_800, 3_600, 7_200, 40_000, 90_000).Select(s => (Step)new WaitStep(s))));
    }

    [Fact]
    public void Delegated_totals_always_equal_the_sum_of_delegated_positions_voting_power()
    {
        var steps = Arb.From(Gen.ListOf(StepGen()).Select(l => l.ToList()));
        int applied = 0;
        var property = Prop.ForAll(steps, (List<Step> run) => Run(run, ref applied));
        Check.One(FsCheck.Config.QuickThrowOnFailure.WithMaxTest(10).WithEndSize(25), property);
        Assert.True(applied > 45, $"only {applied} steps changed anything");
    }

    private static bool Run(List<Step> run, ref int applied)
    {
        var chain = VoteEscrowChain.Create();
        var model = new DelegationModel(chain.EpochLength);
        var positions = new List<(byte[] Id, UInt160 Owner)>();
        var first = chain.CurrentEpoch;
        // Every run starts with one position per user, so early steps have something to act on.
        foreach (var step in new Step[] { new LockStep(0, 20, 0, 2), new LockStep(1, 30, 1, 1), new LockStep(2, 10, 0, 3) }.Concat(run))
        {
            if (step is WaitStep wait)
            {
                chain.Engine.AdvanceTime(TimeSpan.FromSeconds(wait.Seconds));
            }
            else if (step is LockStep l)
            {
                var id = chain.Lock(Users[l.User], l.Hnt * OneHnt, l.Kind, l.Days);
                positions.Add((id, Users[l.User]));
                model.Observe(chain, id);
                applied++;
            }
            else
            {
                int index = step switch { DelegateStep d => d.Position, UndelegateStep u => u.Position, ExtendStep x => x.Position, ConvertStep c => c.Position, _ => 0 };
                if (index >= positions.Count) continue;
                var (id, owner) = positions[index];
                Action call = step switch
                {
                    DelegateStep d => () => chain.Ve.Delegate(id, d.SubDao),
                    UndelegateStep => () => chain.Ve.Undelegate(id),
                    ExtendStep x => () => chain.Ve.Extend(id, x.Days),
                    _ => () => chain.Ve.ConvertToCliff(id),
                };
                try
                {
                    chain.As(owner, call);
                    applied++;
                }
                catch (TestFaultException fault)
                {
                    // Only the documented refusals may happen here.
                    Assert.Matches("already delegated|is delegated|not delegated|can only be extended|Only a constant", fault.Message);
                }
                model.Observe(chain, id);
            }
            var epoch = chain.CurrentEpoch;
            foreach (var sub in new[] { Iot, Mobile })
                foreach (var e in new[] { epoch, epoch + 1 })
                    if (model.Total(sub, e) != chain.Ve.DelegatedVotingPower(sub, e))
                        throw new Xunit.Sdk.XunitException($"subDAO {sub} epoch {e}: model {model.Total(sub, e)}, chain {chain.Ve.DelegatedVotingPower(sub, e)} after {step}");
        }
        for (var e = first; e <= chain.CurrentEpoch + 1; e++)
            foreach (var sub in new[] { Iot, Mobile })
                if (model.Total(sub, e) != chain.Ve.DelegatedVotingPower(sub, e))
                    throw new Xunit.Sdk.XunitException($"history of subDAO {sub} at epoch {e} changed");
        return true;
    }
}
