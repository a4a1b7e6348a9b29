using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Protocol.Services.Coverage.Reports;
using Protocol.Services.CoverageOracle.Options;

namespace Protocol.Services.CoverageOracle.Chain;

/// <summary>
/// Registry facts by hotspot key: the token id is computed locally (<see cref="TokenIds"/>), hotspotInfo is read on-chain and
/// cached for Chain:RegistryCacheMs (unknown keys too, so a flood of reports from one unknown key costs one call per period).
/// </summary>
public sealed class HotspotDirectory(ICoverageChain chain, IOptions<CoverageOracleOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<HotspotKey, (RegisteredHotspot? Hotspot, long AtMs)> _cache = new();
    private readonly int _subDaoId = options.Value.SubDaoId;
    private readonly long _ttlMs = options.Value.Chain.RegistryCacheMs;

    public byte[] TokenIdOf(HotspotKey key) => TokenIds.For(_subDaoId, key);

    public async Task<RegisteredHotspot?> FindAsync(HotspotKey key, CancellationToken ct)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        if (_cache.TryGetValue(key, out var cached) && now - cached.AtMs < _ttlMs) return cached.Hotspot;
        var hotspot = await chain.HotspotAsync(TokenIdOf(key), ct).ConfigureAwait(false);
        if (hotspot is not null && hotspot.SubDaoId != _subDaoId) hotspot = null;
        _cache[key] = (hotspot, now);
        return hotspot;
    }
}
