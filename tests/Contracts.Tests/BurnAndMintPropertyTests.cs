using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Testing;
using static Protocol.Contracts.Tests.ProtocolChain;

namespace Protocol.Contracts.Tests;

/// <summary>
/// A stateful property test of the burn-and-mint core: random sequences of HNT mints and transfers, DC purchases,
/// delegations, tracked and untracked burns, price updates, time steps and forbidden moves run against the deployed
/// contracts and against a plain C# model of PROTOCOL.md. After every step the chain must agree with the model, and:
/// HNT supply = minted − burned; DC supply = minted − burned; Σ balances = supply for both (escrows included for DC);
/// DC never changes owner except into an escrow and out by burning; nothing is minted past the cap or a breaker.
/// </summary>
public class BurnAndMintPropertyTests
{
    private static readonly UInt160[] Users = [Alice, Bob, Carol];
    private static readonly byte[] Router = "router"u8.ToArray();

    /// <summary>Small limits so the cap and both breakers are reached in short runs.</summary>
    private static readonly Scripts.Deployment.ProtocolConfig Config = TestConfig with
    {
        HntMaxSupply = 20_000_000_000,
        HntMintBreakerThreshold = 12_000_000_000,
        HntMintBreakerWindowMs = 120_000,
        DcMintBreakerThreshold = 2_000_000,
        DcMintBreakerWindowMs = 600_000,
    };

    public abstract record Step;
    public sealed record MintHnt(int User, long Bones) : Step;
    public sealed record TransferHnt(int From, int To, long Bones) : Step;
    public sealed record BuyDc(int Payer, int Recipient, long Bones, bool Exact) : Step;
    public sealed record Delegate(int Owner, long Dc) : Step;
    public sealed record BurnDelegated(long Dc) : Step;
    public sealed record BurnUntracked(int Owner, long Dc) : Step;
    public sealed record PostPrice(long PriceE8, long ConfE8) : Step;
    public sealed record Wait(int Seconds) : Step;
    public sealed record TryMoveDc(int From, int To, long Dc) : Step;

    /// <summary>A purchase as sent: the bones actually transferred (for an exact purchase, the quote at that moment).</summary>
    private sealed record Purchase(BuyDc Step, BigInteger Sent) : Step;

    private static Gen<Step> StepGen()
    {
        var user = Gen.Choose(0, Users.Length - 1);
        var bones = Gen.Choose(1, 2_000_000_000).Select(b => (long)b);
        var dc = Gen.Choose(1, 600_000).Select(d => (long)d);
        // A purchase spends up to 2 HNT, or asks for up to 1,000,000 DC exactly.
        var purchase = Gen.Elements(false, true).SelectMany(exact => (exact ? Gen.Choose(1, 1_000_000) : Gen.Choose(100, 200_000_000)).Select(a => (exact, (long)a)));
        return Gen.Frequency(
            (6, user.SelectMany(u => bones.Select(b => (Step)new MintHnt(u, b * 5)))),
            (2, user.SelectMany(f => user.SelectMany(t => bones.Select(b => (Step)new TransferHnt(f, t, b / 4))))),
            (8, user.SelectMany(p => user.SelectMany(r => purchase.Select(x => (Step)new BuyDc(p, r, x.Item2, x.exact))))),
            (3, user.SelectMany(u => dc.Select(d => (Step)new Delegate(u, d)))),
            (3, Gen.Choose(1, 200_000).Select(d => (Step)new BurnDelegated(d))),
            (2, user.SelectMany(u => dc.Select(d => (Step)new BurnUntracked(u, d)))),
            (3, Gen.Choose(50_000_000, 900_000_000).SelectMany(p => Gen.Choose(0, 300_000_000).Select(c => (Step)new PostPrice(p, c)))),
            (3, Gen.Elements(1, 30, 120, 400, 700).Select(s => (Step)new Wait(s))),
            (1, user.SelectMany(f => user.SelectMany(t => dc.Select(d => (Step)new TryMoveDc(f, t, d))))));
    }

    [Fact]
    public void The_chain_follows_the_model_and_keeps_every_invariant()
    {
        var steps = Arb.From(Gen.ListOf(StepGen()).Select(l => l.ToList()));
        var seen = new Dictionary<string, int>();
        var property = Prop.ForAll(steps, (List<Step> run) => Run(run, seen));
        Check.One(FsCheck.Config.QuickThrowOnFailure.WithMaxTest(80).WithEndSize(40), property);
        // The runs must have reached the interesting edges, or the invariants were never under pressure.
        foreach (var outcome in new[] { "Purchase ok", "Delegate ok", "BurnDelegated ok", "BurnUntracked ok", "MintHnt:maximum supply",
                     "MintHnt:Circuit breaker tripped", "Purchase:Circuit breaker tripped", "Purchase:No fresh price quorum", "TryMoveDc failed" })
            Assert.True(seen.GetValueOrDefault(outcome) > 0, $"No run reached \"{outcome}\": {string.Join(", ", seen.Select(kv => $"{kv.Key} {kv.Value}"))}");
    }

