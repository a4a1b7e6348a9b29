using Protocol.Services.Coverage.Reports;
using Protocol.Services.Coverage.Verification;

namespace Protocol.Services.Coverage.Tests.Support;

/// <summary>An in-memory registry, denylist and per-hotspot times; applies verdict updates as the service would.</summary>
public sealed class FakeHotspotView : IHotspotView
{
    private readonly Dictionary<HotspotKey, HotspotFacts> _hotspots = [];
    private readonly HashSet<HotspotKey> _denied = [];
    private readonly HashSet<(HotspotKey, HotspotKey)> _deniedEdges = [];

    public HotspotFacts this[HotspotKey key]
    {
        get => _hotspots[key];
        set => _hotspots[key] = value;
    }

    public void Remove(HotspotKey key) => _hotspots.Remove(key);

    public void Deny(HotspotKey key) => _denied.Add(key);

    public void DenyEdge(HotspotKey a, HotspotKey b) => _deniedEdges.Add((a, b));

    public bool TryGetHotspot(HotspotKey key, out HotspotFacts facts) => _hotspots.TryGetValue(key, out facts);

    public bool IsDenied(HotspotKey key) => _denied.Contains(key);

    public bool IsEdgeDenied(HotspotKey beaconer, HotspotKey witness) =>
        _deniedEdges.Contains((beaconer, witness)) || _deniedEdges.Contains((witness, beaconer));

    public void Apply(IEnumerable<FactUpdate> updates)
    {
        foreach (var u in updates)
        {
            var f = _hotspots[u.Hotspot];
            _hotspots[u.Hotspot] = u.Kind switch
            {
                FactKind.LastBeacon => f with { LastBeaconMs = Max(f.LastBeaconMs, u.TimeMs) },
                FactKind.LastValidWitness => f with { LastValidWitnessMs = Max(f.LastValidWitnessMs, u.TimeMs) },
                FactKind.LastBeaconWithWitness => f with { LastBeaconWithWitnessMs = Max(f.LastBeaconWithWitnessMs, u.TimeMs) },
                _ => throw new ArgumentOutOfRangeException(nameof(updates)),
            };
        }
    }

    private static long Max(long? a, long b) => a is long x ? Math.Max(x, b) : b;
}
