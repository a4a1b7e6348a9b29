using System.Globalization;
using Protocol.Services.PriceOracle.Options;
using Protocol.Services.PriceOracle.Sources;

namespace Protocol.Services.PriceOracle.Aggregation;

/// <summary>What the collector got from one source: a quote, or the reason there is none.</summary>
public sealed record FetchedQuote(IPriceSource Source, SourceQuote? Quote, DropReason? Failure, string? Detail, TimeSpan Latency, DateTimeOffset ReceivedAt);

/// <summary>
/// One round's price from the sources' quotes, a pure function of the quotes, the time and the options:
/// <list type="number">
/// <item>failed fetches keep their reason; a quote with a price ≤ 0 or a negative confidence is invalid;</item>
/// <item>stale: published longer ago than the source's max age (no publish time: the time of the answer);
/// from the future: stamped more than MaxClockSkewMs ahead;</item>
/// <item>outliers: m = weighted median, MAD = weighted median of |pᵢ − m|; drop |pᵢ − m| &gt; max(k·1.4826·MAD, m·MinOutlierBandBps/10⁴);</item>
/// <item>fewer than MinSources left: no price (fail closed);</item>
/// <item>price = the weighted median of what is left; confidence = √(Σ wᵢ((pᵢ − price)² + cᵢ²) / Σ wᵢ), the spread of the
/// live quotes around the price combined with each source's own ± where it has one (cᵢ = 0 otherwise);</item>
/// <item>a confidence above MaxConfidenceBps of the price: no price.</item>
/// </list>
/// </summary>
public static class PriceAggregator
{
    private const decimal E8 = 100_000_000m;

    public static PriceAggregate Aggregate(IReadOnlyList<FetchedQuote> fetched, DateTimeOffset now, AggregationOptions options)
    {
        var reports = new QuoteReport[fetched.Count];
        var candidates = new List<int>();
        for (int i = 0; i < fetched.Count; i++)
        {
            var f = fetched[i];
            var (reason, detail) = f.Failure is { } failure ? (failure, f.Detail) : Screen(f, now, options);
            reports[i] = Report(f, reason, detail);
            if (reason is null) candidates.Add(i);
        }

        var live = new List<int>();
        if (candidates.Count > 0)
        {
            var items = candidates.Select(i => (fetched[i].Quote!.Price, fetched[i].Source.Weight)).ToArray();
            var median = RobustStats.WeightedMedian(items);
            var mad = RobustStats.MedianAbsoluteDeviation(items, median);
            var band = Math.Max(options.OutlierMadK * RobustStats.MadToSigma * mad, median * options.MinOutlierBandBps / 10_000m);
            foreach (var i in candidates)
            {
                var deviation = Math.Abs(fetched[i].Quote!.Price - median);
                if (deviation <= band)
                {
                    live.Add(i);
                    continue;
                }
                reports[i] = reports[i] with
                {
                    Dropped = DropReason.Outlier,
                    Detail = $"{Num(fetched[i].Quote!.Price)} is {Bps(deviation, median)} bps from the median {Num(median)}; the band is {Bps(band, median)} bps",
                };
            }
        }

        if (live.Count < options.MinSources)
        {
            var why = string.Join(", ", reports.Where(r => !r.Used).Select(r => $"{r.Source}: {Describe(r.Dropped!.Value)}"));
            return Invalid(now, $"{live.Count} of {fetched.Count} sources live, at least {options.MinSources} needed{(why.Length > 0 ? " (" + why + ")" : "")}", live.Count, options, reports);
        }

        var used = live.Select(i => (fetched[i].Quote!.Price, fetched[i].Source.Weight)).ToArray();
        var price = RobustStats.WeightedMedian(used);
        decimal weights = 0, spread = 0;
        foreach (var i in live)
        {
            var q = fetched[i].Quote!;
            var w = fetched[i].Source.Weight;
            var own = q.Confidence ?? 0m;
            weights += w;
            spread += w * ((q.Price - price) * (q.Price - price) + own * own);
        }
        var confidence = (decimal)Math.Sqrt((double)(spread / weights));
        long priceE8, confidenceE8;
        try
        {
            priceE8 = (long)Math.Round(price * E8, MidpointRounding.AwayFromZero);
            confidenceE8 = (long)Math.Ceiling(confidence * E8);
        }
        catch (OverflowException)
        {
            return Invalid(now, $"the price {Num(price)} does not fit the contract's 64-bit × 10^8 integers", live.Count, options, reports);
        }
        if (priceE8 <= 0) return Invalid(now, $"the price {Num(price)} rounds to 0 at 8 decimals", live.Count, options, reports);
        if (confidence * 10_000m > price * options.MaxConfidenceBps)
            return Invalid(now, $"the confidence {Num(confidence)} is {Bps(confidence, price)} bps of the price {Num(price)}, above the {options.MaxConfidenceBps} bps allowed",
                live.Count, options, reports);
        return new PriceAggregate(now, true, null, price, confidence, priceE8, confidenceE8, live.Count, options.MinSources, reports);
    }

    /// <summary>The checks of a quote on its own: valid numbers, not stale, not from the future.</summary>
    private static (DropReason?, string?) Screen(FetchedQuote f, DateTimeOffset now, AggregationOptions options)
    {
        var q = f.Quote!;
        if (q.Price <= 0) return (DropReason.InvalidPrice, $"the price {Num(q.Price)} is not positive");
        if (q.Confidence < 0) return (DropReason.InvalidPrice, $"the confidence {Num(q.Confidence.Value)} is negative");
        var published = q.PublishedAt ?? f.ReceivedAt;
        var age = now - published;
        if (age > f.Source.MaxAge)
            return (DropReason.Stale, $"published {Seconds(age)} s ago ({published:O}), more than the {Seconds(f.Source.MaxAge)} s allowed");
        if (-age > TimeSpan.FromMilliseconds(options.MaxClockSkewMs))
            return (DropReason.FromFuture, $"stamped {Seconds(-age)} s in the future ({published:O}), more than the {options.MaxClockSkewMs} ms of clock skew allowed");
        return (null, null);
    }

    private static QuoteReport Report(FetchedQuote f, DropReason? reason, string? detail) => new(
        f.Source.Name, f.Source.Kind.ToString(), f.Source.Weight, f.Quote?.Price, f.Quote?.Confidence,
        f.Quote is null ? null : f.Quote.PublishedAt ?? f.ReceivedAt, f.Latency.TotalMilliseconds, reason, detail);

    private static PriceAggregate Invalid(DateTimeOffset now, string failure, int live, AggregationOptions options, QuoteReport[] reports) =>
        new(now, false, failure, null, null, null, null, live, options.MinSources, reports);

    /// <summary>A drop reason as words ("http status", "from future").</summary>
    public static string Describe(DropReason reason) => reason switch
    {
        DropReason.HttpStatus => "HTTP error",
        DropReason.SourceError => "source error",
        DropReason.InvalidPrice => "invalid price",
        DropReason.FromFuture => "from the future",
        _ => reason.ToString().ToLowerInvariant(),
    };

    private static string Num(decimal value) => value.ToString("0.########", CultureInfo.InvariantCulture);

    private static string Bps(decimal part, decimal whole) => whole == 0 ? "∞" : (part * 10_000m / whole).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
}
