using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Protocol.Services.PriceOracle.Aggregation;
using Protocol.Services.PriceOracle.Sources;

namespace Protocol.Services.PriceOracle.Collection;

/// <summary>
/// Asks every source at once, each under its own timeout, and turns whatever happens into a <see cref="FetchedQuote"/>:
/// a quote, or the reason there is none (timeout, HTTP error, malformed answer, an exception the adapter did not expect).
/// Nothing but the caller's own cancellation escapes, so one bad source never stops a round.
/// </summary>
public sealed class QuoteCollector(IReadOnlyList<IPriceSource> sources, TimeProvider clock, ILogger<QuoteCollector> logger)
{
    public IReadOnlyList<IPriceSource> Sources { get; } = sources;

    public async Task<IReadOnlyList<FetchedQuote>> CollectAsync(CancellationToken ct) =>
        await Task.WhenAll(Sources.Select(s => FetchAsync(s, ct))).ConfigureAwait(false);

    private async Task<FetchedQuote> FetchAsync(IPriceSource source, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(source.Timeout);
        try
        {
            var quote = await source.FetchAsync(timeout.Token).ConfigureAwait(false);
            return new FetchedQuote(source, quote, null, null, Stopwatch.GetElapsedTime(started), clock.GetUtcNow());
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return Failed(source, DropReason.Timeout, $"no answer within {source.Timeout.TotalMilliseconds:0} ms", started);
        }
        catch (SourceException ex)
        {
            return Failed(source, ex.Reason, ex.Message, started);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Source {Source} failed unexpectedly", source.Name);
            return Failed(source, DropReason.SourceError, $"{ex.GetType().Name}: {ex.Message}", started);
        }
    }

    private FetchedQuote Failed(IPriceSource source, DropReason reason, string detail, long started) =>
        new(source, null, reason, detail, Stopwatch.GetElapsedTime(started), clock.GetUtcNow());
}
