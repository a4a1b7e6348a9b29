using System.Numerics;
using Protocol.Services.Gateway.Api;
using Protocol.Services.Gateway.Chain;

namespace Protocol.Services.Gateway.Reads;

/// <summary>
/// One epoch of the Dao (epochSummary: [scheduled, reEmission, carriedIn, issued, carriedOut, clamped], null while open).
/// <see cref="IssuedCumulative"/> sums <c>issued</c> over the closed epochs of the answer from its first epoch on.
/// </summary>
public sealed record EpochView(long Epoch, long StartMs, long EndMs, bool Closed, TokenAmount? Scheduled, TokenAmount? ReEmission,
    TokenAmount? CarriedIn, TokenAmount? Issued, TokenAmount? CarriedOut, bool? Clamped, TokenAmount IssuedCumulative);

/// <summary>
/// HNT now (supply, burned, cap), the Dao's net-emission state (emissions(): smoothed burn, HNT burned at the last close,
/// carried remainder, ended) and the epoch clock.
/// </summary>
public sealed record EconomyView(long CurrentEpoch, long FirstEpoch, long EpochLengthSeconds, long ChainTimeMs, TokenAmount HntSupply,
    TokenAmount HntBurned, TokenAmount HntMaxSupply, TokenAmount SmoothedBurn, TokenAmount BurnedAtLastClose, TokenAmount Carried,
    bool EmissionsEnded, TokenAmount NetEmissionsCap);

public sealed record EpochsView(EconomyView Economy, IReadOnlyList<EpochView> Epochs);

public sealed class EpochsReader(ProtocolReader reader)
{
    public async Task<EconomyView> EconomyAsync(CancellationToken ct = default)
    {
        var c = reader.Contracts;
        var r = await reader.BatchAsync(
        [
            new(c.Dao, "currentEpoch"), new(c.Dao, "firstEpoch"), new(c.Dao, "epochLengthSeconds"), new(c.Hnt, "totalSupply"),
            new(c.Hnt, "totalBurned"), new(c.Hnt, "maxSupply"), new(c.Dao, "emissions"), new(c.Dao, "netEmissionsCap"),
        ], ct);
        var tip = await reader.TipAsync(ct);
        var e = r[6].Ints();
        return new EconomyView(r[0].Long(), r[1].Long(), r[2].Long(), (long)tip.TimeMs, TokenAmount.Hnt(r[3].Int()), TokenAmount.Hnt(r[4].Int()),
            TokenAmount.Hnt(r[5].Int()), TokenAmount.Hnt(e[0]), TokenAmount.Hnt(e[1]), TokenAmount.Hnt(e[2]), e[3] != 0, TokenAmount.Hnt(r[7].Int()));
    }

    public async Task<EpochsView> ReadAsync(long? from, long? to, int maxEpochs, CancellationToken ct = default)
    {
        var economy = await EconomyAsync(ct);
        var (first, last) = EpochRange.Resolve(from, to, economy.FirstEpoch, economy.CurrentEpoch, maxEpochs);
        var epochs = new List<EpochView>();
        if (first <= last)
        {
            var summaries = await reader.BatchAsync(Enumerable.Range(0, (int)(last - first + 1))
                .Select(i => new ReadCall(reader.Contracts.Dao, "epochSummary", new BigInteger(first + i))).ToList(), ct);
            BigInteger cumulative = 0;
            long length = economy.EpochLengthSeconds * 1000;
            for (int i = 0; i < summaries.Count; i++)
            {
                long epoch = first + i;
                var s = summaries[i].Items();
                bool closed = s.Count > 0;
                if (closed) cumulative += s[3].Int();
                epochs.Add(new EpochView(epoch, epoch * length, (epoch + 1) * length, closed, Hnt(s, 0), Hnt(s, 1), Hnt(s, 2), Hnt(s, 3), Hnt(s, 4),
                    closed ? s[5].Bool() : null, TokenAmount.Hnt(cumulative)));
            }
        }
        return new EpochsView(economy, epochs);
    }

    private static TokenAmount? Hnt(IReadOnlyList<Toolchain.Vm.Types.StackItem> s, int i) => s.Count > i ? TokenAmount.Hnt(s[i].Int()) : null;
}
