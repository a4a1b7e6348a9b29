namespace Protocol.Services.Coverage.Verification;

/// <summary>
/// The verification constants (helium-oracles.md §3a). The defaults are the reference's; a deployment changes them only
/// with a new rule version, since they decide rewards.
/// </summary>
/// <param name="Network">The Neo network magic reports must be signed for.</param>
public sealed record PocSettings(uint Network)
{
    /// <summary>A report counts only if received in [entropy start, entropy start + this], ms (reference: 180 s).</summary>
    public long EntropyLifespanMs { get; init; } = 180_000;

    /// <summary>One beacon per window of this length, windows aligned on Unix time 0, ms (reference: 6 h).</summary>
    public long BeaconIntervalMs { get; init; } = 6 * 3_600_000L;

    /// <summary>Latest a witness may arrive after the beacon when the beacon arrived first, ms.</summary>
    public long MaxBeaconToWitnessLagMs { get; init; } = 4_000;

    /// <summary>Latest a witness may arrive after the first witness when a witness arrived before the beacon, ms.</summary>
    public long MaxWitnessLagMs { get; init; } = 1_500;

    /// <summary>Largest |beacon frequency − witness frequency|, Hz.</summary>
    public ulong MaxFrequencyDeltaHz { get; init; } = 100_000;

    /// <summary>Smallest grid distance between the resolution-11 parents of beaconer and witness.</summary>
    public int MinCellDistance { get; init; } = 8;

    /// <summary>Largest distance between the two hotspots' cell centres, metres (rounded to the metre).</summary>
    public long MaxDistanceMetres { get; init; } = 100_000;

    /// <summary>HIP-106 reciprocity: the opposite role must have been valid less than this long ago, ms (48 h).</summary>
    public long ReciprocityWindowMs { get; init; } = 48 * 3_600_000L;

    /// <summary>At most this many valid witnesses per beacon are rewarded, the first to arrive.</summary>
    public int MaxWitnessesPerPoc { get; init; } = 14;
}
