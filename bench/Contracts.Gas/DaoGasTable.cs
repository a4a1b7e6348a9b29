using Protocol.Contracts.Tests;
using static Protocol.Contracts.Tests.ProtocolChain;

namespace Protocol.Bench.Contracts;

/// <summary>
/// The DAO's calls on a bootstrapped protocol (IOT and MOBILE registered, 1-hour epochs): the system fee of each
/// invocation as the engine charges it.
/// </summary>
public sealed class DaoGasTable : IGasTable
{
    public string Name => "dao";

    public IReadOnlyList<GasRow> Measure()
    {
        var chain = DaoChain.Create();
        var genesis = chain.Dao.FirstEpoch;
        var rows = new List<GasRow>();
        long Fee() => chain.Engine.LastFeeConsumed;

        chain.AdvanceToEpoch(genesis + 1);
        chain.Dao.CloseEpoch(genesis);
        rows.Add(new("Dao.closeEpoch", Fee(), "two subDAOs: scores, HNT to both treasuries, DNT to both escrows"));
        chain.Dao.CloseEpoch(genesis);
        rows.Add(new("Dao.closeEpoch", Fee(), "an epoch already closed (nothing happens)"));
        chain.Dao.Crank();
        rows.Add(new("Dao.crank", Fee(), "nothing due"));
        chain.AdvanceToEpoch(genesis + 2);
        chain.Dao.Crank();
        rows.Add(new("Dao.crank", Fee(), "closes the previous epoch"));
        chain.As(Authority, () => chain.Dao.AdjustActiveDeviceFees(Iot, 4_000_000));
        rows.Add(new("Dao.adjustActiveDeviceFees", Fee(), "by the subDAO's active-device authority"));

        var iot = chain.Treasury("IOT");
        var supply = chain.Token("IOT").TotalSupply;
        chain.As(Authority, () => iot.Redeem(Authority, supply / 100, 0));
        rows.Add(new("Treasury.redeem", Fee(), "k = 0, 1% of the supply; cranks the DAO first (nothing due)"));
        chain.As(Authority, () => iot.SetCurve(2));
        chain.As(Authority, () => iot.Redeem(Authority, supply / 100, 0));
        rows.Add(new("Treasury.redeem", Fee(), "k = 2"));
        _ = iot.QuoteRedeem(supply / 100);
        rows.Add(new("Treasury.quoteRedeem", Fee(), "read-only, k = 2"));
        return rows;
    }
}
