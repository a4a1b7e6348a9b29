namespace Protocol.Services.Coverage.Verification;

/// <summary>
/// Why a report was refused. Values are stored in audit records: never renumber or reuse one; add new ones at the end.
/// <see cref="RejectionReasons.Message"/> gives each its one-sentence explanation. The reference's name is in brackets.
/// </summary>
public enum RejectionReason
{
    /// <summary>Accepted.</summary>
    None = 0,

    // Ingest (ReportIntake): the bytes themselves.
    Malformed = 1,
    WrongNetwork = 2,
    BadSignature = 3,

    // Beacon and witness: the reporting hotspot.
    GatewayNotFound = 10,
    NotAsserted = 11,
    Denied = 12,
    DataOnly = 13,

    // Beacon.
    UnknownEntropy = 20,
    EntropyExpired = 21,
    IrregularInterval = 22,
    InvalidPayload = 23,
    NoRecentWitness = 24,

    // Witness.
    DeniedEdge = 30,
    SelfWitness = 31,
    TooLate = 32,
    DataMismatch = 33,
    InvalidFrequency = 34,
    BelowMinDistance = 35,
    AboveMaxDistance = 36,
    BadRssi = 37,
    Duplicate = 38,
    NoRecentBeacon = 39,
    BeaconInvalid = 40,
}

/// <summary>The human message of each <see cref="RejectionReason"/> (what the service's "why" API shows).</summary>
public static class RejectionReasons
{
    public static string Message(RejectionReason reason) => reason switch
    {
        RejectionReason.None => "Accepted.",
        RejectionReason.Malformed => "The report is not a canonical version-1 encoding.",
        RejectionReason.WrongNetwork => "The report is signed for another network magic.",
        RejectionReason.BadSignature => "The signature is not the reporting hotspot's over this report.",
        RejectionReason.GatewayNotFound => "The reporting hotspot is not in the registry [GatewayNotFound].",
        RejectionReason.NotAsserted => "The reporting hotspot has no asserted location of resolution 11 or finer [NotAsserted].",
        RejectionReason.Denied => "The reporting hotspot is on the denylist [Denied].",
        RejectionReason.DataOnly => "The reporting hotspot is data-only and takes no part in proof-of-coverage [InvalidCapability].",
        RejectionReason.UnknownEntropy => "The beacon's remote entropy was never published by the entropy service.",
        RejectionReason.EntropyExpired => "The report arrived outside [entropy start, entropy start + 180 s] [EntropyExpired].",
        RejectionReason.IrregularInterval => "The beaconer already beaconed in this 6-hour window [IrregularInterval].",
        RejectionReason.InvalidPayload => "The beacon's data is not SHA-256 of its entropy and key, or its entropy start is wrong [InvalidPacket].",
        RejectionReason.NoRecentWitness => "The beaconer has witnessed no beacon validly in the last 48 h (HIP-106) [GatewayNoValidWitnesses].",
        RejectionReason.DeniedEdge => "The beaconer–witness pair is on the denylist [DeniedEdge].",
        RejectionReason.SelfWitness => "A hotspot witnessed its own beacon; the report is dropped [SelfWitness].",
        RejectionReason.TooLate => "The witness arrived more than 4000 ms after the beacon or 1500 ms after the first witness [TooLate].",
        RejectionReason.DataMismatch => "The witnessed data differs from the beacon's [InvalidPacket].",
        RejectionReason.InvalidFrequency => "The witness heard a frequency more than 100 kHz from the beacon's [InvalidFrequency].",
        RejectionReason.BelowMinDistance => "The witness is fewer than 8 resolution-11 cells from the beaconer [BelowMinDistance].",
        RejectionReason.AboveMaxDistance => "The witness is more than 100 km from the beaconer [MaxDistanceExceeded].",
        RejectionReason.BadRssi => "The witness reports a signal stronger than free-space path loss allows [BadRssi].",
        RejectionReason.Duplicate => "The witness already reported this beacon [Duplicate].",
        RejectionReason.NoRecentBeacon => "The witness has had no valid beacon with a witness in the last 48 h (HIP-106) [GatewayNoValidBeacons].",
        RejectionReason.BeaconInvalid => "The beacon this witness heard was refused, so no witness of it counts.",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Unknown rejection reason."),
    };
}
