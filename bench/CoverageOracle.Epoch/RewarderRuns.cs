using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Protocol.Bench.Coverage;
using Protocol.Services.Coverage.Rewards;
using Protocol.Services.CoverageOracle.Chain;
using Protocol.Services.CoverageOracle.Hosting;
using Protocol.Services.CoverageOracle.Options;
using Protocol.Services.CoverageOracle.Rewards;
using Protocol.Services.CoverageOracle.Storage;
using Protocol.Services.CoverageOracle.Tests.Support;
using Protocol.Services.Rewards.Merkle;

namespace Protocol.Bench.CoverageOracle.Epoch;

/// <summary>One measured computation: per-phase time and allocations, totals, peak resident set, and the epoch it produced.</summary>
public sealed record Run(string Kind, int Hotspots, IReadOnlyList<(string Name, TimeSpan Time, long Bytes)> Phases, TimeSpan Total, long AllocatedBytes,
    long PeakRssBytes, int Gen2, TimeSpan GcPause, byte[] Root, ulong TreeTotal, int Leaves, long PocCount);

/// <summary>
/// The rewarder of one instance (oracle index 0, so it signs) over a seeded store, with the service tests' fake chain
/// (the pool for the epoch, signing key) and a clock fixed one hour after the epoch's end.
/// </summary>
public sealed class RewarderRuns(EpochSeed seed)
{
    private readonly FakeChain _chain = Chain();
    private readonly ManualClock _clock = new(EpochSeed.Window.EndMs + 3_600_000);
    private readonly CoverageOracleOptions _options = new()
    {
        SubDaoId = 1,
        Rewards = new RewardOptions { OracleIndex = 0, EpochLengthSeconds = SyntheticEpoch.EpochLengthMs / 1000 },
    };

    private EpochRewarder Rewarder(out HotspotDirectory directory)
    {
        var options = Microsoft.Extensions.Options.Options.Create(_options);
        directory = new HotspotDirectory(_chain, options, _clock);
        return new EpochRewarder(seed.Store, _chain, directory, options, _clock, new FaultPoints(), NullLogger<EpochRewarder>.Instance);
    }

    /// <summary>The service's path as the rewards loop runs it: <see cref="EpochRewarder.StepAsync"/>, timed as a whole.</summary>
    public async Task<Run> StepAsync()
    {
        var rewarder = Rewarder(out _);
        var probe = Probe.Start();
        if (!await rewarder.StepAsync(default)) throw new InvalidOperationException("The rewarder did not compute: " + rewarder.Status);
        var (total, allocated, peak, gen2, pause) = probe.Stop();
        var stored = await seed.Store.GetEpochAsync(SyntheticEpoch.Epoch) ?? throw new InvalidOperationException("No epoch stored.");
        int leaves = (await seed.Store.LeavesAsync(SyntheticEpoch.Epoch)).Count;
        return new Run("rewarder", seed.Hotspots, [], total, allocated, peak, gen2, pause, stored.Root, stored.Total, leaves, stored.PocCount);
    }

