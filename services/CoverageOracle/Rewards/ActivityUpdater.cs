using Microsoft.Extensions.Options;
using Protocol.Services.CoverageOracle.Chain;
using Protocol.Services.CoverageOracle.Hosting;
using Protocol.Services.CoverageOracle.Options;
using Protocol.Services.CoverageOracle.Storage;

namespace Protocol.Services.CoverageOracle.Rewards;

/// <summary>
/// Keeps HotspotRegistry's active flags in line with proof-of-coverage (only on the instance with Rewards:ManageActive, whose
/// account is the subDAO's active-device authority): an onboarded hotspot whose last valid activity (a witness or a beacon
/// with witnesses passing the regular checks) is less than Rewards:InactiveAfterMs old is set active, any other set
/// inactive. The flag is read fresh from the registry each run and setActive sent only when it differs, so a restart or a
/// second run changes nothing; each call waits for its block.
/// </summary>
public sealed class ActivityUpdater(ICoverageStore store, ICoverageChain chain, HotspotDirectory directory, IOptions<CoverageOracleOptions> options,
    TimeProvider clock, ILogger<ActivityUpdater> logger)
{
    private readonly RewardOptions _options = options.Value.Rewards;

    /// <summary>Returns the number of flags changed.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        if (!_options.ManageActive) return 0;
        var now = clock.NowMs();
        int changed = 0;
        foreach (var state in await store.AllHotspotStatesAsync(ct).ConfigureAwait(false))
        {
            var tokenId = directory.TokenIdOf(state.Hotspot);
            if (await chain.HotspotAsync(tokenId, ct).ConfigureAwait(false) is not { Onboarded: true } registered) continue;
            var active = state.LastValidActivityMs is { } t && now - t < _options.InactiveAfterMs;
            if (registered.Active != active)
            {
                await chain.SetActiveAsync(tokenId, active, ct).ConfigureAwait(false);
                changed++;
                logger.LogInformation("Hotspot {Hotspot} set {State} (last valid activity {Last})", state.Hotspot, active ? "active" : "inactive",
                    state.LastValidActivityMs);
            }
            if (state.ActiveOnChain != active) await store.SetActiveOnChainAsync(state.Hotspot, active, ct).ConfigureAwait(false);
        }
        return changed;
    }
}
