using Microsoft.Extensions.Options;
using Protocol.Services.Coverage.Density;
using Protocol.Services.Coverage.Reports;
using Protocol.Services.Coverage.Verification;
using Protocol.Services.CoverageOracle.Chain;
using Protocol.Services.CoverageOracle.Hosting;
using Protocol.Services.CoverageOracle.Options;
using Protocol.Services.CoverageOracle.Storage;

namespace Protocol.Services.CoverageOracle.Verification;

/// <summary>
/// Verifies stored beacons once their entropy lifespan has passed (received + 180 s ≤ now, so every witness that can count
/// has arrived), oldest first, one transaction per beacon: its verdict and its witnesses' (with reasons), the per-hotspot
/// time updates, its valid PoC with the beaconer's hex scale, and the verification watermark. The density map is rebuilt
/// per run from the hotspots that beaconed with a witness within Verification:DensityActiveMs.
/// </summary>
public sealed class VerificationRunner(ICoverageStore store, HotspotDirectory directory, ICoverageChain chain, IOptions<CoverageOracleOptions> options,
    TimeProvider clock, ILogger<VerificationRunner> logger)
{
    private readonly VerificationOptions _options = options.Value.Verification;
    private readonly PocVerifier _verifier = new(new PocSettings(chain.Network));
    private readonly HashSet<HotspotKey> _denylist = options.Value.Verification.Denylist.Select(HotspotKey.Parse).ToHashSet();

    /// <summary>Verifies every beacon that is due; returns how many.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var now = clock.NowMs();
        var lifespan = _verifier.Settings.EntropyLifespanMs;
        HexDensityMap? density = null;
        int done = 0;
        while (true)
        {
            var beacons = await store.PendingBeaconsAsync(now - lifespan, 200, ct).ConfigureAwait(false);
            if (beacons.Count == 0) return done;
            density ??= await DensityAsync(now, ct).ConfigureAwait(false);
            foreach (var beacon in beacons)
            {
                await VerifyAsync(beacon, density, now, ct).ConfigureAwait(false);
                done++;
            }
        }
    }

    private async Task VerifyAsync(StoredReport stored, HexDensityMap density, long now, CancellationToken ct)
    {
        var lifespan = _verifier.Settings.EntropyLifespanMs;
        var beacon = new ReceivedBeacon(ReportEncoding.DecodeBeacon(stored.Bytes), stored.ReceivedMs);
        var entropy = await store.FindEntropyAsync(beacon.Report.RemoteEntropy, ct).ConfigureAwait(false);
        var witnessRows = await store.WitnessesAsync(stored.Data, stored.ReceivedMs - lifespan, stored.ReceivedMs + lifespan, ct).ConfigureAwait(false);
        var witnesses = witnessRows.Select(w => new ReceivedWitness(ReportEncoding.DecodeWitness(w.Bytes), w.ReceivedMs)).ToList();

        var keys = witnesses.Select(w => w.Report.Witness).Append(beacon.Report.Hotspot).Distinct().ToList();
        var states = await store.HotspotStatesAsync(keys, ct).ConfigureAwait(false);
        var facts = new Dictionary<HotspotKey, HotspotFacts>();
        var locations = new Dictionary<HotspotKey, ulong>();
        foreach (var key in keys)
        {
            if (await directory.FindAsync(key, ct).ConfigureAwait(false) is not { } registered) continue;
            facts[key] = OracleHotspotView.Facts(registered, states.GetValueOrDefault(key), _options.DefaultGainDeciDbi);
            locations[key] = registered.Location;
        }
        var verdict = _verifier.Verify(beacon, witnesses, entropy, new OracleHotspotView(facts, _denylist));

        var records = new List<VerdictRecord>
        {
            new(stored.Id, stored.Id, ReportKind.Beacon, beacon.Report.Hotspot, verdict.BeaconIsValid ? "Valid" : "Invalid", verdict.BeaconReason,
                stored.ReceivedMs, now),
        };
        for (int i = 0; i < witnesses.Count; i++)
        {
            var w = verdict.Witnesses[i];
            records.Add(new(witnessRows[i].Id, stored.Id, ReportKind.Witness, w.Witness.Report.Witness, w.Status.ToString(), w.Reason, w.Witness.ReceivedMs, now));
        }
        PocRecord? poc = verdict.BeaconIsValid
            ? new PocRecord(stored.Id, beacon.Report.Hotspot, stored.ReceivedMs, density.ScaleOf(verdict.BeaconerLocation), verdict.Selected)
            : null;
        await store.SaveVerificationAsync(new VerificationBatch(stored, records, verdict.Updates, locations, poc), now, ct).ConfigureAwait(false);
        logger.LogDebug("Beacon {Id} of {Hotspot}: {Reason}, {Selected} selected of {Witnesses} witnesses", Convert.ToHexString(stored.Id),
            beacon.Report.Hotspot, verdict.BeaconReason, verdict.Selected.Count, witnesses.Count);
    }

    private async Task<HexDensityMap> DensityAsync(long now, CancellationToken ct)
    {
        var states = await store.AllHotspotStatesAsync(ct).ConfigureAwait(false);
        return HexDensityMap.Build(states
            .Where(s => s.Location != 0 && s.LastBeaconWithWitnessMs is { } t && now - t < _options.DensityActiveMs)
            .Select(s => s.Location));
    }
}
