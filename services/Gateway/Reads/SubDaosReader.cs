using System.Numerics;
using Protocol.Services.Gateway.Api;
using Protocol.Services.Gateway.Chain;

namespace Protocol.Services.Gateway.Reads;

/// <summary>
/// A subDAO now: its treasury's HNT, its token's supply, the veHNT delegated to it at the start of the current epoch
/// (VoteEscrow.delegatedVotingPower), the DC burned for it so far this epoch (DataCredits.dcBurned) and the onboarding
/// fees of its active devices (Dao.activeDeviceFees, the A term).
/// </summary>
public sealed record SubDaoView(long Id, string Symbol, string Token, string Treasury, string RewardsEscrow, long DelegatorShareBps,
    long FirstEpoch, long CurrentEpoch, TokenAmount TreasuryHnt, TokenAmount DntSupply, TokenAmount DelegatedVeHnt, TokenAmount DcBurnedThisEpoch,
    TokenAmount ActiveDeviceFeesDc);

/// <summary>
/// A closed epoch of a subDAO (Dao.epochResult: [utilityScore, hntToTreasury, dntToRewardsEscrow, dntToDelegators,
/// delegatedVp, dcBurned, activeDeviceFeesDc]). The utility score is fixed point × 10^12 per factor (10^36 for V·D·A), so
/// it is shown as an integer string; <see cref="UtilityShareBps"/> is its share of the epoch's summed scores.
/// </summary>
public sealed record SubDaoEpochView(long Epoch, string UtilityScore, long UtilityShareBps, TokenAmount HntToTreasury, TokenAmount DntToRewardsEscrow,
    TokenAmount DntToDelegators, TokenAmount DelegatedVeHnt, TokenAmount DcBurned, TokenAmount ActiveDeviceFeesDc);

public sealed record SubDaoDetailView(SubDaoView SubDao, IReadOnlyList<SubDaoEpochView> Epochs);

public sealed class SubDaosReader(ProtocolReader reader, SubDaoDirectory directory)
{
    public async Task<IReadOnlyList<SubDaoView>> AllAsync(CancellationToken ct = default)
    {
        var entries = await directory.AllAsync(ct);
        var epoch = (await reader.CallAsync(reader.Contracts.Dao, "currentEpoch")).Long();
        var c = reader.Contracts;
        var calls = entries.SelectMany(s => new ReadCall[]
        {
            new(c.Hnt, "balanceOf", s.Treasury), new(s.Token, "totalSupply"), new(c.VoteEscrow, "delegatedVotingPower", s.Id, epoch),
            new(c.DataCredits, "dcBurned", s.Id, epoch), new(c.Dao, "activeDeviceFees", s.Id),
        }).ToList();
        var r = await reader.BatchAsync(calls, ct);
        return entries.Select((s, k) => new SubDaoView(s.Id, s.Symbol, s.Token.ToString(), s.Treasury.ToString(), s.RewardsEscrow.ToString(),
            s.DelegatorShareBps, s.FirstEpoch, epoch, TokenAmount.Hnt(r[5 * k].Int()), TokenAmount.Of(r[5 * k + 1].Int(), s.Decimals),
            TokenAmount.Hnt(r[5 * k + 2].Int()), TokenAmount.Dc(r[5 * k + 3].Int()), TokenAmount.Dc(r[5 * k + 4].Int()))).ToList();
    }

    /// <summary>One subDAO with its closed epochs in the range (open ones are left out: they have no result yet).</summary>
    public async Task<SubDaoDetailView> OneAsync(string idOrSymbol, long? from, long? to, int maxEpochs, CancellationToken ct = default)
    {
        var entry = await directory.FindAsync(idOrSymbol, ct);
        var all = await AllAsync(ct);
        var view = all.Single(s => s.Id == entry.Id);
        var dao = reader.Contracts.Dao;
        var firstEpoch = (await reader.CallAsync(dao, "firstEpoch")).Long();
        var (first, last) = EpochRange.Resolve(from, to, Math.Max(firstEpoch, entry.FirstEpoch), view.CurrentEpoch, maxEpochs);
        var epochs = new List<SubDaoEpochView>();
        if (first > last) return new SubDaoDetailView(view, epochs);
        var ids = all.Select(s => s.Id).ToList();
        var calls = new List<ReadCall>();
        for (long e = first; e <= last; e++)
            foreach (var id in ids) calls.Add(new ReadCall(dao, "epochResult", id, new BigInteger(e)));
        var results = await reader.BatchAsync(calls, ct);
        int self = ids.IndexOf(entry.Id);
        for (int i = 0; i * ids.Count < results.Count; i++)
        {
            var row = results.Skip(i * ids.Count).Take(ids.Count).Select(x => x.Items()).ToList();
            var r = row[self];
            if (r.Count == 0) continue;
            var total = row.Where(x => x.Count > 0).Aggregate(BigInteger.Zero, (sum, x) => sum + x[0].Int());
            var score = r[0].Int();
            epochs.Add(new SubDaoEpochView(first + i, score.ToString(), total.IsZero ? 0 : (long)(score * 10_000 / total), TokenAmount.Hnt(r[1].Int()),
                TokenAmount.Of(r[2].Int(), view.DntSupply.Decimals), TokenAmount.Of(r[3].Int(), view.DntSupply.Decimals), TokenAmount.Hnt(r[4].Int()),
                TokenAmount.Dc(r[5].Int()), TokenAmount.Dc(r[6].Int())));
        }
        return new SubDaoDetailView(view, epochs);
    }
}
