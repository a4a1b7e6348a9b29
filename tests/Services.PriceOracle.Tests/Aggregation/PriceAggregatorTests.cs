using Protocol.Services.PriceOracle.Aggregation;
using Protocol.Services.PriceOracle.Options;
using Protocol.Services.PriceOracle.Sources;

namespace Protocol.Services.PriceOracle.Tests.Aggregation;

/// <summary>The aggregation rules on hand-made quotes: weights, confidence, the outlier floor, clock skew and the confidence cap.</summary>
public class PriceAggregatorTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_767_225_600);

    private sealed class Source(string name, decimal weight = 1m) : IPriceSource
    {
        public string Name => name;
        public SourceKind Kind => SourceKind.Json;
        public decimal Weight => weight;
        public TimeSpan Timeout => TimeSpan.FromSeconds(1);
        public TimeSpan MaxAge => TimeSpan.FromMinutes(1);
        public Task<SourceQuote> FetchAsync(CancellationToken ct) => throw new NotSupportedException();
    }

    private static FetchedQuote Quote(string name, decimal price, decimal? conf = null, decimal weight = 1m, TimeSpan age = default) =>
        new(new Source(name, weight), new SourceQuote(price, conf, Now - age), null, null, TimeSpan.FromMilliseconds(5), Now);

    [Fact]
    public void Weighted_median_follows_the_weight()
    {
        var a = PriceAggregator.Aggregate([Quote("a", 5.00m, weight: 3), Quote("b", 5.01m), Quote("c", 5.02m)], Now, new AggregationOptions());
        Assert.Equal(5.00m, a.Price);
    }

    [Fact]
    public void Confidence_combines_spread_and_each_sources_own()
    {
        var a = PriceAggregator.Aggregate([Quote("a", 5m, conf: 0.03m), Quote("b", 5m, conf: 0.04m)], Now, new AggregationOptions());
        // √((0.03² + 0.04²) / 2) = √0.00125
        Assert.Equal(Math.Sqrt(0.00125), (double)a.Confidence!.Value, 9);
        Assert.Equal(3_535_534, a.ConfidenceE8); // rounded up
    }

    [Fact]
    public void Agreeing_sources_keep_a_fair_quote_inside_the_minimum_band()
    {
        // MAD is 0, so k·MAD would drop 5.02; the 50 bps floor keeps it.
        var a = PriceAggregator.Aggregate([Quote("a", 5m), Quote("b", 5m), Quote("c", 5m), Quote("d", 5.02m)], Now, new AggregationOptions());
        Assert.Equal(4, a.LiveSources);
    }

    [Fact]
    public void A_quote_from_the_future_beyond_the_skew_is_dropped()
    {
        var a = PriceAggregator.Aggregate([Quote("a", 5m), Quote("b", 5m, age: TimeSpan.FromSeconds(-30))], Now, new AggregationOptions { MinSources = 1 });
        Assert.Equal(DropReason.FromFuture, a.Quotes[1].Dropped);
    }

    [Fact]
    public void A_confidence_above_the_cap_is_no_price()
    {
        var a = PriceAggregator.Aggregate([Quote("a", 5m, conf: 0.5m), Quote("b", 5m, conf: 0.5m)], Now, new AggregationOptions());
        Assert.False(a.Valid);
        Assert.Contains("above the 200 bps allowed", a.Failure);
    }

    [Fact]
    public void Non_positive_prices_are_invalid_not_outliers()
    {
        var a = PriceAggregator.Aggregate([Quote("a", 5m), Quote("b", 5m), Quote("c", 0m)], Now, new AggregationOptions());
        Assert.Equal(DropReason.InvalidPrice, a.Quotes[2].Dropped);
        Assert.True(a.Valid);
    }
}
