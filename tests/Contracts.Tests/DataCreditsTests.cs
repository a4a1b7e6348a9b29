using System.Numerics;
using System.Security.Cryptography;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Testing;
using static Protocol.Contracts.Tests.ProtocolChain;

namespace Protocol.Contracts.Tests;

/// <summary>Data Credits: buying at the conservative price with exact rounding, quotes, escrows, burns, no transfer, authority.</summary>
public class DataCreditsTests
{
    private const long OneHnt = 100_000_000;
    private static readonly byte[] Router = "oui-42"u8.ToArray();

    private readonly ProtocolChain _chain = Create();

    private Proxies.DataCredits Dc => _chain.DataCredits;

    /// <summary>$5.00 with zero confidence from every oracle: the worked example of PROTOCOL.md.</summary>
    private void FiveDollars() => _chain.PostPrice(500_000_000, 0);

    [Fact]
    public void One_hnt_buys_exactly_500000_dc_at_five_dollars()
    {
        FiveDollars();
        _chain.MintHnt(Alice, 10 * OneHnt);
        Assert.Equal(500_000, Dc.QuoteDcForHnt(OneHnt));
        Assert.True(_chain.BuyDc(Alice, OneHnt));
        Assert.Equal(new Proxies.DataCredits.MintedEvent(Alice, Alice, OneHnt, 500_000, 500_000_000), Dc.LastMintedEvents.Single());
        Assert.Equal(500_000, Dc.BalanceOf(Alice));
        Assert.Equal(500_000, Dc.TotalSupply);
        // The HNT paid is burned, not held.
        Assert.Equal(9 * OneHnt, _chain.Hnt.BalanceOf(Alice));
        Assert.Equal(0, _chain.Hnt.BalanceOf(Dc.Hash));
        Assert.Equal(9 * OneHnt, _chain.Hnt.TotalSupply);
    }

    [Fact]
    public void Buying_exactly_one_dc_charges_200_bones_rounded_in_the_protocols_favour()
    {
        FiveDollars();
        _chain.MintHnt(Alice, OneHnt);
        Assert.Equal(200, Dc.QuoteHntForDc(1));
        Assert.True(_chain.BuyDc(Alice, 200, new object[] { Bob, 1 }));
        Assert.Equal(1, Dc.BalanceOf(Bob));
        Assert.Equal(0, Dc.BalanceOf(Alice));
        // 199 bones buy 0.995 DC: rounded down to nothing, so the purchase is refused rather than taken for free.
        TestEngine.AssertFault(() => _chain.BuyDc(Alice, 199), "The HNT sent buys less than 1 DC at the current price: 199 bones at 500000000.");
        // An exact purchase must send exactly the quote; nothing is refunded.
        TestEngine.AssertFault(() => _chain.BuyDc(Alice, 201, new object[] { Bob, 1 }), "The HNT sent does not match the exact-DC quote: 1 DC needs 200 bones, got 201.");
        // At $4.99999999 (not a divisor of 10^11) the exact price rounds up: ceil(3 × 10^11 / 499999999) = 601.
        _chain.Advance(TimeSpan.FromSeconds(1));
        _chain.PostPrice(499_999_999, 0);
        Assert.Equal(601, Dc.QuoteHntForDc(3));
        Assert.Equal(2, Dc.QuoteDcForHnt(601 - 200));
    }

    [Fact]
    public void The_conservative_price_subtracts_twice_the_confidence()
    {
        _chain.PostPrice(500_000_000, 50_000_000); // $5 ± $0.50: minting uses $4
        _chain.MintHnt(Alice, OneHnt);
        Assert.Equal(400_000, Dc.QuoteDcForHnt(OneHnt));
        _chain.BuyDc(Alice, OneHnt, Carol);
        Assert.Equal(400_000, Dc.BalanceOf(Carol));
    }

    [Fact]
    public void A_stale_or_uncertain_price_blocks_buying()
    {
        FiveDollars();
        _chain.MintHnt(Alice, OneHnt);
        _chain.Advance(TimeSpan.FromMinutes(11));
        TestEngine.AssertFault(() => _chain.BuyDc(Alice, OneHnt), "No fresh price quorum: 0 of 5");
        _chain.PostPrice(500_000_000, 250_000_000);
        TestEngine.AssertFault(() => _chain.BuyDc(Alice, OneHnt), "The price is not above twice its confidence");
        Assert.Equal(OneHnt, _chain.Hnt.BalanceOf(Alice)); // a refused purchase moves nothing
        TestEngine.AssertFault(() => _ = Dc.QuoteDcForHnt(OneHnt), "The price is not above twice its confidence");
    }

