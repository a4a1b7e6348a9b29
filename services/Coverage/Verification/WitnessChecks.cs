using Protocol.Services.Coverage.Geo;
using Protocol.Services.Coverage.Reports;

namespace Protocol.Services.Coverage.Verification;

/// <summary>
/// The regular checks of one witness of a beacon that passed its own, in the reference's order
/// (helium-oracles.md §3a "Witness checks"). Duplicates and reciprocity are <see cref="PocVerifier"/>'s.
/// </summary>
internal static class WitnessChecks
{
    public static RejectionReason Check(
        PocSettings settings, ReceivedBeacon beacon, in HotspotFacts beaconer, Entropy entropy,
        ReceivedWitness witness, long firstWitnessMs, IHotspotView view, out HotspotFacts facts)
    {
        var report = witness.Report;
        facts = default;
        if (report.Network != settings.Network) return RejectionReason.WrongNetwork;
        if (!view.TryGetHotspot(report.Witness, out facts)) return RejectionReason.GatewayNotFound;
        if (!PocGeometry.IsUsableLocation(facts.Location)) return RejectionReason.NotAsserted;
        if (view.IsDenied(report.Witness)) return RejectionReason.Denied;
        var beaconerKey = beacon.Report.Hotspot;
        if (view.IsEdgeDenied(beaconerKey, report.Witness)) return RejectionReason.DeniedEdge;
        if (beaconerKey == report.Witness) return RejectionReason.SelfWitness;
        if (!BeaconChecks.InEntropyWindow(settings, entropy, witness.ReceivedMs)) return RejectionReason.EntropyExpired;
        if (IsTooLate(settings, beacon.ReceivedMs, firstWitnessMs, witness.ReceivedMs)) return RejectionReason.TooLate;
        if (!report.BeaconData.AsSpan().SequenceEqual(beacon.Report.Data)) return RejectionReason.DataMismatch;
        if (facts.DataOnly) return RejectionReason.DataOnly;
        var beaconFrequency = beacon.Report.FrequencyHz;
        var delta = beaconFrequency > report.FrequencyHz ? beaconFrequency - report.FrequencyHz : report.FrequencyHz - beaconFrequency;
        if (delta > settings.MaxFrequencyDeltaHz) return RejectionReason.InvalidFrequency;

        var metres = PocGeometry.CentreDistanceMetres(beaconer.Location, facts.Location);
        var cells = PocGeometry.ParentGridDistance(beaconer.Location, facts.Location);
        if (cells is int c ? c < settings.MinCellDistance : metres < PocGeometry.UndefinedGridDistanceFloorMetres)
            return RejectionReason.BelowMinDistance;
        if (metres > settings.MaxDistanceMetres) return RejectionReason.AboveMaxDistance;
        if (!RadioPhysics.IsPlausible(report.SignalDeciDbm, beacon.Report.TxPowerDbm, beaconer.GainDeciDbi, facts.GainDeciDbi, metres, report.FrequencyHz))
            return RejectionReason.BadRssi;
        return RejectionReason.None;
    }

    /// <summary>
    /// Lag: if the beacon arrived no later than the first witness, every witness must arrive within 4000 ms of the
    /// beacon; otherwise within 1500 ms of the first witness.
    /// </summary>
    public static bool IsTooLate(PocSettings settings, long beaconMs, long firstWitnessMs, long receivedMs) =>
        beaconMs <= firstWitnessMs
            ? receivedMs - beaconMs > settings.MaxBeaconToWitnessLagMs
            : receivedMs - firstWitnessMs > settings.MaxWitnessLagMs;
}
