using Protocol.Services.Coverage.Reports;

namespace Protocol.Services.Coverage.Verification;

/// <summary>
/// What the verifier needs to know about one registered hotspot, as of the report being verified. The registry part
/// (location, gain, elevation, data-only) should come from a per-epoch snapshot of HotspotRegistry so results can be
/// recomputed; the three times are the oracle's own state, advanced by <see cref="FactUpdate"/>s.
/// </summary>
/// <param name="Location">Asserted H3 cell (resolution 11 or finer; 12 as the reference asserts), 0 when none.</param>
/// <param name="GainDeciDbi">Antenna gain in tenths of a dBi (the reference's unit: 12 = 1.2 dBi).</param>
/// <param name="ElevationMetres">Antenna elevation, metres above ground. Recorded only.</param>
/// <param name="DataOnly">Data-only hotspots take no part in proof-of-coverage.</param>
/// <param name="LastBeaconMs">Receipt time of its last beacon, valid or not (the 6-hour schedule), Unix ms.</param>
/// <param name="LastValidWitnessMs">Receipt time of its last witness that passed the regular checks (HIP-106 for its beacons).</param>
/// <param name="LastBeaconWithWitnessMs">Receipt time of its last beacon that passed the regular checks with at least one such witness (HIP-106 for its witnesses).</param>
public readonly record struct HotspotFacts(
    ulong Location,
    int GainDeciDbi,
    int ElevationMetres = 0,
    bool DataOnly = false,
    long? LastBeaconMs = null,
    long? LastValidWitnessMs = null,
    long? LastBeaconWithWitnessMs = null);

/// <summary>A read-only view of the registry, the denylist and the oracle's per-hotspot times.</summary>
public interface IHotspotView
{
    /// <summary>False when the key is not a registered hotspot of this subDAO.</summary>
    bool TryGetHotspot(HotspotKey key, out HotspotFacts facts);

    /// <summary>Whether the key is denylisted. An empty or unloaded denylist should deny everything (fail closed).</summary>
    bool IsDenied(HotspotKey key);

    /// <summary>Whether the pair is denylisted, in either direction.</summary>
    bool IsEdgeDenied(HotspotKey beaconer, HotspotKey witness);
}

/// <summary>An entropy value as the entropy service published it: the data and the start of its validity (Unix ms).</summary>
public sealed record Entropy(byte[] Data, long StartMs);

/// <summary>Which of a hotspot's oracle times an update advances.</summary>
public enum FactKind
{
    LastBeacon = 0,
    LastValidWitness = 1,
    LastBeaconWithWitness = 2,
}

/// <summary>
/// A change the service must write after a PoC is verified: set the hotspot's time of this kind to
/// max(current, <see cref="TimeMs"/>). Apply the updates of one PoC before verifying the next, in receipt order.
/// </summary>
public readonly record struct FactUpdate(HotspotKey Hotspot, FactKind Kind, long TimeMs);
