namespace Protocol.Services.Coverage.Rewards;

/// <summary>
/// One epoch's payouts in the subDAO token's base units, per hotspot index. Σ payouts + <see cref="Unallocated"/> = <see cref="Pool"/>.
/// </summary>
public sealed record EpochRewards(
    int Version,
    EpochWindow Window,
    ulong Pool,
    ulong BeaconPool,
    ulong WitnessPool,
    UInt128 TotalBeaconShares,
    UInt128 TotalWitnessShares,
    ulong[] BeaconPayouts,
    ulong[] WitnessPayouts,
    ulong Unallocated)
{
    public int HotspotCount => BeaconPayouts.Length;

    /// <summary>A hotspot's payout for the epoch (beaconing plus witnessing).</summary>
    public ulong PayoutOf(int hotspot) => checked(BeaconPayouts[hotspot] + WitnessPayouts[hotspot]);
}

/// <summary>
/// The reward function, version <see cref="RewardFunctionVersion"/>. Pure: the same shares and pool give the same
/// payouts, byte for byte, on every machine.
/// <list type="number">
/// <item>Split the pool (<see cref="PoolSplit.V1"/>): beacon part and witness part.</item>
/// <item>Each hotspot gets ⌊part × share / Σ shares⌋ of each part (128-bit exact: part &lt; 2^64, share &lt; 2^63).</item>
/// <item>What the floors leave, and a whole part when nobody has shares in it, is <c>Unallocated</c>: it stays in the
/// escrow (roots carry totals, the escrow keeps <c>funded − total</c>); nothing is carried to the next epoch.</item>
/// </list>
/// Rounding is always down, in the protocol's favour; each payout is at most its exact share.
/// </summary>
public static class RewardFunction
{
    public const int RewardFunctionVersion = 1;

    public static EpochRewards Compute(EpochShares shares, ulong pool) => Compute(shares, pool, PoolSplit.V1);

    public static EpochRewards Compute(EpochShares shares, ulong pool, PoolSplit split)
    {
        ArgumentNullException.ThrowIfNull(shares);
        if (shares.Beacon.Length != shares.Witness.Length)
            throw new ArgumentException("Beacon and witness shares must cover the same hotspots.", nameof(shares));
        var (beaconPool, witnessPool) = split.Divide(pool);
        var beacon = Payouts(shares.Beacon, shares.TotalBeacon, beaconPool, out var paidBeacon);
        var witness = Payouts(shares.Witness, shares.TotalWitness, witnessPool, out var paidWitness);
        var unallocated = pool - paidBeacon - paidWitness;
        return new EpochRewards(RewardFunctionVersion, shares.Window, pool, beaconPool, witnessPool,
            shares.TotalBeacon, shares.TotalWitness, beacon, witness, unallocated);
    }

    private static ulong[] Payouts(long[] shares, UInt128 total, ulong part, out ulong paid)
    {
        var payouts = new ulong[shares.Length];
        UInt128 sum = 0;
        UInt128 check = 0;
        for (int i = 0; i < shares.Length; i++)
        {
            if (shares[i] < 0) throw new ArgumentException("Shares are non-negative.", nameof(shares));
            check += (ulong)shares[i];
        }
        if (check != total) throw new ArgumentException("The share total does not match the shares.", nameof(total));
        paid = 0;
        if (total == 0) return payouts;
        for (int i = 0; i < shares.Length; i++)
        {
            if (shares[i] == 0) continue;
            var payout = (ulong)((UInt128)part * (ulong)shares[i] / total);
            payouts[i] = payout;
            sum += payout;
        }
        paid = (ulong)sum; // ≤ part, since Σ ⌊part × sᵢ / S⌋ ≤ part
        return payouts;
    }
}