    [Fact]
    public void Only_hnt_buys_dc_and_purchase_data_is_checked()
    {
        FiveDollars();
        _chain.MintHnt(Alice, OneHnt);
        TestEngine.AssertFault(() => _chain.BuyDc(Alice, OneHnt, "not an account"u8.ToArray()), "Purchase data must be null, a recipient, or [recipient, dcWanted].");
        TestEngine.AssertFault(() => _chain.BuyDc(Alice, OneHnt, new object[] { Bob, 0 }), "The amount must be positive.");
        TestEngine.AssertFault(() => _chain.As(Alice, () => Dc.OnNEP17Payment(Alice, OneHnt)), "Data Credits accepts only HNT.");
        var validators = Genesis.ValidatorsAddress(_chain.Engine.Settings);
        TestEngine.AssertFault(() => _chain.As(validators, () => _chain.Engine.Invoke(NativeContracts.Gas.Hash, "transfer", validators, Dc.Hash, 1, null)),
            "Data Credits accepts only HNT.");
    }

    [Fact]
    public void Dc_has_no_transfer_and_never_claims_nep17()
    {
        var manifest = ContractManagement.GetContract(_chain.Engine.State, Dc.Hash)!.Manifest;
        Assert.Empty(manifest.SupportedStandards);
        Assert.DoesNotContain(manifest.Abi.Methods, m => m.Name is "transfer" or "approve" or "transferFrom");
        FiveDollars();
        _chain.MintHnt(Alice, OneHnt);
        _chain.BuyDc(Alice, OneHnt);
        var fault = Assert.Throws<TestFaultException>(() => _chain.As(Alice, () => _chain.Engine.Invoke(Dc.Hash, "transfer", Alice, Bob, 1, null)));
        Assert.Contains("transfer", fault.Message);
        Assert.Equal(0, Dc.BalanceOf(Bob));
    }

    [Fact]
    public void Delegated_dc_sits_in_a_router_escrow_and_only_the_burn_authority_burns_it()
    {
        FiveDollars();
        _chain.MintHnt(Alice, OneHnt);
        _chain.BuyDc(Alice, OneHnt);
        TestEngine.AssertFault(() => _chain.As(Bob, () => Dc.Delegate(Alice, Iot, Router, 10)), "The owner's witness is missing.");
        TestEngine.AssertFault(() => _chain.As(Alice, () => Dc.Delegate(Alice, 2, Router, 10)), "The subDAO has no DC burn authority.");
        TestEngine.AssertFault(() => _chain.As(Alice, () => Dc.Delegate(Alice, Iot, [], 10)), "The router key must not be empty.");
        TestEngine.AssertFault(() => _chain.As(Alice, () => Dc.Delegate(Alice, Iot, Router, 0)), "The amount must be positive.");
        TestEngine.AssertFault(() => _chain.As(Alice, () => Dc.Delegate(Alice, Iot, Router, 500_001)), "The DC balance is too low: 500000 < 500001.");
        _chain.As(Alice, () => Dc.Delegate(Alice, Iot, Router, 300_000));
        Assert.Equal(new Proxies.DataCredits.DelegatedEvent(Alice, Iot, SHA256.HashData(Router), 300_000), Dc.LastDelegatedEvents.Single());
        Assert.Equal(200_000, Dc.BalanceOf(Alice));
        Assert.Equal(300_000, Dc.DelegatedBalance(Iot, Router));
        Assert.Equal(500_000, Dc.TotalSupply); // escrowed DC is still in circulation

        TestEngine.AssertFault(() => _chain.As(Alice, () => Dc.BurnDelegated(Iot, Router, 1)), "Only the subDAO's DC burn authority may burn delegated DC.");
        TestEngine.AssertFault(() => _chain.As(IotBurnAuthority, () => Dc.BurnDelegated(Iot, Router, 300_001)), "The delegated DC balance is too low: 300000 < 300001.");
        var epoch = Dc.Epoch;
        _chain.As(IotBurnAuthority, () => Dc.BurnDelegated(Iot, Router, 100_000));
        Assert.Equal(new Proxies.DataCredits.DelegatedBurnedEvent(Iot, SHA256.HashData(Router), 100_000, epoch), Dc.LastDelegatedBurnedEvents.Single());
        _chain.Advance(TimeSpan.FromHours(1)); // the test epoch is one hour
        _chain.As(IotBurnAuthority, () => Dc.BurnDelegated(Iot, Router, 150_000));
        Assert.Equal(100_000, Dc.DcBurned(Iot, epoch));
        Assert.Equal(150_000, Dc.DcBurned(Iot, epoch + 1));
        Assert.Equal(50_000, Dc.DelegatedBalance(Iot, Router));
        Assert.Equal(250_000, Dc.TotalSupply);
    }

