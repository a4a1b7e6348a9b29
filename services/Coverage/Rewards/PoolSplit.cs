namespace Protocol.Services.Coverage.Rewards;

/// <summary>
/// How an epoch's hotspot pool divides between beaconers and witnesses. The Rewards escrow receives the subDAO's whole
/// hotspot share of the epoch's DNT (PROTOCOL.md "SubDAOs and epochs"), and data transfer is not rewarded yet, so the
/// pool is all proof-of-coverage, split in the reference's 6 : 24 ratio (beacons 6 %, witnesses 24 % of emissions),
/// i.e. 1 : 4: beacon part = ⌊pool × 6 / 30⌋, witness part = pool − beacon part.
/// </summary>
public readonly record struct PoolSplit(ulong BeaconParts, ulong WitnessParts)
{
    /// <summary>Version 1's split: 6 : 24.</summary>
    public static PoolSplit V1 { get; } = new(6, 24);

    /// <summary>Divides the pool; the two parts always sum to it.</summary>
    public (ulong Beacon, ulong Witness) Divide(ulong pool)
    {
        var parts = (UInt128)BeaconParts + WitnessParts;
        if (parts == 0) throw new InvalidOperationException("A pool split needs at least one part.");
        var beacon = (ulong)((UInt128)pool * BeaconParts / parts);
        return (beacon, pool - beacon);
    }
}