    private static bool Run(List<Step> run, Dictionary<string, int> seen)
    {
        var chain = Create(Config);
        chain.PostPrice(500_000_000, 0);
        var model = new Model(chain.Engine.Timestamp);
        // Everyone starts with 20 HNT, so purchases are not mostly refused for want of HNT.
        for (int i = 0; i < Users.Length; i++)
        {
            Assert.True(model.Apply(new MintHnt(i, 2_000_000_000), chain.Engine.Timestamp, out _));
            chain.MintHnt(Users[i], 2_000_000_000);
        }
        foreach (var generated in run)
        {
            // Exact purchases send what the chain quotes right now (any amount when it has no price: it fails anyway).
            Step step = generated is BuyDc b ? new Purchase(b, b.Exact ? Model.HntFor(b.Bones, CurrentPrice(chain)) : b.Bones) : generated;
            bool expected = model.Apply(step, chain.Engine.Timestamp, out var expectedFault);
            bool succeeded = Execute(chain, step, out var fault);
            Assert.True(expected == succeeded, $"{step}: the model says {(expected ? "success" : $"failure ({expectedFault})")}, the chain {(succeeded ? "succeeded" : $"failed ({fault})")}.");
            if (!succeeded && expectedFault is not null) Assert.Contains(expectedFault, fault);
            var kind = step.GetType().Name;
            var outcome = succeeded ? kind + " ok" : expectedFault is null ? kind + " failed" : kind + ":" + expectedFault;
            seen[outcome] = seen.GetValueOrDefault(outcome) + 1;
            CheckInvariants(chain, model, step);
        }
        return true;
    }

    private static bool Execute(ProtocolChain chain, Step step, out string fault)
    {
        fault = "";
        try
        {
            switch (step)
            {
                case MintHnt m: chain.MintHnt(Users[m.User], m.Bones); break;
                case TransferHnt t:
                    if (!chain.As(Users[t.From], () => chain.Hnt.Transfer(Users[t.From], Users[t.To], t.Bones))) { fault = "false"; return false; }
                    break;
                case Purchase { Step: var b } purchase:
                    // Exact mode: b.Bones is the DC wanted.
                    object data = b.Exact ? new object[] { Users[b.Recipient], b.Bones } : Users[b.Recipient];
                    if (!chain.BuyDc(Users[b.Payer], purchase.Sent, data)) { fault = "false"; return false; }
                    break;
                case Delegate d: chain.As(Users[d.Owner], () => chain.DataCredits.Delegate(Users[d.Owner], Iot, Router, d.Dc)); break;
                case BurnDelegated d: chain.As(IotBurnAuthority, () => chain.DataCredits.BurnDelegated(Iot, Router, d.Dc)); break;
                case BurnUntracked d: chain.As(Users[d.Owner], () => chain.DataCredits.BurnWithoutTracking(Users[d.Owner], d.Dc)); break;
                case PostPrice p: chain.PostPrice(p.PriceE8, p.ConfE8); break;
                case Wait w: chain.Advance(TimeSpan.FromSeconds(w.Seconds)); break;
                case TryMoveDc m: chain.As(Users[m.From], () => chain.Engine.Invoke(chain.DataCredits.Hash, "transfer", Users[m.From], Users[m.To], m.Dc, null)); break;
            }
            return true;
        }
        catch (TestFaultException e)
        {
            fault = e.Message;
            return false;
        }
    }

    /// <summary>The price the chain uses now, or 1 when it has none (the model then expects the purchase to fail anyway).</summary>
    private static BigInteger CurrentPrice(ProtocolChain chain)
    {
        try { return chain.PriceFeed.ConservativePrice; }
        catch (TestFaultException) { return 1; }
    }

    private static void CheckInvariants(ProtocolChain chain, Model model, Step step)
    {
        var hnt = chain.Hnt;
        var dc = chain.DataCredits;
        BigInteger hntSupply = hnt.TotalSupply, dcSupply = dc.TotalSupply;
        Assert.True(hntSupply == model.HntMinted - model.HntBurned, $"after {step}: HNT supply {hntSupply} ≠ minted − burned");
        Assert.True(hntSupply <= Config.HntMaxSupply, $"after {step}: HNT supply past the cap");
        Assert.Equal(hntSupply, Users.Aggregate(BigInteger.Zero, (s, u) => s + hnt.BalanceOf(u)) + hnt.BalanceOf(dc.Hash));
        Assert.Equal(0, hnt.BalanceOf(dc.Hash));
        Assert.True(dcSupply == model.DcMinted - model.DcBurned, $"after {step}: DC supply {dcSupply} ≠ minted − burned");
        for (int i = 0; i < Users.Length; i++)
            Assert.True(dc.BalanceOf(Users[i]) == model.Dc[i], $"after {step}: DC of user {i} is {dc.BalanceOf(Users[i])}, the model says {model.Dc[i]} (DC moved between owners?)");
        Assert.Equal(model.Escrow, dc.DelegatedBalance(Iot, Router));
        Assert.Equal(dcSupply, model.Dc.Aggregate(BigInteger.Zero, (s, v) => s + v) + model.Escrow);
    }

