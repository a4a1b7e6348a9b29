using System.Numerics;
using Protocol.Services.Gateway.Api;
using Protocol.Services.Gateway.Chain;
using Protocol.Toolchain.Chain.Client;

namespace Protocol.Services.Gateway.Reads;

/// <summary>One oracle's last submission (PriceFeed.submissionOf: [priceE8, confE8, timestampMs, flagged, oracle]).</summary>
public sealed record OracleSubmissionView(AccountView Oracle, TokenAmount? Price, TokenAmount? Confidence, long? TimestampMs, bool? Flagged, bool Fresh);

/// <summary>
/// The HNT/USD price of the feed (USD × 10^8, shown with 8 decimals): the median of the fresh submissions, its
/// confidence, the conservative price Data Credits mints at (price − 2·confidence), and the quorum (more than half of the
/// oracle set fresh). Without a quorum <see cref="Price"/> is null and <see cref="Problem"/> carries the feed's message.
/// </summary>
public sealed record PriceView(TokenAmount? Price, TokenAmount? Confidence, TokenAmount? ConservativePrice, long? OldestFreshTimestampMs,
    QuorumView Quorum, long MaxAgeMs, long MaxDeviationBps, long ChainTimeMs, string? Problem, IReadOnlyList<OracleSubmissionView> Oracles);

public sealed record QuorumView(int Fresh, int Oracles, int Needed, bool Met);

public sealed class PriceReader(ProtocolReader reader)
{
    public async Task<PriceView> ReadAsync(CancellationToken ct = default)
    {
        var feed = reader.Contracts.PriceFeed;
        var r = await reader.BatchAsync([new(feed, "oracles"), new(feed, "maxAge"), new(feed, "maxDeviation")], ct);
        var oracles = r[0].Items().Select(o => o.Hash()!).ToList();
        long maxAge = r[1].Long();
        var submissions = await reader.BatchAsync(oracles.Select(o => new ReadCall(feed, "submissionOf", o)).ToList(), ct);
        var tip = await reader.TipAsync(ct);
        long now = (long)tip.TimeMs;
        var views = oracles.Select((o, i) =>
        {
            var s = submissions[i].Items();
            if (s.Count == 0) return new OracleSubmissionView(AccountView.Of(o, reader.AddressVersion), null, null, null, null, false);
            long ts = s[2].Long();
            return new OracleSubmissionView(AccountView.Of(o, reader.AddressVersion), TokenAmount.Hnt(s[0].Int()), TokenAmount.Hnt(s[1].Int()), ts,
                s[3].Bool(), now - ts <= maxAge);
        }).ToList();
        int fresh = views.Count(v => v.Fresh);
        var quorum = new QuorumView(fresh, oracles.Count, oracles.Count / 2 + 1, fresh > oracles.Count / 2);
        try
        {
            var price = await reader.BatchAsync([new(feed, "currentPrice"), new(feed, "conservativePrice")], ct);
            var p = price[0].Ints();
            return new PriceView(TokenAmount.Hnt(p[0]), TokenAmount.Hnt(p[1]), TokenAmount.Hnt(price[1].Int()), (long)p[2],
                quorum with { Fresh = (int)p[3], Met = true }, maxAge, r[2].Long(), now, null, views);
        }
        catch (InvocationFaultException ex)
        {
            return new PriceView(null, null, null, null, quorum with { Met = false }, maxAge, r[2].Long(), now, ex.VmException, views);
        }
    }
}
