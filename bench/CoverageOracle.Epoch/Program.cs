using System.Diagnostics;
using System.Runtime;
using Protocol.Bench.CoverageOracle.Epoch;

// Coverage oracle epoch benchmark (issue 12; plain harness, not run by tests or CI):
//   dotnet run -c Release --project bench/CoverageOracle.Epoch [-- hotspots [witnesses [seed]]] [--no-verdicts] [--runs n]
// For a 10^4-hotspot baseline and then the target (default 10^6 hotspots × 10 witnesses), each in its own fresh SQLite file:
// seeds the store (timed apart, not counted), then measures the rewarder's computation of the epoch from the store,
// phase by phase (read, index, accumulate, reward function, cumulative totals, leaves + token ids, Merkle tree, sign,
// store) and as EpochRewarder.StepAsync runs it, and prints a table with the target/baseline ratios (linear = 100×).
// Between runs the computed epoch is deleted again, so every run computes and stores the same epoch (caches are warm
// after the first).
var positional = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
int hotspots = positional.Count > 0 ? int.Parse(positional[0]) : 1_000_000;
int witnesses = positional.Count > 1 ? int.Parse(positional[1]) : 10;
int seed = positional.Count > 2 ? int.Parse(positional[2]) : 20_260_101;
bool verdicts = !args.Contains("--no-verdicts");
int targetRuns = args.SkipWhile(a => a != "--runs").Skip(1).Select(int.Parse).FirstOrDefault(1);
const int BaselineHotspots = 10_000;

Console.WriteLine($"Coverage oracle epoch benchmark: {Environment.ProcessorCount} cores, {(GCSettings.IsServerGC ? "server" : "workstation")} GC, " +
    $"SQLite, seed {seed}, verdict rows {(verdicts ? "seeded" : "not seeded")}");

var baseline = await MeasureAsync(BaselineHotspots, phaseRuns: 5, stepRuns: 3);
var target = await MeasureAsync(hotspots, phaseRuns: targetRuns, stepRuns: targetRuns);

Console.WriteLine();
Console.WriteLine($"| phase | {baseline.Hotspots:N0} hotspots (s) | {target.Hotspots:N0} hotspots (s) | ratio | {target.Hotspots:N0}: allocated (MB) |");
Console.WriteLine("|---|---:|---:|---:|---:|");
foreach (var (name, t, bytes) in target.Phases.Phases)
{
    var b = baseline.Phases.Phases.First(p => p.Name == name).Time;
    Console.WriteLine($"| {name} | {b.TotalSeconds:F3} | {t.TotalSeconds:F3} | {Ratio(t, b)} | {bytes / 1e6:F0} |");
}
Console.WriteLine($"| **sum of phases** | {baseline.Phases.Total.TotalSeconds:F3} | {target.Phases.Total.TotalSeconds:F3} | {Ratio(target.Phases.Total, baseline.Phases.Total)} | {target.Phases.AllocatedBytes / 1e6:F0} |");
Console.WriteLine($"| **EpochRewarder.StepAsync** | {baseline.Step.Total.TotalSeconds:F3} | {target.Step.Total.TotalSeconds:F3} | {Ratio(target.Step.Total, baseline.Step.Total)} | {target.Step.AllocatedBytes / 1e6:F0} |");
Console.WriteLine();
Console.WriteLine("| size | seeding (s, not counted) | database (MB) | PoCs | witness rows | leaves | StepAsync peak RSS (MB) | gen-2 GCs | GC pauses (s) |");
Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
foreach (var m in new[] { baseline, target })
    Console.WriteLine($"| {m.Hotspots:N0} | {m.SeedTime.TotalSeconds:F1} | {m.DatabaseBytes / 1e6:F0} | {m.Step.PocCount:N0} | {m.WitnessRows:N0} | {m.Step.Leaves:N0} | " +
        $"{m.Step.PeakRssBytes / 1e6:F0} | {m.Step.Gen2} | {m.Step.GcPause.TotalSeconds:F2} |");
Console.WriteLine();
Console.WriteLine($"target {(target.Step.Total.TotalSeconds < 60 ? "met" : "MISSED")}: StepAsync {target.Step.Total.TotalSeconds:F1} s for {target.Hotspots:N0} hotspots × {witnesses} witnesses (goal < 60 s)");
return 0;

static string Ratio(TimeSpan a, TimeSpan b) => b.Ticks == 0 ? "–" : $"{a / b:F0}×";

async Task<Measured> MeasureAsync(int size, int phaseRuns, int stepRuns)
{
    Console.WriteLine();
    Console.WriteLine($"== {size:N0} hotspots × {witnesses} witnesses ==");
    var watch = Stopwatch.StartNew();
    await using var store = await EpochSeed.CreateAsync(size, witnesses, seed, verdicts);
    Console.WriteLine($"seeded in {store.SeedTime.TotalSeconds:F1} s (not counted): {store.Pocs:N0} PoCs, {store.WitnessRows:N0} selected witnesses, " +
        $"database {store.DatabaseBytes / 1e6:F0} MB, peak RSS while seeding {Probe.PeakRss() / 1e6:F0} MB");
    var runs = new RewarderRuns(store);
    var phases = new List<Run>();
    var steps = new List<Run>();
    // Alternate so both see the same cache state; the first phase run of the baseline also warms up the JIT.
    for (int i = 0; i < Math.Max(phaseRuns, stepRuns); i++)
    {
        if (i < phaseRuns) phases.Add(await Once(runs.PhasesAsync));
        if (i < stepRuns) steps.Add(await Once(runs.StepAsync));
    }
    foreach (var r in phases.Concat(steps))
        if (!r.Root.AsSpan().SequenceEqual(steps[0].Root) || r.TreeTotal != steps[0].TreeTotal || r.Leaves != steps[0].Leaves)
            throw new InvalidOperationException("A phase run and the rewarder disagree on the epoch.");
    Console.WriteLine($"root {Convert.ToHexString(steps[0].Root)[..16]}…, total {steps[0].TreeTotal:N0}, {steps[0].Leaves:N0} leaves: the same in every run");
    var phase = phases.OrderBy(r => r.Total).ElementAt(phases.Count / 2);
    var step = steps.OrderBy(r => r.Total).ElementAt(steps.Count / 2);
    return new Measured(size, store.SeedTime, store.DatabaseBytes, store.WitnessRows, phase, step);

    async Task<Run> Once(Func<Task<Run>> run)
    {
        var r = await run();
        await store.ForgetEpochAsync();
        Console.WriteLine($"  {r.Kind,-8} {r.Total.TotalSeconds,8:F3} s, {r.AllocatedBytes / 1e6,8:F0} MB allocated, peak RSS {r.PeakRssBytes / 1e6,6:F0} MB, " +
            $"gen-2 GCs {r.Gen2}, GC pauses {r.GcPause.TotalSeconds:F2} s" +
            (r.Phases.Count == 0 ? "" : ": " + string.Join(", ", r.Phases.Select(p => $"{p.Name} {p.Time.TotalSeconds:F2}"))));
        return r;
    }
}

internal sealed record Measured(int Hotspots, TimeSpan SeedTime, long DatabaseBytes, long WitnessRows, Run Phases, Run Step);