    /// <summary>PROTOCOL.md's rules in plain C#, including both breakers and the price's freshness.</summary>
    private sealed class Model(BigInteger start)
    {
        public readonly BigInteger[] Hnt = new BigInteger[3];
        public readonly BigInteger[] Dc = new BigInteger[3];
        public BigInteger HntMinted, HntBurned, DcMinted, DcBurned, Escrow;
        private BigInteger _price = 500_000_000, _conf, _priceTime = start;
        private (BigInteger Last, BigInteger Time) _hntBreaker, _dcBreaker;

        public static BigInteger HntFor(BigInteger dc, BigInteger price) => (dc * 100_000_000_000 + price - 1) / price;

        public bool Apply(Step step, BigInteger now, out string? fault)
        {
            fault = null;
            switch (step)
            {
                case MintHnt m:
                    if (HntMinted - HntBurned + m.Bones > Config.HntMaxSupply) { fault = "maximum supply"; return false; }
                    if (!Consume(ref _hntBreaker, m.Bones, Config.HntMintBreakerThreshold, Config.HntMintBreakerWindowMs, now)) { fault = "Circuit breaker tripped"; return false; }
                    Hnt[m.User] += m.Bones;
                    HntMinted += m.Bones;
                    return true;
                case TransferHnt t:
                    if (Hnt[t.From] < t.Bones) return false;
                    Hnt[t.From] -= t.Bones;
                    Hnt[t.To] += t.Bones;
                    return true;
                case Purchase { Step: var b, Sent: var bones }:
                    if (Hnt[b.Payer] < bones) return false; // HNT's transfer returns false before Data Credits sees it
                    if (now - _priceTime > Config.PriceMaxAgeMs) { fault = "No fresh price quorum"; return false; }
                    BigInteger p = _price - 2 * _conf;
                    if (p <= 0) { fault = "not above twice its confidence"; return false; }
                    BigInteger dc = b.Exact ? b.Bones : bones * p / 100_000_000_000;
                    if (b.Exact && bones != HntFor(b.Bones, p)) { fault = "does not match the exact-DC quote"; return false; }
                    if (dc.IsZero) { fault = "buys less than 1 DC"; return false; }
                    if (!Consume(ref _dcBreaker, dc, Config.DcMintBreakerThreshold, Config.DcMintBreakerWindowMs, now)) { fault = "Circuit breaker tripped"; return false; }
                    Hnt[b.Payer] -= bones;
                    HntBurned += bones;
                    Dc[b.Recipient] += dc;
                    DcMinted += dc;
                    return true;
                case Delegate d:
                    if (Dc[d.Owner] < d.Dc) { fault = "The DC balance is too low"; return false; }
                    Dc[d.Owner] -= d.Dc;
                    Escrow += d.Dc;
                    return true;
                case BurnDelegated d:
                    if (Escrow < d.Dc) { fault = "The delegated DC balance is too low"; return false; }
                    Escrow -= d.Dc;
                    DcBurned += d.Dc;
                    return true;
                case BurnUntracked d:
                    if (Dc[d.Owner] < d.Dc) { fault = "The DC balance is too low"; return false; }
                    Dc[d.Owner] -= d.Dc;
                    DcBurned += d.Dc;
                    return true;
                case PostPrice posted:
                    // Each oracle's submission must be newer than its last: a second post in the same block is refused.
                    if (now <= _priceTime) { fault = "not newer than the oracle's previous one"; return false; }
                    (_price, _conf, _priceTime) = (posted.PriceE8, posted.ConfE8, now);
                    return true;
                case Wait:
                    return true;
                case TryMoveDc:
                    return false; // there is no way to move DC between owners
                default:
                    throw new InvalidOperationException(step.ToString());
            }
        }

        /// <summary>The circuit breaker of PROTOCOL.md: decayed = ceil(last × (W − min(elapsed, W)) / W).</summary>
        private static bool Consume(ref (BigInteger Last, BigInteger Time) breaker, BigInteger amount, BigInteger threshold, BigInteger window, BigInteger now)
        {
            BigInteger elapsed = now - breaker.Time;
            BigInteger decayed = elapsed >= window ? 0 : (breaker.Last * (window - elapsed) + window - 1) / window;
            if (decayed + amount > threshold) return false;
            breaker = (decayed + amount, now);
            return true;
        }
    }
}
