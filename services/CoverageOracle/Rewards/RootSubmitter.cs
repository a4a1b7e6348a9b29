using Microsoft.Extensions.Options;
using Protocol.Services.CoverageOracle.Chain;
using Protocol.Services.CoverageOracle.Hosting;
using Protocol.Services.CoverageOracle.Options;
using Protocol.Services.CoverageOracle.Storage;
using Protocol.Services.Hosting;
using Protocol.Services.Rewards.Merkle;
using Protocol.Toolchain.Runtime.Payloads;

namespace Protocol.Services.CoverageOracle.Rewards;

/// <summary>
/// Posts the newest computed root with k signatures (roots carry cumulative totals, so the newest supersedes the ones before):
/// <list type="number">
/// <item>a pending submission (stored Signed or Sent) is settled first: in a block → Confirmed / Faulted; past its
/// ValidUntilBlock → Expired (signed anew next run); otherwise its stored bytes are broadcast again. After a restart this
/// is the reconciliation: nothing is signed twice;</item>
/// <item>nothing to do when Rewards.poolInfo already holds this epoch or a later one, or the tree is empty;</item>
/// <item>the peers' signatures are collected (<see cref="PeerSignatures"/>); with at least Rewards:Quorum, the instance with
/// the lowest index among the signers signs submitRoot with the first k of them (by index), stores it, then broadcasts.</item>
/// </list>
/// </summary>
public sealed class RootSubmitter(ICoverageStore store, ICoverageChain chain, PeerSignatures peers, IOptions<CoverageOracleOptions> options,
    TimeProvider clock, FaultPoints faults, ILogger<RootSubmitter> logger)
{
    private readonly CoverageOracleOptions _options = options.Value;

    public string Status { get; private set; } = "not run yet";

    public async Task RunOnceAsync(CancellationToken ct)
    {
        if (_options.Rewards.OracleIndex < 0)
        {
            Status = "not a reward oracle";
            return;
        }
        foreach (var pending in await store.PendingSubmissionsAsync(ct).ConfigureAwait(false))
            if (!await SettleAsync(pending, ct).ConfigureAwait(false))
            {
                Status = $"epoch {pending.Epoch}: submission {pending.TxHash} pending";
                return;
            }
        if (await store.LastEpochAsync(ct).ConfigureAwait(false) is not { } epoch)
        {
            Status = "no epoch computed";
            return;
        }
        var pool = await chain.PoolInfoAsync(_options.SubDaoId, ct).ConfigureAwait(false);
        if (pool is not null && pool.LatestEpoch >= epoch.Epoch)
        {
            Status = $"epoch {epoch.Epoch}: Rewards holds epoch {pool.LatestEpoch}";
            return;
        }
        if (epoch.Total == 0 || (pool is not null && epoch.Total < pool.Total))
        {
            Status = $"epoch {epoch.Epoch}: nothing to post (total {epoch.Total})";
            return;
        }
        if (await store.SubmissionAsync(epoch.Epoch, ct).ConfigureAwait(false) is { State: SubmissionState.Confirmed or SubmissionState.Faulted } done)
        {
            Status = $"epoch {epoch.Epoch}: {done.State}";
            return;
        }
        var message = RewardTree.RootMessage(chain.Network, chain.Rewards.ToArray(), (ulong)_options.SubDaoId, (ulong)epoch.Epoch, epoch.Root, epoch.Total);
        var (keys, _) = await chain.OraclesAsync(_options.SubDaoId, ct).ConfigureAwait(false);
        await peers.CollectAsync(epoch, message, keys, ct).ConfigureAwait(false);
        var signatures = await store.SignaturesAsync(epoch.Epoch, ct).ConfigureAwait(false);
        if (signatures.Count < _options.Rewards.Quorum)
        {
            Status = $"epoch {epoch.Epoch}: {signatures.Count} of {_options.Rewards.Quorum} signatures";
            return;
        }
        if (signatures.Min(s => s.OracleIndex) != _options.Rewards.OracleIndex)
        {
            Status = $"epoch {epoch.Epoch}: oracle {signatures.Min(s => s.OracleIndex)} submits";
            return;
        }
        await SubmitAsync(epoch, signatures.OrderBy(s => s.OracleIndex).Take(_options.Rewards.Quorum).ToList(), ct).ConfigureAwait(false);
    }

    private async Task SubmitAsync(EpochRecord epoch, IReadOnlyList<RootSignature> signatures, CancellationToken ct)
    {
        var tip = await chain.TipAsync(ct).ConfigureAwait(false);
        var validUntil = tip.Height + (uint)_options.Chain.ValidForBlocks;
        var tx = await chain.SignSubmitRootAsync(_options.SubDaoId, epoch.Epoch, epoch.Root, epoch.Total, signatures, validUntil, ct).ConfigureAwait(false);
        var record = new RootSubmission(epoch.Epoch, tx.Hash.ToString(), Convert.ToBase64String(tx.ToArray()), validUntil, SubmissionState.Signed,
            $"signed by oracles {string.Join(", ", signatures.Select(s => s.OracleIndex))}", clock.NowMs());
        await store.InsertSubmissionAsync(record, ct).ConfigureAwait(false);
        logger.LogInformation("Epoch {Epoch}: submitRoot signed, tx {TxHash} valid until block {ValidUntil}", epoch.Epoch, record.TxHash, validUntil);
        faults.Hit(FaultPoints.BeforeBroadcast);
        await BroadcastAsync(record, tx, ct).ConfigureAwait(false);
        Status = $"epoch {epoch.Epoch}: submitted {record.TxHash}";
    }

    /// <summary>True when the submission is settled (no longer pending).</summary>
    private async Task<bool> SettleAsync(RootSubmission record, CancellationToken ct)
    {
        var tx = Transaction.Parse(Convert.FromBase64String(record.RawTx));
        if (await chain.FindAsync(tx.Hash, ct).ConfigureAwait(false) is { } found)
        {
            await MoveAsync(record, found.Halted ? SubmissionState.Confirmed : SubmissionState.Faulted,
                found.Halted ? $"in block {found.BlockIndex}" : $"FAULT in block {found.BlockIndex}: {found.Exception}", ct).ConfigureAwait(false);
            return true;
        }
        var tip = await chain.TipAsync(ct).ConfigureAwait(false);
        if (tip.Height >= record.ValidUntilBlock)
        {
            await MoveAsync(record, SubmissionState.Expired, $"in no block up to {record.ValidUntilBlock}", ct).ConfigureAwait(false);
            return true;
        }
        return !await BroadcastAsync(record, tx, ct).ConfigureAwait(false);
    }

    /// <summary>Sends the stored bytes; true while the submission stays pending.</summary>
    private async Task<bool> BroadcastAsync(RootSubmission record, Transaction tx, CancellationToken ct)
    {
        var result = await chain.BroadcastAsync(tx, ct).ConfigureAwait(false);
        switch (result.Outcome)
        {
            case BroadcastOutcome.Accepted or BroadcastOutcome.Known:
                if (record.State == SubmissionState.Signed) await MoveAsync(record, SubmissionState.Sent, result.Detail ?? "accepted by the node", ct).ConfigureAwait(false);
                return true;
            case BroadcastOutcome.Expired:
                await MoveAsync(record, SubmissionState.Expired, result.Detail, ct).ConfigureAwait(false);
                return false;
            default:
                if (record.State == SubmissionState.Sent) return true; // it reached a pool once: pending until its ValidUntilBlock
                await MoveAsync(record, SubmissionState.Rejected, result.Detail, ct).ConfigureAwait(false);
                return false;
        }
    }

    private async Task MoveAsync(RootSubmission record, SubmissionState state, string? detail, CancellationToken ct)
    {
        await store.UpdateSubmissionAsync(record.Epoch, state, detail, clock.NowMs(), ct).ConfigureAwait(false);
        logger.LogInformation("Epoch {Epoch} submission {TxHash}: {State} ({Detail})", record.Epoch, record.TxHash, state, detail);
    }
}
