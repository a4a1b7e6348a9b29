using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Protocol.Services.Hosting;
using Protocol.Services.PriceOracle.Aggregation;
using Protocol.Services.PriceOracle.Collection;
using Protocol.Services.PriceOracle.Options;
using Protocol.Services.PriceOracle.Storage;
using Protocol.Services.PriceOracle.Telemetry;
using Protocol.Toolchain.Runtime.Payloads;

namespace Protocol.Services.PriceOracle.Submission;

/// <summary>
/// Turns valid rounds into PriceFeed submissions, one in flight at a time:
/// <list type="number">
/// <item>on the first round (and so after every restart) it reads the feed's last submission of this oracle and its own
/// pending rows;</item>
/// <item>a pending submission is settled before anything new is signed: found in a block → Confirmed or Faulted; past its
/// ValidUntilBlock → Expired; otherwise its stored bytes are broadcast again. A round is never signed twice;</item>
/// <item>when <see cref="SubmissionPolicy"/> says so, the round is stamped min(observed, last block's time) (the contract
/// refuses a timestamp after the block's; it must also beat the last one), tested, signed, stored durably, and only then
/// broadcast.</item>
/// </list>
/// Whatever goes wrong is recorded as the instance's submission problem (readiness says it) and retried next round.
/// </summary>
public sealed class PriceSubmitter(
    IPriceFeedChain chain, IOracleStore store, IOptions<PriceOracleOptions> options, OracleStatus status, OracleMetrics metrics,
    TimeProvider clock, ILogger<PriceSubmitter> logger)
{
    private readonly SubmissionOptions _options = options.Value.Submission;
    private LastSubmitted? _last;
    private bool _recovered;
    private string? _problem;

    public string Oracle { get; } = chain.Oracle.ToString();

    /// <summary>The last price this oracle is known to have on chain.</summary>
    public LastSubmitted? Last => _last;

    public async Task OnRoundAsync(PriceAggregate aggregate, CancellationToken ct)
    {
        _problem = null;
        try
        {
            if (!_recovered) await RecoverAsync(ct).ConfigureAwait(false);
            if (await SettlePendingAsync(ct).ConfigureAwait(false)
                && SubmissionPolicy.Decide(aggregate, _last, clock.GetUtcNow(), _options) is { } reason)
                await SubmitAsync(aggregate, reason, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            _problem = ex.Message;
            logger.LogWarning(ex, "Submission step failed: {Problem}", ex.Message);
        }
        status.SubmissionProblem = _problem;
    }

    private async Task RecoverAsync(CancellationToken ct)
    {
        var onChain = await chain.GetLastSubmissionAsync(ct).ConfigureAwait(false);
        var confirmed = await store.LastConfirmedAsync(Oracle, ct).ConfigureAwait(false);
        _last = onChain is null ? null : new LastSubmitted(onChain.PriceE8, onChain.TimestampMs);
        if (confirmed is not null && (_last is null || confirmed.RoundMs > _last.TimestampMs)) _last = new LastSubmitted(confirmed.PriceE8, confirmed.RoundMs);
        var pending = await store.PendingAsync(Oracle, ct).ConfigureAwait(false);
        foreach (var record in pending)
            logger.LogInformation("Recovered pending submission of round {Round} (tx {TxHash}, {State}): checking it, not signing again",
                record.RoundMs, record.TxHash, record.State);
        _recovered = true;
    }

    /// <summary>True when nothing is pending any more.</summary>
    private async Task<bool> SettlePendingAsync(CancellationToken ct)
    {
        bool settled = true;
        foreach (var record in await store.PendingAsync(Oracle, ct).ConfigureAwait(false))
            settled &= await SettleAsync(record, ct).ConfigureAwait(false);
        return settled;
    }

    private async Task<bool> SettleAsync(SubmissionRecord record, CancellationToken ct)
    {
        var tx = Transaction.Parse(Convert.FromBase64String(record.RawTx));
        if (await chain.FindAsync(tx.Hash, ct).ConfigureAwait(false) is { } found)
        {
            var state = found.Halted ? SubmissionState.Confirmed : SubmissionState.Faulted;
            await MoveAsync(record, state, found.BlockIndex, found.Halted ? $"in block {found.BlockIndex}" : $"FAULT in block {found.BlockIndex}: {found.Exception}", ct)
                .ConfigureAwait(false);
            if (found.Halted) _last = new LastSubmitted(record.PriceE8, record.RoundMs);
            else _problem = $"round {record.RoundMs} FAULTed: {found.Exception}";
            return true;
        }
        var tip = await chain.GetTipAsync(ct).ConfigureAwait(false);
        if (tip.Height >= record.ValidUntilBlock)
        {
            await MoveAsync(record, SubmissionState.Expired, null, $"in no block up to {record.ValidUntilBlock} (height {tip.Height})", ct).ConfigureAwait(false);
            return true;
        }
        return !await BroadcastAsync(record, tx, ct).ConfigureAwait(false);
    }

    private async Task SubmitAsync(PriceAggregate aggregate, string reason, CancellationToken ct)
    {
        var tip = await chain.GetTipAsync(ct).ConfigureAwait(false);
        var round = Math.Min(aggregate.ObservedAt.ToUnixTimeMilliseconds(), tip.TimestampMs);
        if (_last is { } last && round <= last.TimestampMs)
        {
            logger.LogDebug("Round {Round} is not newer than the last submission ({Last}): waiting for a newer block", round, last.TimestampMs);
            return;
        }
        var validUntil = tip.Height + (uint)_options.ValidForBlocks;
        var tx = await chain.SignSubmissionAsync(aggregate.PriceE8!.Value, aggregate.ConfidenceE8!.Value, round, validUntil, ct).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var record = new SubmissionRecord(Oracle, round, aggregate.PriceE8.Value, aggregate.ConfidenceE8.Value, reason, tx.Hash.ToString(),
            Convert.ToBase64String(tx.ToArray()), validUntil, SubmissionState.Signed, now, now, null, null);
        await store.InsertSignedAsync(record, ct).ConfigureAwait(false);
        metrics.Submission("signed");
        logger.LogInformation("Signed round {Round}: price {PriceE8} conf {ConfidenceE8} ({Reason}), tx {TxHash} valid until block {ValidUntil}",
            round, record.PriceE8, record.ConfidenceE8, reason, record.TxHash, validUntil);
        await BroadcastAsync(record, tx, ct).ConfigureAwait(false);
    }

    /// <summary>Sends the stored bytes; true while the submission stays pending.</summary>
    private async Task<bool> BroadcastAsync(SubmissionRecord record, Transaction tx, CancellationToken ct)
    {
        var result = await chain.BroadcastAsync(tx, ct).ConfigureAwait(false);
        switch (result.Outcome)
        {
            case BroadcastOutcome.Accepted or BroadcastOutcome.Known:
                if (record.State == SubmissionState.Signed)
                    await MoveAsync(record, SubmissionState.Sent, null, result.Outcome == BroadcastOutcome.Known ? "already known to the node" : "accepted by the node", ct)
                        .ConfigureAwait(false);
                return true;
            case BroadcastOutcome.Expired:
                await MoveAsync(record, SubmissionState.Expired, null, result.Detail, ct).ConfigureAwait(false);
                return false;
            default:
                if (record.State == SubmissionState.Sent)
                {
                    // It reached a memory pool once: it may still be included, so it stays pending until its ValidUntilBlock.
                    logger.LogWarning("Rebroadcast of round {Round} refused: {Detail}", record.RoundMs, result.Detail);
                    return true;
                }
                await MoveAsync(record, SubmissionState.Rejected, null, result.Detail, ct).ConfigureAwait(false);
                _problem = $"round {record.RoundMs} refused by the node: {result.Detail}";
                return false;
        }
    }

    private async Task MoveAsync(SubmissionRecord record, SubmissionState state, long? block, string? detail, CancellationToken ct)
    {
        await store.UpdateStateAsync(Oracle, record.RoundMs, state, block, detail, clock.GetUtcNow(), ct).ConfigureAwait(false);
        metrics.Submission(state.ToString().ToLowerInvariant());
        logger.Log(state is SubmissionState.Faulted or SubmissionState.Rejected or SubmissionState.Expired ? LogLevel.Warning : LogLevel.Information,
            "Round {Round} tx {TxHash}: {State} ({Detail})", record.RoundMs, record.TxHash, state, detail);
    }
}
