using Protocol.Services.Coverage.Geo;
using Protocol.Services.Coverage.Reports;

namespace Protocol.Services.Coverage.Verification;

/// <summary>
/// The regular beacon checks, in the reference's order (helium-oracles.md §3a "Beacon checks"); reciprocity follows in
/// <see cref="PocVerifier"/> once the witnesses are known.
/// </summary>
internal static class BeaconChecks
{
    public static RejectionReason Check(PocSettings settings, ReceivedBeacon beacon, Entropy? entropy, IHotspotView view, bool registered, in HotspotFacts facts)
    {
        var report = beacon.Report;
        if (report.Network != settings.Network) return RejectionReason.WrongNetwork;
        if (!registered) return RejectionReason.GatewayNotFound;
        if (!PocGeometry.IsUsableLocation(facts.Location)) return RejectionReason.NotAsserted;
        if (view.IsDenied(report.Hotspot)) return RejectionReason.Denied;
        if (entropy is null || !entropy.Data.AsSpan().SequenceEqual(report.RemoteEntropy)) return RejectionReason.UnknownEntropy;
        if (!InEntropyWindow(settings, entropy, beacon.ReceivedMs)) return RejectionReason.EntropyExpired;
        if (facts.DataOnly) return RejectionReason.DataOnly;
        if (facts.LastBeaconMs is long last && Window(beacon.ReceivedMs, settings.BeaconIntervalMs) <= Window(last, settings.BeaconIntervalMs))
            return RejectionReason.IrregularInterval;
        if (report.EntropyStartMs != entropy.StartMs || !BeaconPayload.Matches(report)) return RejectionReason.InvalidPayload;
        return RejectionReason.None;
    }

    /// <summary>start ≤ received ≤ start + lifespan, both ends included.</summary>
    public static bool InEntropyWindow(PocSettings settings, Entropy entropy, long receivedMs) =>
        receivedMs >= entropy.StartMs && receivedMs - entropy.StartMs <= settings.EntropyLifespanMs;

    /// <summary>The schedule window of a time: ⌊t / interval⌋ (floored, so times before 1970 behave too).</summary>
    public static long Window(long timeMs, long intervalMs) => Math.DivRem(timeMs, intervalMs) is var (q, r) && r < 0 ? q - 1 : q;
}