    [Fact]
    public void Untracked_burns_need_the_owner_or_an_authorised_protocol_contract()
    {
        FiveDollars();
        _chain.MintHnt(Alice, OneHnt);
        _chain.BuyDc(Alice, OneHnt);
        TestEngine.AssertFault(() => _chain.As(Bob, () => Dc.BurnWithoutTracking(Alice, 1)), "The owner's witness is missing.");
        _chain.As(Alice, () => Dc.BurnWithoutTracking(Alice, 1_000));
        Assert.Equal(new Proxies.DataCredits.BurnedEvent(Alice, 1_000, Alice), Dc.LastBurnedEvents.Single());
        TestEngine.AssertFault(() => _chain.As(Alice, () => Dc.BurnWithoutTracking(Alice, 499_001)), "The DC balance is too low: 499000 < 499001.");

        var charger = TestContracts.Deploy(_chain.Engine, TestContracts.FeeCharger);
        TestEngine.AssertFault(() => _chain.As(Bob, () => _chain.Engine.Invoke(charger, "charge", Dc.Hash, Alice, 4_000)), "The owner's witness is missing.");
        TestEngine.AssertFault(() => _chain.As(Alice, () => Dc.SetBurner(charger, true)), "Only Data Credits' authority may do this.");
        _chain.As(Authority, () => Dc.SetBurner(charger, true));
        Assert.True(Dc.IsBurner(charger));
        _chain.As(Bob, () => _chain.Engine.Invoke(charger, "charge", Dc.Hash, Alice, 4_000));
        Assert.Equal(new Proxies.DataCredits.BurnedEvent(Alice, 4_000, charger), Dc.LastBurnedEvents.Single());
        Assert.Equal(495_000, Dc.BalanceOf(Alice));
        Assert.Equal(495_000, Dc.TotalSupply);
        Assert.Equal(0, Dc.DcBurned(Iot, Dc.Epoch)); // fees are not usage
    }

    [Fact]
    public void The_mint_breaker_limits_dc_per_window_and_recovers()
    {
        var chain = Create(TestConfig with { DcMintBreakerThreshold = 1_000_000, DcMintBreakerWindowMs = 3_600_000 });
        chain.PostPrice(500_000_000, 0);
        chain.MintHnt(Alice, 10 * OneHnt);
        chain.BuyDc(Alice, 2 * OneHnt);                               // 1,000,000 DC: the whole window
        TestEngine.AssertFault(() => chain.BuyDc(Alice, 200), "Circuit breaker tripped: 1000001 in the window would exceed 1000000.");
        chain.Advance(TimeSpan.FromMinutes(6));                         // a tenth of the window: 900,000 still counted
        chain.PostPrice(500_000_000, 0);
        chain.BuyDc(Alice, 20_000_000);                                 // 100,000 DC fits exactly
        TestEngine.AssertFault(() => chain.BuyDc(Alice, 200), "Circuit breaker tripped");
        chain.Advance(TimeSpan.FromHours(1));
        chain.PostPrice(500_000_000, 0);
        chain.BuyDc(Alice, 2 * OneHnt);
        Assert.Equal(2_100_000, chain.DataCredits.BalanceOf(Alice));
    }

    [Fact]
    public void The_registrar_takes_over_burn_authorities_and_every_setting_has_its_guard()
    {
        TestEngine.AssertFault(() => _chain.As(Alice, () => Dc.SetBurnAuthority(2, Bob)), "Only Data Credits' authority may do this.");
        TestEngine.AssertFault(() => _chain.As(Authority, () => Dc.SetBurnAuthority(0, Bob)), "The subDAO id must be between 1 and 65535.");
        _chain.As(Authority, () => Dc.SetRegistrar(Carol));
        TestEngine.AssertFault(() => _chain.As(Authority, () => Dc.SetBurnAuthority(2, Bob)), "Only the subDAO registry may set burn authorities.");
        _chain.As(Carol, () => Dc.SetBurnAuthority(2, Bob));
        Assert.Equal(new Proxies.DataCredits.BurnAuthorityChangedEvent(2, null, Bob), Dc.LastBurnAuthorityChangedEvents.Single());
        Assert.Equal(Bob, Dc.BurnAuthorityOf(2));

        TestEngine.AssertFault(() => _chain.As(Alice, () => Dc.SetPriceFeed(Bob)), "Only Data Credits' authority may do this.");
        TestEngine.AssertFault(() => _chain.As(Alice, () => Dc.SetMintBreaker(1, 1000)), "Only Data Credits' authority may do this.");
        TestEngine.AssertFault(() => _chain.As(Authority, () => Dc.SetMintBreaker(1, 999)), "The value is out of range for the mint breaker window.");
        _chain.As(Authority, () => Dc.SetAuthority(Bob));
        Assert.Equal(new Proxies.DataCredits.AddressChangedEvent("authority", Authority, Bob), Dc.LastAddressChangedEvents.Single());
        TestEngine.AssertFault(() => _chain.As(Authority, () => Dc.Destroy()), "Only Data Credits' authority may do this.");
    }
}
