using Protocol.Services.CoverageOracle.Storage;
using Protocol.Services.Rewards.Merkle;

namespace Protocol.Services.CoverageOracle.Api;

/// <summary>
/// The reward tree of the latest computed epoch, built once from its stored leaves and kept: a computed epoch never
/// changes (the store refuses a second computation), so every proof request of that epoch shares one tree instead of
/// reading all leaves and hashing them again (10^6 leaves: seconds and hundreds of MB per request).
/// </summary>
public sealed class EpochTrees(ICoverageStore store)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (long Epoch, RewardTree Tree)? _latest;

    public async Task<RewardTree> ForEpochAsync(long epoch, CancellationToken ct)
    {
        if (_latest is { } cached && cached.Epoch == epoch) return cached.Tree;
        await _gate.WaitAsync(ct);
        try
        {
            if (_latest is { } again && again.Epoch == epoch) return again.Tree;
            var leaves = await store.LeavesAsync(epoch, ct);
            var tree = new RewardTree(leaves.Select(l => new RewardLeaf(l.TokenId, l.Cumulative)));
            _latest = (epoch, tree);
            return tree;
        }
        finally
        {
            _gate.Release();
        }
    }
}
