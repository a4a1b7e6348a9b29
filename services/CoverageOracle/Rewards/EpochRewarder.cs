using Microsoft.Extensions.Options;
using Protocol.Services.Coverage.Reports;
using Protocol.Services.Coverage.Rewards;
using Protocol.Services.CoverageOracle.Chain;
using Protocol.Services.CoverageOracle.Hosting;
using Protocol.Services.CoverageOracle.Options;
using Protocol.Services.CoverageOracle.Storage;
using Protocol.Services.Rewards.Merkle;

namespace Protocol.Services.CoverageOracle.Rewards;

/// <summary>
/// Computes the epochs one at a time, after the last computed (the rewards watermark; the Dao's first epoch to start):
/// <list type="number">
/// <item>waits until the epoch [e·L, (e+1)·L) (L the Dao's epoch length) ended Rewards:SettleDelayMs ago, data is current (a
/// report was received after its end) and the Dao closed it (epochResult gives the escrow's funding: the pool);</item>
/// <item>streams the epoch's valid PoCs into shares, runs the reward function (integer maths, floor per hotspot, the
/// remainder recorded as unallocated), adds the payouts to the previous cumulative totals;</item>
/// <item>builds the Rewards contract's tree over token ids (computed locally), signs the root message with this instance's
/// key, and stores epoch, leaves and signature in one transaction.</item>
/// </list>
/// Deterministic: the same store and pool give the same totals, root and message on every instance and after any restart.
/// </summary>
public sealed class EpochRewarder(ICoverageStore store, ICoverageChain chain, HotspotDirectory directory, IOptions<CoverageOracleOptions> options,
    TimeProvider clock, FaultPoints faults, ILogger<EpochRewarder> logger)
{
    private readonly CoverageOracleOptions _options = options.Value;
    private long _epochLengthMs;

    /// <summary>What the last step did or waits for (served by /v1/status).</summary>
    public string Status { get; private set; } = "not run yet";

    /// <summary>Computes every epoch that is due; returns how many.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        int computed = 0;
        while (await StepAsync(ct).ConfigureAwait(false)) computed++;
        return computed;
    }

    /// <summary>Computes the next epoch if it is due; false when it waits (<see cref="Status"/> says for what).</summary>
    public async Task<bool> StepAsync(CancellationToken ct)
    {
        if (_epochLengthMs == 0)
            _epochLengthMs = 1000 * (_options.Rewards.EpochLengthSeconds > 0 ? _options.Rewards.EpochLengthSeconds
                : await chain.EpochLengthSecondsAsync(ct).ConfigureAwait(false));
        var last = await store.LastEpochAsync(ct).ConfigureAwait(false);
        var epoch = last is null ? await chain.FirstEpochAsync(ct).ConfigureAwait(false) : last.Epoch + 1;
        var window = EpochWindow.Of(epoch, _epochLengthMs);
        var now = clock.NowMs();
        if (now < window.EndMs + _options.Rewards.SettleDelayMs) return Wait($"epoch {epoch} settles at {window.EndMs + _options.Rewards.SettleDelayMs}");
        if (await store.LatestReceiptAsync(ct).ConfigureAwait(false) is not { } latest || latest < window.EndMs)
            return Wait($"epoch {epoch}: no report received since its end ({window.EndMs}), data not current");
        if (await chain.EscrowFundingAsync(_options.SubDaoId, epoch, ct).ConfigureAwait(false) is not { } pool)
            return Wait($"epoch {epoch}: the Dao has not closed it (no epochResult)");

        var previous = last is null ? [] : await store.LeavesAsync(last.Epoch, ct).ConfigureAwait(false);
        var pocs = await store.PocsAsync(window.StartMs, window.EndMs, ct).ConfigureAwait(false);
        var (record, leaves) = Compute(window, pool, previous, pocs, now);
        RootSignature? own = null;
        if (_options.Rewards.OracleIndex >= 0)
        {
            var message = RewardTree.RootMessage(chain.Network, chain.Rewards.ToArray(), (ulong)_options.SubDaoId, (ulong)epoch, record.Root, record.Total);
            own = new RootSignature(epoch, _options.Rewards.OracleIndex, chain.SignMessage(message));
        }
        faults.Hit(FaultPoints.BeforeEpochStored);
        await store.SaveEpochAsync(record, leaves, own, ct).ConfigureAwait(false);
        logger.LogInformation("Epoch {Epoch}: pool {Pool}, {Pocs} PoCs, {Leaves} leaves, total {Total}, unallocated {Unallocated}, root {Root}",
            epoch, pool, record.PocCount, leaves.Count, record.Total, record.Unallocated, Convert.ToHexString(record.Root));
        Status = $"epoch {epoch} computed";
        return true;
    }

    /// <summary>The epoch's record and leaves from the previous leaves, its PoCs and the pool (pure).</summary>
    internal (EpochRecord Record, List<LeafRecord> Leaves) Compute(EpochWindow window, ulong pool, IReadOnlyList<LeafRecord> previous,
        IReadOnlyList<PocRecord> pocs, long now)
    {
        // Index in key order: previous hotspots first (their totals carry), then the epoch's newcomers.
        var index = new HotspotIndex(previous.Count + pocs.Count);
        foreach (var leaf in previous.OrderBy(l => l.Hotspot)) index.GetOrAdd(leaf.Hotspot);
        foreach (var key in pocs.SelectMany(p => p.Selected.Append(p.Beaconer)).Distinct().Order()) index.GetOrAdd(key);
        var shares = new EpochShareAccumulator(window, index.Count);
        foreach (var poc in pocs)
        {
            var witnesses = poc.Selected.Select(k => { index.TryGetIndex(k, out var i); return i; }).ToArray();
            index.TryGetIndex(poc.Beaconer, out var beaconer);
            shares.AddPoc(beaconer, poc.ReceivedMs, poc.Scale, witnesses);
        }
        var rewards = RewardFunction.Compute(shares.ToShares(), pool);
        var before = new ulong[index.Count];
        foreach (var leaf in previous)
        {
            index.TryGetIndex(leaf.Hotspot, out var i);
            before[i] = leaf.Cumulative;
        }
        var totals = CumulativeRewards.Next(before, rewards);
        var leaves = new List<LeafRecord>();
        for (int i = 0; i < totals.Length; i++)
            if (totals[i] > 0) leaves.Add(new LeafRecord(index[i], directory.TokenIdOf(index[i]), rewards.PayoutOf(i), totals[i]));
        var tree = new RewardTree(leaves.Select(l => new RewardLeaf(l.TokenId, l.Cumulative)));
        return (new EpochRecord(window.Epoch, window.StartMs, window.EndMs, pool, rewards.Unallocated, shares.PocCount, tree.Root, tree.Total, now), leaves);
    }

    private bool Wait(string why)
    {
        Status = "waiting: " + why;
        return false;
    }
}