    /// <summary>
    /// The same steps in the same order with a stopwatch between them: StepAsync's reads and EpochRewarder.Compute's body
    /// (internal to the service, so restated here statement for statement), then the signature and SaveEpochAsync. Its root
    /// and total are checked against the rewarder's own run.
    /// </summary>
    public async Task<Run> PhasesAsync()
    {
        var rewarder = Rewarder(out var directory);
        _ = rewarder;
        var store = seed.Store;
        var phases = new List<(string, TimeSpan, long)>();
        var probe = Probe.Start();
        long mark = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        void Phase(string name)
        {
            long now = GC.GetTotalAllocatedBytes(precise: true);
            phases.Add((name, watch.Elapsed, now - mark));
            mark = now;
            watch.Restart();
        }

        // StepAsync: the due checks, then the previous leaves and the epoch's PoCs.
        long epochLengthMs = 1000 * _options.Rewards.EpochLengthSeconds;
        var last = await store.LastEpochAsync();
        var epoch = last is null ? await _chain.FirstEpochAsync(default) : last.Epoch + 1;
        var window = EpochWindow.Of(epoch, epochLengthMs);
        var now = _clock.NowMs;
        if (now < window.EndMs + _options.Rewards.SettleDelayMs) throw new InvalidOperationException("not settled");
        if (await store.LatestReceiptAsync() is not { } latest || latest < window.EndMs) throw new InvalidOperationException("data not current");
        var pool = await _chain.EscrowFundingAsync(_options.SubDaoId, epoch, default) ?? throw new InvalidOperationException("no pool");
        Phase("read: due checks");
        var previous = last is null ? [] : await store.LeavesAsync(last.Epoch);
        Phase("read: previous leaves");
        var pocs = await store.PocsAsync(window.StartMs, window.EndMs);
        Phase("read: PoCs");

        // Compute: index in key order, previous hotspots first, then the epoch's newcomers.
        var index = new HotspotIndex(previous.Count + pocs.Count);
        foreach (var leaf in previous.OrderBy(l => l.Hotspot)) index.GetOrAdd(leaf.Hotspot);
        foreach (var key in pocs.SelectMany(p => p.Selected.Append(p.Beaconer)).Distinct().Order()) index.GetOrAdd(key);
        Phase("index hotspots");
        var shares = new EpochShareAccumulator(window, index.Count);
        foreach (var poc in pocs)
        {
            var witnesses = poc.Selected.Select(k => { index.TryGetIndex(k, out var i); return i; }).ToArray();
            index.TryGetIndex(poc.Beaconer, out var beaconer);
            shares.AddPoc(beaconer, poc.ReceivedMs, poc.Scale, witnesses);
        }
        var epochShares = shares.ToShares();
        Phase("accumulate");
        var rewards = RewardFunction.Compute(epochShares, pool);
        Phase("reward function");
        var before = new ulong[index.Count];
        foreach (var leaf in previous)
        {
            index.TryGetIndex(leaf.Hotspot, out var i);
            before[i] = leaf.Cumulative;
        }
        var totals = CumulativeRewards.Next(before, rewards);
        Phase("cumulative totals");
        var leaves = new List<LeafRecord>();
        for (int i = 0; i < totals.Length; i++)
            if (totals[i] > 0) leaves.Add(new LeafRecord(index[i], directory.TokenIdOf(index[i]), rewards.PayoutOf(i), totals[i]));
        Phase("leaves + token ids");
        var tree = new RewardTree(leaves.Select(l => new RewardLeaf(l.TokenId, l.Cumulative)));
        var record = new EpochRecord(window.Epoch, window.StartMs, window.EndMs, pool, rewards.Unallocated, shares.PocCount, tree.Root, tree.Total, now);
        Phase("Merkle tree");
        var message = RewardTree.RootMessage(_chain.Network, _chain.Rewards.ToArray(), (ulong)_options.SubDaoId, (ulong)epoch, record.Root, record.Total);
        var own = new RootSignature(epoch, _options.Rewards.OracleIndex, _chain.SignMessage(message));
        Phase("sign root");
        await store.SaveEpochAsync(record, leaves, own);
        Phase("store (one transaction)");

        var (total, allocated, peak, gen2, pause) = probe.Stop();
        return new Run("phases", seed.Hotspots, phases, total, allocated, peak, gen2, pause, record.Root, record.Total, leaves.Count, record.PocCount);
    }

    private static FakeChain Chain()
    {
        var chain = new FakeChain { EpochLengthSeconds = SyntheticEpoch.EpochLengthMs / 1000, FirstEpoch = SyntheticEpoch.Epoch };
        chain.Funding[SyntheticEpoch.Epoch] = EpochSeed.Pool;
        return chain;
    }
}

/// <summary>Wall time, managed allocations, gen-2 collections, GC pauses and the peak resident set (VmHWM, reset at the start) of one run.</summary>
internal sealed class Probe
{
    private readonly Stopwatch _watch;
    private readonly long _allocated;
    private readonly int _gen2;
    private readonly TimeSpan _pause;

    private Probe()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        ResetPeak();
        _allocated = GC.GetTotalAllocatedBytes(precise: true);
        _gen2 = GC.CollectionCount(2);
        _pause = GC.GetTotalPauseDuration();
        _watch = Stopwatch.StartNew();
    }

    public static Probe Start() => new();

    public (TimeSpan Total, long Allocated, long PeakRss, int Gen2, TimeSpan Pause) Stop()
    {
        var total = _watch.Elapsed;
        return (total, GC.GetTotalAllocatedBytes(precise: true) - _allocated, PeakRss(), GC.CollectionCount(2) - _gen2, GC.GetTotalPauseDuration() - _pause);
    }

    /// <summary>Resets the kernel's peak resident set of this process (Linux: "5" into /proc/self/clear_refs).</summary>
    public static void ResetPeak()
    {
        try { File.WriteAllText("/proc/self/clear_refs", "5"); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    /// <summary>VmHWM (bytes), or the process's peak working set where /proc is not there.</summary>
    public static long PeakRss()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return 1024 * long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0]);
        }
        catch (IOException) { }
        return Process.GetCurrentProcess().PeakWorkingSet64;
    }
}
