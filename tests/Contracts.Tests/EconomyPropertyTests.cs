using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using Protocol.Toolchain.Testing;
using static Protocol.Contracts.Tests.ProtocolChain;
using static Protocol.Contracts.Tests.DaoChain;

namespace Protocol.Contracts.Tests;

/// <summary>
/// A stateful property test of the DAO's economy: random time steps, closes of any epoch (ended or not, in any order,
/// repeated), cranks, HNT burns (redeem IOT, buy DC), tracked DC burns, active-device fees, veHNT locks, delegations and
/// undelegations, against a C# model of net emissions and of which positions count for which subDAO at each epoch start.
/// After every step: HNT supply ≤ max; every close accounts for its HNT (issued + carried out = scheduled + re-emission +
/// carried in, or exactly the room left when clamped); the remainder account is the only undistributed HNT; the smoothed
/// burn follows the model in closing order; all HNT is in treasuries, locks or with the accounts that redeemed it; and the
/// delegated VP each close used equals the sum of the VP of the positions delegated to that subDAO at the epoch's start.
/// </summary>
public class EconomyPropertyTests
{
    private static readonly Scripts.Deployment.ProtocolConfig Config = DaoChain.Config with { HntMaxSupply = HntPerEpoch * 5 / 2 + 12_345 };

    /// <summary>HNT the authority starts with (minted outside the Dao, so not part of any close).</summary>
    private const long Funded = 300 * 100_000_000L;

    public abstract record Step;
    public sealed record Wait(int Minutes) : Step;
    public sealed record Close(int Back) : Step;
    public sealed record Crank : Step;
    public sealed record BurnHnt(int Percent) : Step;
    public sealed record BurnDc(int Dc) : Step;
    public sealed record Fees(int Subdao, int Dc) : Step;
    public sealed record LockHnt(int Kind, int Days) : Step;
    public sealed record DelegateTo(int Position, int Subdao) : Step;
    public sealed record Undelegate(int Position) : Step;

    /// <summary>A position and its delegation intervals [from, to) in epochs (to = null while open).</summary>
    private sealed class Position(byte[] id)
    {
        public byte[] Id { get; } = id;
        public List<(int SubDao, BigInteger From, BigInteger? To)> Delegations { get; } = [];
        public int? SubDao => Delegations.Count > 0 && Delegations[^1].To is null ? Delegations[^1].SubDao : null;
    }

    private static Gen<Step> StepGen() => Gen.Frequency(
        (4, Gen.Elements(1, 30, 59, 60, 61, 150, 300).Select(m => (Step)new Wait(m))),
        (4, Gen.Choose(-1, 4).Select(b => (Step)new Close(b))),
        (2, Gen.Constant((Step)new Crank())),
        (2, Gen.Choose(1, 60).Select(p => (Step)new BurnHnt(p))),
        (2, Gen.Choose(1, 2_000_000).Select(d => (Step)new BurnDc(d))),
        (1, Gen.Choose(1, 2).SelectMany(s => Gen.Choose(-1_000_000, 5_000_000).Select(d => (Step)new Fees(s, d)))),
        (2, Gen.Choose(0, 1).SelectMany(k => Gen.Elements(1, 2, 30, 365, 1460).Select(d => (Step)new LockHnt(k, d)))),
        (3, Gen.Choose(0, 5).SelectMany(p => Gen.Choose(1, 2).Select(s => (Step)new DelegateTo(p, s)))),
        (2, Gen.Choose(0, 5).Select(p => (Step)new Undelegate(p))));

    [Fact]
    public void Every_close_accounts_for_its_hnt_and_supply_never_passes_the_cap()
    {
        var seen = new Dictionary<string, int>();
        // Every run starts with one lock, so delegations and undelegations happen in most runs, not in a lucky few.
        var runs = Arb.From(Gen.ListOf(StepGen()).Select(l => l.Prepend(new LockHnt(1, 365)).ToList()));
        Check.One(FsCheck.Config.QuickThrowOnFailure.WithMaxTest(40).WithEndSize(40), Prop.ForAll(runs, (List<Step> run) => Run(run, seen)));
        foreach (var outcome in new[] { "Close ok", "Close:not ended", "Close:again", "Crank closed", "BurnHnt ok", "clamped", "DelegateTo ok", "Undelegate ok", "delegated VP" })
            Assert.True(seen.GetValueOrDefault(outcome) > 0, $"No run reached \"{outcome}\": {string.Join(", ", seen.Select(kv => $"{kv.Key} {kv.Value}"))}");
    }

