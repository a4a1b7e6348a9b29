using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Protocol.Services.PriceOracle.Aggregation;
using Protocol.Services.PriceOracle.Options;
using Protocol.Services.PriceOracle.Submission;
using Protocol.Services.PriceOracle.Telemetry;

namespace Protocol.Services.PriceOracle.Collection;

/// <summary>
/// Every Aggregation:IntervalMs: collect the quotes, aggregate them, publish the round (status, metrics, log) and hand a
/// valid one to the submitter (absent when Submission:Enabled is false). A failing round is logged and the loop goes on;
/// only the host's stopping token ends it.
/// </summary>
public sealed class OracleLoop(
    QuoteCollector collector, OracleStatus status, OracleMetrics metrics, IOptions<PriceOracleOptions> options, TimeProvider clock,
    ILogger<OracleLoop> logger, PriceSubmitter? submitter = null) : BackgroundService
{
    private readonly AggregationOptions _aggregation = options.Value.Aggregation;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMilliseconds(_aggregation.IntervalMs);
        var slowest = collector.Sources.Count == 0 ? TimeSpan.Zero : collector.Sources.Max(s => s.Timeout);
        status.StaleAfter = 3 * interval + slowest + TimeSpan.FromSeconds(10);
        using var timer = new PeriodicTimer(interval, clock);
        try
        {
            do await RunRoundAsync(stoppingToken).ConfigureAwait(false);
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>One round; never throws but for cancellation.</summary>
    public async Task<PriceAggregate?> RunRoundAsync(CancellationToken ct)
    {
        try
        {
            var fetched = await collector.CollectAsync(ct).ConfigureAwait(false);
            var aggregate = PriceAggregator.Aggregate(fetched, clock.GetUtcNow(), _aggregation);
            status.Publish(aggregate);
            metrics.Round(aggregate);
            Log(aggregate);
            if (submitter is not null) await submitter.OnRoundAsync(aggregate, ct).ConfigureAwait(false);
            return aggregate;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            logger.LogError(ex, "Aggregation round failed");
            return null;
        }
    }

    private void Log(PriceAggregate aggregate)
    {
        foreach (var quote in aggregate.Quotes.Where(q => !q.Used))
            logger.LogInformation("Source {Source} dropped ({Reason}): {Detail}", quote.Source, quote.Dropped, quote.Detail);
        if (aggregate.Valid)
            logger.LogInformation("Price {Price} ± {Confidence} USD from {Live} of {Total} sources", aggregate.Price, aggregate.Confidence,
                aggregate.LiveSources, aggregate.Quotes.Count);
        else
            logger.LogWarning("No price this round: {Failure}", aggregate.Failure);
    }
}
