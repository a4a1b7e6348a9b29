using System.Numerics;
using Protocol.Scripts.Deployment;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Testing;
using Protocol.Toolchain.Testing.Standards;
using static Protocol.Contracts.Tests.ProtocolChain;

namespace Protocol.Contracts.Tests;

/// <summary>HNT passes the reusable NEP-17 suite (deployed through the protocol plan; minted by the minter role).</summary>
public sealed class HntStandardTests : Nep17Suite
{
    protected override string ExpectedSymbol => "HNT";

    protected override byte ExpectedDecimals => 8;

    /// <summary>HNT's mint refuses non-positive amounts (a protocol rule; NEP-17 says nothing about minting).</summary>
    protected override bool ZeroMintRejected => true;

    protected override UInt160 DeployToken(TestEngine engine) =>
        ProtocolDeployer.DeployAsync(new TestEngineHost(engine), ProtocolArtifacts.FromRepository(), TestConfig).GetAwaiter().GetResult()["Hnt"];

    protected override void Mint(TestEngine engine, UInt160 to, BigInteger amount)
    {
        engine.Signers = [new Signer(Minter, WitnessScope.CalledByEntry)];
        engine.Invoke(Token, "mint", to, amount);
    }
}

/// <summary>HNT's own rules: the hard cap, the minter role, the mint circuit breaker, burning, authority.</summary>
public class HntTests
{
    private readonly ProtocolChain _chain = Create();

    private Proxies.Hnt Hnt => _chain.Hnt;

    [Fact]
    public void The_maximum_supply_is_fixed_at_deploy()
    {
        Assert.Equal(BigInteger.Parse("22300000000000000"), Hnt.MaxSupply);
        Assert.Equal(Minter, Hnt.Minter);
        Assert.Equal(Authority, Hnt.Authority);
    }

    [Fact]
    public void Only_the_minter_mints_positive_amounts()
    {
        TestEngine.AssertFault(() => _chain.As(Alice, () => Hnt.Mint(Alice, 1)), "Only the minter may mint HNT.");
        TestEngine.AssertFault(() => _chain.MintHnt(Alice, 0), "The amount must be positive.");
        TestEngine.AssertFault(() => _chain.MintHnt(Alice, -1), "The amount must be positive.");
        TestEngine.AssertFault(() => _chain.As(Minter, () => Hnt.Mint(null, 1)), "The account must be a valid 20-byte hash.");
        _chain.MintHnt(Alice, 7);
        Assert.Equal(new Proxies.Hnt.TransferEvent(null, Alice, 7), Hnt.LastTransferEvents.Single());
        Assert.Equal(7, Hnt.BalanceOf(Alice));
    }

    [Fact]
    public void Nothing_is_minted_past_the_maximum_supply()
    {
        var chain = Create(TestConfig with { HntMaxSupply = 1_000, HntMintBreakerThreshold = 10_000 });
        chain.MintHnt(Alice, 999);
        TestEngine.AssertFault(() => chain.MintHnt(Alice, 2), "Minting would exceed the maximum supply: 999 + 2 > 1000.");
        chain.MintHnt(Bob, 1);
        Assert.Equal(1_000, chain.Hnt.TotalSupply);
        TestEngine.AssertFault(() => chain.MintHnt(Bob, 1), "Minting would exceed the maximum supply: 1000 + 1 > 1000.");
    }

    [Fact]
    public void The_mint_breaker_trips_and_recovers_as_its_window_passes()
    {
        var chain = Create(TestConfig with { HntMintBreakerThreshold = 1_000, HntMintBreakerWindowMs = 3_600_000 });
        chain.MintHnt(Alice, 600);
        chain.MintHnt(Alice, 400);
        TestEngine.AssertFault(() => chain.MintHnt(Alice, 1), "Circuit breaker tripped: 1001 in the window would exceed 1000.");
        // Half the window later, ceil(1000 × 1/2) = 500 is still counted.
        chain.Advance(TimeSpan.FromMinutes(30));
        TestEngine.AssertFault(() => chain.MintHnt(Alice, 501), "Circuit breaker tripped: 1001 in the window would exceed 1000.");
        chain.MintHnt(Alice, 500);
        chain.Advance(TimeSpan.FromHours(1));
        chain.MintHnt(Alice, 1_000);
        Assert.Equal(2_500, chain.Hnt.TotalSupply);
        Assert.Equal([1_000, 3_600_000, 1_000], chain.Hnt.MintBreaker!.Select(v => (BigInteger)v!));
    }

    [Fact]
    public void Burn_destroys_only_the_callers_own_balance()
    {
        _chain.MintHnt(Alice, 100);
        // Signed by Alice, the caller is her transaction's script, which holds nothing.
        TestEngine.AssertFault(() => _chain.As(Alice, () => Hnt.Burn(5)), "Insufficient balance.");
        TestEngine.AssertFault(() => _chain.As(Alice, () => Hnt.Burn(0)), "The amount must be positive.");
        Assert.Equal(100, Hnt.BalanceOf(Alice));
    }

    [Fact]
    public void The_authority_rotates_the_minter_and_itself_with_events()
    {
        TestEngine.AssertFault(() => _chain.As(Minter, () => Hnt.SetMinter(Bob)), "Only HNT's authority may do this.");
        _chain.As(Authority, () => Hnt.SetMinter(Bob));
        Assert.Equal(new Proxies.Hnt.MinterChangedEvent(Minter, Bob), Hnt.LastMinterChangedEvents.Single());
        TestEngine.AssertFault(() => _chain.MintHnt(Alice, 1), "Only the minter may mint HNT.");
        _chain.As(Bob, () => Hnt.Mint(Alice, 1));

        _chain.As(Authority, () => Hnt.SetMintBreaker(5, 60_000));
        Assert.Equal([new Proxies.Hnt.ParameterChangedEvent("mintBreakerThreshold", BigInteger.Parse("20547945205475"), 5),
            new Proxies.Hnt.ParameterChangedEvent("mintBreakerWindowMs", 86_400_000, 60_000)], Hnt.LastParameterChangedEvents);
        TestEngine.AssertFault(() => _chain.As(Authority, () => Hnt.SetMintBreaker(0, 60_000)), "The value is out of range for the mint breaker threshold.");

        _chain.As(Authority, () => Hnt.SetAuthority(Carol));
        Assert.Equal(new Proxies.Hnt.AuthorityChangedEvent(Authority, Carol), Hnt.LastAuthorityChangedEvents.Single());
        TestEngine.AssertFault(() => _chain.As(Authority, () => Hnt.Destroy()), "Only HNT's authority may do this.");
        TestEngine.AssertFault(() => _chain.As(Authority, () => Hnt.Update([], "{}")), "Only HNT's authority may do this.");
    }
}