    private static bool Run(List<Step> run, Dictionary<string, int> seen)
    {
        var chain = DaoChain.Create(Config);
        chain.Fund(Authority, Funded); // HNT to lock from the start
        chain.PostPrice(500_000_000, 0);
        var genesis = chain.Dao.FirstEpoch;
        var closed = new List<BigInteger>();
        BigInteger smoothed = 0, lastBurned = 0, burnedTotal = 0;
        bool ended = false;
        var positions = new List<Position>();
        // Called right after every call that can close epochs (a close, a crank, and any call that cranks first), so
        // the model of net emissions sees closes in the order the chain ran them, with the burns made until then.
        void AfterCall()
        {
            foreach (var e in chain.Dao.LastEpochClosedEvents)
            {
                Assert.DoesNotContain(e.Epoch, closed);
                closed.Add(e.Epoch);
                var summary = chain.Summary(e.Epoch);
                smoothed = (6 * smoothed + burnedTotal - lastBurned) / 7;
                lastBurned = burnedTotal;
                Assert.Equal(BigInteger.Min(smoothed, Config.NetEmissionsCap), summary.ReEmission);
                if (summary.Clamped && !ended)
                {
                    seen["clamped"] = seen.GetValueOrDefault("clamped") + 1;
                    Assert.Equal(Config.HntMaxSupply, chain.Hnt.TotalSupply); // lands exactly on the cap
                    ended = true;
                }
                else if (summary.Clamped) Assert.Equal(0, summary.Issued); // and issues nothing after
                else Assert.Equal(summary.Scheduled + summary.ReEmission + summary.CarriedIn, summary.Issued + summary.CarriedOut);
                for (int subDao = 1; subDao <= 2; subDao++)
                {
                    BigInteger expected = 0, start = e.Epoch * EpochMs;
                    foreach (var p in positions.Where(p => p.Delegations.Any(d => d.SubDao == subDao && d.From <= e.Epoch && (d.To is null || e.Epoch < d.To))))
                        expected += chain.VoteEscrow.VotingPower(p.Id, start);
                    Assert.Equal(expected, chain.Result(subDao, e.Epoch)[4]);
                    if (expected > 0) seen["delegated VP"] = seen.GetValueOrDefault("delegated VP") + 1;
                }
            }
        }
        foreach (var step in run)
        {
            var before = closed.Count;
            string outcome = Apply(chain, step, genesis, positions, AfterCall, ref burnedTotal);
            if (step is Crank) outcome = closed.Count > before ? "Crank closed" : "Crank idle";
            seen[outcome] = seen.GetValueOrDefault(outcome) + 1;
            CheckInvariants(chain, closed);
        }
        return true;
    }

