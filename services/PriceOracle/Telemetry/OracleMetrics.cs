using System.Diagnostics.Metrics;
using Protocol.Services.PriceOracle.Aggregation;

namespace Protocol.Services.PriceOracle.Telemetry;

/// <summary>
/// The service's instruments (meter "Protocol.Services.PriceOracle"), exported through OpenTelemetry:
/// price_oracle.source.latency (ms, by source and outcome), price_oracle.quotes.dropped (by source and reason),
/// price_oracle.rounds (by outcome), price_oracle.submissions (by state), and the gauges price_oracle.price (USD) and
/// price_oracle.sources.live of the last round.
/// </summary>
public sealed class OracleMetrics : IDisposable
{
    public const string MeterName = "Protocol.Services.PriceOracle";

    private readonly Meter _meter;
    private readonly Histogram<double> _latency;
    private readonly Counter<long> _dropped;
    private readonly Counter<long> _rounds;
    private readonly Counter<long> _submissions;
    private PriceAggregate? _last;

    public OracleMetrics(IMeterFactory factory)
    {
        _meter = factory.Create(MeterName);
        _latency = _meter.CreateHistogram<double>("price_oracle.source.latency", "ms", "Time a source took to answer (or to time out).");
        _dropped = _meter.CreateCounter<long>("price_oracle.quotes.dropped", "{quote}", "Quotes left out of a round, by source and reason.");
        _rounds = _meter.CreateCounter<long>("price_oracle.rounds", "{round}", "Aggregation rounds, by outcome (valid or invalid).");
        _submissions = _meter.CreateCounter<long>("price_oracle.submissions", "{transaction}", "Submission transactions by state reached (signed, confirmed, faulted, expired).");
        _meter.CreateObservableGauge("price_oracle.price", LastPrice, "USD", "The last valid round's price.");
        _meter.CreateObservableGauge<int>("price_oracle.sources.live", () => LiveSources, "{source}", "Live sources in the last round.");
    }

    private IEnumerable<Measurement<double>> LastPrice() =>
        _last?.Price is { } price ? [new Measurement<double>((double)price)] : [];

    public void Round(PriceAggregate aggregate)
    {
        if (aggregate.Valid) _last = aggregate;
        LiveSources = aggregate.LiveSources;
        _rounds.Add(1, new KeyValuePair<string, object?>("outcome", aggregate.Valid ? "valid" : "invalid"));
        foreach (var quote in aggregate.Quotes)
        {
            var outcome = quote.Dropped is { } r ? PriceAggregator.Describe(r) : "used";
            _latency.Record(quote.LatencyMs, new("source", quote.Source), new("outcome", outcome));
            if (quote.Dropped is { } reason)
                _dropped.Add(1, new KeyValuePair<string, object?>("source", quote.Source), new KeyValuePair<string, object?>("reason", reason.ToString()));
        }
    }

    /// <summary>Live sources in the last round, valid or not.</summary>
    public int LiveSources { get; private set; }

    public void Submission(string state) => _submissions.Add(1, new KeyValuePair<string, object?>("state", state));

    public void Dispose() => _meter.Dispose();
}
