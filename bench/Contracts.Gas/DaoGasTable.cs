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

        foreach (var positions in new[] { 10, 10_000 })
            rows.Add(new("Dao.closeEpoch", CloseWithDelegatedPositions(positions), $"{positions:N0} positions delegated to IOT"));
        return rows;
    }

    /// <summary>The close of an epoch at whose start <paramref name="count"/> positions are delegated to IOT: the Dao reads one total per subDAO.</summary>
    private static long CloseWithDelegatedPositions(int count)
    {
        const long OneHnt = 100_000_000;
        var chain = DaoChain.Create();
        var genesis = chain.Dao.FirstEpoch;
        chain.Fund(Alice, count * OneHnt);
        for (int i = 0; i < count; i++)
        {
            chain.As(Alice, () => chain.Hnt.Transfer(Alice, chain.VoteEscrow.Hash, OneHnt, new object[] { i % 2, 30 + i % 1000 }));
            var id = chain.VoteEscrow.LastPositionCreatedEvents.Single().PositionId!;
            chain.As(Alice, () => chain.VoteEscrow.Delegate(id, Iot));
        }
        chain.AdvanceToEpoch(genesis + 2);
        chain.Dao.CloseEpoch(genesis);
        chain.Dao.CloseEpoch(genesis + 1);
        long fee = chain.Engine.LastFeeConsumed;
        if (chain.Result(Iot, genesis + 1)[4] <= 0) throw new InvalidOperationException("The positions were not counted.");
        return fee;
    }
}
