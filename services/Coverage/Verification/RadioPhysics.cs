namespace Protocol.Services.Coverage.Verification;

/// <summary>
/// The RSSI plausibility bound (helium-oracles.md §3a witness check 9): a witness cannot hear the beacon louder than
/// free space allows, <c>signal/10 ≤ txPower + ⌊gainB/10⌋ + ⌊gainW/10⌋ − FSPL</c> with
/// <c>FSPL = 20·log10(4π·d·f/c)</c>, d in metres (rounded centre distance), f the witness's frequency in Hz,
/// c = 2.998e8 m/s, gains in deci-dBi floored to whole dBi. The maths is IEEE double (log10 included); only a report
/// within an ulp of the bound could be judged differently on another platform.
/// </summary>
public static class RadioPhysics
{
    /// <summary>Speed of light in air, m/s (the reference's constant).</summary>
    public const double SpeedOfLight = 2.998e8;

    /// <summary>Free-space path loss in dB; −∞ at distance 0.</summary>
    public static double FreeSpacePathLossDb(long distanceMetres, ulong frequencyHz) =>
        20.0 * Math.Log10(4.0 * Math.PI * distanceMetres * (double)frequencyHz / SpeedOfLight);

    /// <summary>The strongest signal the witness can plausibly receive, dBm.</summary>
    public static double MaxPlausibleSignalDbm(int txPowerDbm, int beaconerGainDeciDbi, int witnessGainDeciDbi, long distanceMetres, ulong frequencyHz) =>
        txPowerDbm + FloorTenths(beaconerGainDeciDbi) + FloorTenths(witnessGainDeciDbi) - FreeSpacePathLossDb(distanceMetres, frequencyHz);

    /// <summary>Whether a reported signal (deci-dBm) is within the bound.</summary>
    public static bool IsPlausible(int signalDeciDbm, int txPowerDbm, int beaconerGainDeciDbi, int witnessGainDeciDbi, long distanceMetres, ulong frequencyHz) =>
        signalDeciDbm / 10.0 <= MaxPlausibleSignalDbm(txPowerDbm, beaconerGainDeciDbi, witnessGainDeciDbi, distanceMetres, frequencyHz);

    /// <summary>⌊deci / 10⌋, rounding towards −∞ (−5 deci-dBi is −1 dBi, not 0): the stricter bound for negative gains.</summary>
    public static int FloorTenths(int deci) => (int)Math.Floor(deci / 10.0);
}
