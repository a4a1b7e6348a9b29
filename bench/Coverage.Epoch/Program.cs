using System.Diagnostics;
using Protocol.Bench.Coverage;
using Protocol.Services.Coverage.Density;
using Protocol.Services.Coverage.Rewards;

// Epoch computation benchmark (plain harness; not run by tests).
//   dotnet run -c Release --project bench/Coverage.Epoch [-- hotspots [witnesses [seed]]]
// Measures a 10^4-hotspot baseline (median of 7 runs) and then the target (default 10^6 hotspots × 10 witnesses, median
// of 3) in one process, after a warm-up, and prints time and managed allocations per phase and the target/baseline ratios (linear scaling = 100×).
int hotspots = args.Length > 0 ? int.Parse(args[0]) : 1_000_000;
int witnesses = args.Length > 1 ? int.Parse(args[1]) : 10;
int seed = args.Length > 2 ? int.Parse(args[2]) : 20_260_101;
const int BaselineHotspots = 10_000;
const ulong Pool = 1_369_863_013_698; // one day of 1.369… IOT-like DNT emissions with 6 decimals: any ulong works

Console.WriteLine($"Coverage epoch benchmark: {Environment.ProcessorCount} cores, {(Debugger.IsAttached ? "debugger" : "no debugger")}, seed {seed}");
Measure(SyntheticEpoch.Generate(BaselineHotspots, witnesses, seed), quiet: true); // warm-up (JIT, tiering)

// The machine may be shared: each size runs several times and the median run counts.
var small = SyntheticEpoch.Generate(BaselineHotspots, witnesses, seed);
var baselineRuns = Enumerable.Range(0, 7).Select(i => Measure(small, quiet: i > 0)).ToList();
var baseline = Median(baselineRuns);
var stopwatch = Stopwatch.StartNew();
var load = SyntheticEpoch.Generate(hotspots, witnesses, seed);
Console.WriteLine($"(generated {hotspots:N0} hotspots × {witnesses} witnesses in {stopwatch.Elapsed.TotalSeconds:F1} s, not measured)");
var targetRuns = Enumerable.Range(0, 3).Select(i => Measure(load, quiet: i > 0)).ToList();
var target = Median(targetRuns);

Console.WriteLine();
var baselineBest = baselineRuns.Min(r => r.Total);
var targetBest = targetRuns.Min(r => r.Total);
Console.WriteLine($"| hotspots | witnesses/PoC | median (s) | best (s) | allocated (MB) | per hotspot, median (µs) |");
Console.WriteLine($"|---:|---:|---:|---:|---:|---:|");
foreach (var (r, best) in new[] { (baseline, baselineBest), (target, targetBest) })
    Console.WriteLine($"| {r.Hotspots:N0} | {witnesses} | {r.Total.TotalSeconds:F3} | {best.TotalSeconds:F3} | {r.AllocatedBytes / 1e6:F1} | {r.Total.TotalMicroseconds / r.Hotspots:F2} |");
Console.WriteLine();
Console.WriteLine($"ratio target/baseline for {(double)target.Hotspots / baseline.Hotspots:F0}× the hotspots: time {target.Total / baseline.Total:F1}× (median), " +
    $"{targetBest / baselineBest:F1}× (best); allocations {(double)target.AllocatedBytes / baseline.AllocatedBytes:F1}×");

static Result Median(List<Result> runs)
{
    var sorted = runs.OrderBy(r => r.Total).ToList();
    Console.WriteLine($"  runs: {string.Join(", ", sorted.Select(r => $"{r.Total.TotalSeconds:F3} s"))}; median counts");
    return sorted[sorted.Count / 2];
}

static Result Measure(SyntheticEpoch load, bool quiet)
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
    var window = EpochWindow.Of(SyntheticEpoch.Epoch, SyntheticEpoch.EpochLengthMs);
    long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
    int gen0 = GC.CollectionCount(0), gen2 = GC.CollectionCount(2);
    var phases = new List<(string Name, TimeSpan Time, long Bytes)>();
    long mark = allocatedBefore;
    var total = Stopwatch.StartNew();
    var watch = Stopwatch.StartNew();

    // 1. HIP-17/104 density map of the active hotspots (all of them here).
    var map = HexDensityMap.Build(load.Locations);
    Phase("density map");

    // 2. Each beaconer's hex scale (the service stamps it on each PoC at verification time).
    var scales = new long[load.Hotspots];
    for (int i = 0; i < scales.Length; i++) scales[i] = map.ScaleOf(load.Locations[i]);
    Phase("hex scales");

    // 3. Stream the PoCs into shares.
    var accumulator = new EpochShareAccumulator(window, load.Hotspots);
    var all = load.Witnesses.AsSpan();
    for (int i = 0; i < load.Hotspots; i++)
    {
        var row = all.Slice(i * load.WitnessesPerPoc, load.WitnessesPerPoc);
        int n = row.IndexOf(-1);
        accumulator.AddPoc(i, load.BeaconReceivedMs[i], scales[i], n < 0 ? row : row[..n]);
    }
    var shares = accumulator.ToShares();
    Phase("accumulate PoCs");

    // 4. The reward function and 5. the cumulative totals (previous epoch: 1 unit each).
    var rewards = RewardFunction.Compute(shares, Pool);
    Phase("reward function");
    var previous = new ulong[load.Hotspots];
    Array.Fill(previous, 1UL);
    var cumulative = CumulativeRewards.Next(previous, rewards);
    Phase("cumulative totals");
    total.Stop();

    long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
    if (!quiet)
    {
        ulong paid = 0;
        for (int i = 0; i < cumulative.Length; i++) paid += rewards.PayoutOf(i);
        Console.WriteLine();
        Console.WriteLine($"{load.Hotspots:N0} hotspots, {shares.PocCount:N0} PoCs, {map.CellCount:N0} res-11 cells: " +
            $"{total.Elapsed.TotalSeconds:F3} s, {allocated / 1e6:F1} MB allocated, GCs gen0 {GC.CollectionCount(0) - gen0} gen2 {GC.CollectionCount(2) - gen2}; " +
            $"paid {paid:N0} + unallocated {rewards.Unallocated:N0} = {paid + rewards.Unallocated:N0} (pool {Pool:N0})");
        foreach (var (name, time, bytes) in phases) Console.WriteLine($"  {name,-18} {time.TotalMilliseconds,10:F1} ms {bytes / 1e6,10:F1} MB");
    }
    return new Result(load.Hotspots, total.Elapsed, allocated);

    void Phase(string name)
    {
        var time = watch.Elapsed;
        long now = GC.GetTotalAllocatedBytes(precise: true);
        phases.Add((name, time, now - mark));
        mark = now;
        watch.Restart();
    }
}

internal sealed record Result(int Hotspots, TimeSpan Total, long AllocatedBytes);
