using Protocol.Contracts.Tests;
using static Protocol.Contracts.Tests.ProtocolChain;

namespace Protocol.Bench.Contracts;

/// <summary>
/// The burn-and-mint core's everyday calls on a freshly deployed and bootstrapped protocol (PROTOCOL.md defaults, the Dao
/// cranking, five oracles posting $5.00): the system fee of each invocation as the engine charges it (the network fee of
/// the transaction around it depends on its witnesses and size, not on the contract).
/// </summary>
public sealed class CoreGasTable : IGasTable
{
    private static readonly byte[] Router = "router-1"u8.ToArray();

    public string Name => "core";

    public IReadOnlyList<GasRow> Measure()
    {
        var chain = DaoChain.Create();
        chain.PostPrice(500_000_000, 0);
        chain.Fund(Alice, 100_000_000_000);
        var rows = new List<GasRow>();
        long Fee() => chain.Engine.LastFeeConsumed;

        chain.Advance(TimeSpan.FromSeconds(15));
        chain.As(Oracles[0], () => chain.PriceFeed.SubmitPrice(Oracles[0], 500_100_000, 100_000, chain.Engine.Timestamp));
        rows.Add(new("PriceFeed.submitPrice", Fee(), "an oracle's second submission (updates its slot)"));
        _ = chain.PriceFeed.CurrentPrice;
        rows.Add(new("PriceFeed.currentPrice", Fee(), "read-only, five fresh submissions"));

        chain.As(Alice, () => chain.Hnt.Transfer(Alice, Bob, 1_000_000_000, null));
        rows.Add(new("Hnt.transfer", Fee(), "to a new holder"));
        chain.As(Alice, () => chain.Hnt.Transfer(Alice, Bob, 1_000_000_000, null));
        rows.Add(new("Hnt.transfer", Fee(), "to an existing holder"));

        chain.BuyDc(Alice, 100_000_000, Alice);
        rows.Add(new("buy DC (Hnt.transfer to DataCredits)", Fee(), "1 HNT, recipient in data; burns the HNT, mints 500,000 DC"));
        chain.BuyDc(Alice, 200, new object[] { Bob, 1 });
        rows.Add(new("buy exact DC (Hnt.transfer to DataCredits)", Fee(), "[recipient, 1 DC]: charges the ceil quote, 200 bones"));
        _ = chain.DataCredits.QuoteDcForHnt(100_000_000);
        rows.Add(new("DataCredits.quoteDcForHnt", Fee(), "read-only"));

        chain.As(Alice, () => chain.DataCredits.Delegate(Alice, Iot, Router, 100_000));
        rows.Add(new("DataCredits.delegate", Fee(), "into a new escrow"));
        chain.As(Alice, () => chain.DataCredits.Delegate(Alice, Iot, Router, 100_000));
        rows.Add(new("DataCredits.delegate", Fee(), "into an existing escrow"));
        chain.As(IotBurnAuthority, () => chain.DataCredits.BurnDelegated(Iot, Router, 50_000));
        rows.Add(new("DataCredits.burnDelegated", Fee(), "by the subDAO's burn authority; adds to dcBurned(subDao, epoch)"));
        chain.As(Alice, () => chain.DataCredits.BurnWithoutTracking(Alice, 1_000));
        rows.Add(new("DataCredits.burnWithoutTracking", Fee(), "by the owner"));
        return rows;
    }
}
