namespace Protocol.Services.Coverage.Rewards;

/// <summary>
/// Cumulative totals, what the Rewards contract's Merkle leaves carry: previous cumulative + this epoch's payout, per
/// hotspot. Totals never decrease; an overflow throws rather than wraps.
/// </summary>
public static class CumulativeRewards
{
    /// <summary>
    /// The next totals by hotspot index. <paramref name="previous"/> may be shorter than the epoch (hotspots indexed
    /// since start at 0) but not longer.
    /// </summary>
    public static ulong[] Next(ReadOnlySpan<ulong> previous, EpochRewards epoch)
    {
        ArgumentNullException.ThrowIfNull(epoch);
        if (previous.Length > epoch.HotspotCount)
            throw new ArgumentException("The previous totals cover hotspots the epoch does not.", nameof(previous));
        var next = new ulong[epoch.HotspotCount];
        for (int i = 0; i < next.Length; i++)
        {
            ulong before = i < previous.Length ? previous[i] : 0;
            next[i] = checked(before + epoch.BeaconPayouts[i] + epoch.WitnessPayouts[i]);
        }
        return next;
    }
}