    private static string Apply(ProtocolChain chain, Step step, BigInteger genesis, List<Position> positions, Action afterCall, ref BigInteger burnedTotal)
    {
        try
        {
            switch (step)
            {
                case Wait w:
                    chain.Advance(TimeSpan.FromMinutes(w.Minutes));
                    chain.PostPrice(500_000_000, 0);
                    return "Wait ok";
                case Close c:
                    var epoch = chain.Epoch() - c.Back;
                    if (epoch < genesis) epoch = genesis;
                    bool wasClosed = chain.Dao.IsEpochClosed(epoch);
                    chain.Dao.CloseEpoch(epoch);
                    afterCall();
                    return wasClosed ? "Close:again" : "Close ok";
                case Crank:
                    chain.Dao.Crank();
                    afterCall();
                    return "Crank";
                case BurnHnt b:
                    var iot = chain.Token("IOT").BalanceOf(Authority) * b.Percent / 1000;
                    if (iot.IsZero) return "BurnHnt nothing";
                    var hnt = chain.As(Authority, () => chain.Treasury("IOT").Redeem(Authority, iot, 0));
                    afterCall();
                    var burn = hnt / 2; // the other half stays for locks
                    if (burn < 200) return "BurnHnt dust";
                    Assert.True(chain.BuyDc(Authority, burn));
                    afterCall(); // a purchase cranks the Dao before it burns
                    burnedTotal += burn;
                    return "BurnHnt ok";
                case BurnDc d:
                    if (chain.DataCredits.BalanceOf(Authority) < d.Dc) return "BurnDc none";
                    chain.As(Authority, () => chain.DataCredits.Delegate(Authority, Iot, "r"u8.ToArray(), d.Dc));
                    afterCall();
                    chain.As(IotBurnAuthority, () => chain.DataCredits.BurnDelegated(Iot, "r"u8.ToArray(), d.Dc));
                    afterCall();
                    return "BurnDc ok";
                case Fees f:
                    chain.As(Authority, () => chain.Dao.AdjustActiveDeviceFees(f.Subdao, f.Dc));
                    afterCall();
                    return "Fees ok";
                case LockHnt l:
                    var amount = chain.Hnt.BalanceOf(Authority) / 2;
                    if (amount < 10_000_000) return "LockHnt poor";
                    Assert.True(chain.As(Authority, () => chain.Hnt.Transfer(Authority, chain.VoteEscrow.Hash, amount, new object[] { l.Kind, l.Days })));
                    var id = chain.VoteEscrow.LastPositionCreatedEvents.Single().PositionId!;
                    afterCall(); // a lock cranks the Dao too
                    positions.Add(new Position(id));
                    return "LockHnt ok";
                case DelegateTo d:
                    if (positions.Count == 0) return "DelegateTo none";
                    var position = positions[d.Position % positions.Count];
                    if (position.SubDao is not null) return "DelegateTo busy";
                    chain.As(Authority, () => chain.VoteEscrow.Delegate(position.Id, d.Subdao));
                    afterCall();
                    position.Delegations.Add((d.Subdao, chain.Epoch() + 1, null));
                    return "DelegateTo ok";
                case Undelegate u:
                    var candidates = positions.Where(p => p.SubDao is not null).ToList();
                    if (candidates.Count == 0) return "Undelegate none";
                    var delegated = candidates[u.Position % candidates.Count];
                    chain.As(Authority, () => chain.VoteEscrow.Undelegate(delegated.Id));
                    afterCall();
                    var last = delegated.Delegations[^1];
                    delegated.Delegations[^1] = (last.SubDao, last.From, chain.Epoch() + 1);
                    return "Undelegate ok";
            }
            throw new InvalidOperationException(step.ToString());
        }
        catch (TestFaultException e) when (e.Message.Contains("has not ended")) { return "Close:not ended"; }
        catch (TestFaultException e) when (e.Message.Contains("cannot go below zero")) { return "Fees:negative"; }
        catch (TestFaultException e) when (e.Message.Contains("Circuit breaker")) { return "BurnHnt:breaker"; }
        catch (TestFaultException e) when (e.Message.Contains("The lockup would end before now")) { return "LockHnt:too short"; }
    }

    private static void CheckInvariants(ProtocolChain chain, List<BigInteger> closed)
    {
        BigInteger supply = chain.Hnt.TotalSupply, issued = 0, scheduledAndReEmitted = 0;
        bool clamped = false;
        foreach (var epoch in closed)
        {
            var s = chain.Summary(epoch);
            issued += s.Issued;
            scheduledAndReEmitted += s.Scheduled + s.ReEmission;
            clamped |= s.Clamped;
        }
        Assert.True(supply <= Config.HntMaxSupply, "HNT supply passed the cap");
        Assert.True(issued + Funded - chain.Hnt.TotalBurned == supply, $"supply {supply} ≠ issued {issued} + funded − burned {chain.Hnt.TotalBurned}");
        var remainder = (BigInteger)((IList<object?>)chain.Dao.Emissions!)[2]!;
        if (!clamped) Assert.True(scheduledAndReEmitted == issued + remainder, $"scheduled + re-emitted {scheduledAndReEmitted} ≠ issued {issued} + remainder {remainder}");
        Assert.Equal(supply, chain.Hnt.BalanceOf(chain.Treasury("IOT").Hash) + chain.Hnt.BalanceOf(chain.Treasury("MOBILE").Hash)
            + chain.Hnt.BalanceOf(Authority) + chain.Hnt.BalanceOf(chain.VoteEscrow.Hash));
    }
}
