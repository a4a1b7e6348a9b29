using Protocol.Services.Coverage.Verification;

namespace Protocol.Services.Coverage.Rewards;

/// <summary>
/// Streams an epoch's valid PoCs into per-hotspot shares (fixed point, <see cref="Fixed"/>), O(1) memory per PoC:
/// two arrays indexed by hotspot and two 128-bit totals. For a PoC with beaconer hex scale s and n selected witnesses:
/// beacon share += ⌊s × beaconerUnits(n)⌋ and each witness's share += ⌊s × perWitnessUnits(n)⌋ (each product floored to
/// 12 decimals). Sums are exact integers, so the result does not depend on the order PoCs arrive in.
/// PoCs whose beacon was received outside the epoch's [start, end) are skipped and counted. Not thread-safe: feed it from
/// one thread (accumulation is a small part of the epoch's cost), or give each thread its own and add the arrays.
/// </summary>
public sealed class EpochShareAccumulator
{
    private readonly long[] _beacon;
    private readonly long[] _witness;
    private UInt128 _beaconTotal;
    private UInt128 _witnessTotal;

    public EpochShareAccumulator(EpochWindow window, int hotspotCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hotspotCount);
        Window = window;
        _beacon = new long[hotspotCount];
        _witness = new long[hotspotCount];
    }

    public EpochWindow Window { get; }

    public int HotspotCount => _beacon.Length;

    /// <summary>PoCs added.</summary>
    public long PocCount { get; private set; }

    /// <summary>PoCs refused for a beacon outside the epoch.</summary>
    public long OutsideEpoch { get; private set; }

    /// <summary>
    /// Adds one valid PoC: the beaconer's index, its beacon's receipt time, the beaconer's fixed-point hex scale (0..1) and
    /// the selected witnesses' indices (at most the PoC's selection; a self-witness here is a caller bug and throws).
    /// Returns false, changing nothing, when the beacon is outside the epoch.
    /// </summary>
    public bool AddPoc(int beaconer, long beaconReceivedMs, long hexScale, ReadOnlySpan<int> selectedWitnesses)
    {
        if ((uint)beaconer >= (uint)_beacon.Length) throw new ArgumentOutOfRangeException(nameof(beaconer));
        if (hexScale is < 0 or > Fixed.One) throw new ArgumentOutOfRangeException(nameof(hexScale), hexScale, "A hex scale is between 0 and 1.");
        if (!Window.Contains(beaconReceivedMs))
        {
            OutsideEpoch++;
            return false;
        }
        int n = selectedWitnesses.Length;
        long beaconShare = Fixed.Multiply(hexScale, RewardUnits.Beaconer(n));
        _beacon[beaconer] = checked(_beacon[beaconer] + beaconShare);
        _beaconTotal += (ulong)beaconShare;
        if (n > 0)
        {
            long witnessShare = Fixed.Multiply(hexScale, RewardUnits.PerWitness(n));
            foreach (var w in selectedWitnesses)
            {
                if ((uint)w >= (uint)_witness.Length) throw new ArgumentOutOfRangeException(nameof(selectedWitnesses));
                if (w == beaconer) throw new ArgumentException("A beaconer cannot be its own witness.", nameof(selectedWitnesses));
                _witness[w] = checked(_witness[w] + witnessShare);
            }
            _witnessTotal += (UInt128)(ulong)witnessShare * (ulong)n;
        }
        PocCount++;
        return true;
    }

    /// <summary>Adds a verified PoC (ignored unless its beacon is valid), indexing its hotspots.</summary>
    public bool AddPoc(PocVerdict verdict, long hexScale, HotspotIndex index)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        ArgumentNullException.ThrowIfNull(index);
        if (!verdict.BeaconIsValid) return false;
        Span<int> witnesses = verdict.Selected.Count <= 64 ? stackalloc int[verdict.Selected.Count] : new int[verdict.Selected.Count];
        for (int i = 0; i < witnesses.Length; i++) witnesses[i] = Lookup(index, verdict.Selected[i]);
        return AddPoc(Lookup(index, verdict.Beacon.Report.Hotspot), verdict.Beacon.ReceivedMs, hexScale, witnesses);
    }

    /// <summary>A snapshot of the shares so far (copies the arrays).</summary>
    public EpochShares ToShares() => new(Window, (long[])_beacon.Clone(), (long[])_witness.Clone(), _beaconTotal, _witnessTotal, PocCount);

    private int Lookup(HotspotIndex index, Reports.HotspotKey key)
    {
        if (!index.TryGetIndex(key, out var i) || i >= _beacon.Length)
            throw new ArgumentException($"Hotspot {key} has no index below {_beacon.Length}.", nameof(index));
        return i;
    }
}

/// <summary>An epoch's shares per hotspot index (fixed point) and their totals.</summary>
public sealed record EpochShares(EpochWindow Window, long[] Beacon, long[] Witness, UInt128 TotalBeacon, UInt128 TotalWitness, long PocCount);
