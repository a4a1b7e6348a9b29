using Protocol.Services.Coverage.Reports;
using Protocol.Services.Coverage.Verification;
using Protocol.Services.CoverageOracle.Storage;

namespace Protocol.Services.CoverageOracle.Verification;

/// <summary>
/// The verifier's view of the hotspots of one PoC: registry facts (location, data-only; gain from configuration, as the
/// registry records none), the oracle's stored times, and the configured denylist (the whole denylist; no edge list).
/// </summary>
internal sealed class OracleHotspotView(IReadOnlyDictionary<HotspotKey, HotspotFacts> facts, IReadOnlySet<HotspotKey> denylist) : IHotspotView
{
    public bool TryGetHotspot(HotspotKey key, out HotspotFacts f) => facts.TryGetValue(key, out f);

    public bool IsDenied(HotspotKey key) => denylist.Contains(key);

    public bool IsEdgeDenied(HotspotKey beaconer, HotspotKey witness) => false;

    public static HotspotFacts Facts(Chain.RegisteredHotspot registered, HotspotState? state, int gainDeciDbi) => new(
        registered.Location, gainDeciDbi, 0, registered.DataOnly, state?.LastBeaconMs, state?.LastValidWitnessMs, state?.LastBeaconWithWitnessMs);
}
