using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Protocol.Services.Coverage.Reports;
using Protocol.Services.CoverageOracle.Chain;
using Protocol.Services.CoverageOracle.Options;
using Protocol.Services.CoverageOracle.Storage;
using Protocol.Services.Rewards.Merkle;

namespace Protocol.Services.CoverageOracle.Api;

/// <summary>
/// GET /v1/rewards/{hotspot}: the hotspot's cumulative total in the last computed epoch and the proof Rewards.claim takes
/// (token id, cumulative, leaf index, siblings from the leaf up, hex), with what the contract says it has claimed so far.
/// GET /v1/roots/{epoch}: the epoch's root, total and this instance's signature (what peers collect), plus the
/// signatures held and the submission.
/// </summary>
public static class RewardsApi
{
    public static IEndpointRouteBuilder MapRewardsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1").WithTags("Rewards");
        group.MapGet("/rewards/{hotspot}", GetRewardAsync);
        group.MapGet("/roots/{epoch:long}", GetRootAsync);
        return app;
    }

    private static async Task<Results<Ok<RewardView>, ProblemHttpResult>> GetRewardAsync(string hotspot, ICoverageStore store, ICoverageChain chain,
        HotspotDirectory directory, EpochTrees trees, CancellationToken ct)
    {
        HotspotKey key;
        try
        {
            key = HotspotKey.Parse(hotspot);
        }
        catch (FormatException ex)
        {
            return TypedResults.Problem($"'{hotspot}' is not a hotspot key (66 hex digits): {ex.Message}", statusCode: 400);
        }
        if (await store.LastEpochAsync(ct) is not { } epoch)
            return TypedResults.Problem("No epoch has been computed yet.", statusCode: 404, title: "No rewards");
        var tree = await trees.ForEpochAsync(epoch.Epoch, ct);
        var tokenId = directory.TokenIdOf(key);
        if (!tree.TryProof(tokenId, out var proof))
            return TypedResults.Problem($"Hotspot {key} has no reward up to epoch {epoch.Epoch}.", statusCode: 404, title: "No rewards");
        ulong? claimed = null;
        try
        {
            claimed = await chain.ClaimedByAsync(tokenId, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The chain is only asked for convenience; the proof stands without it.
        }
        return TypedResults.Ok(new RewardView(key.ToString(), Hex(tokenId), epoch.Epoch, proof.Cumulative, claimed,
            claimed is { } c && c <= proof.Cumulative ? proof.Cumulative - c : null, proof.Index, proof.Siblings.Select(Hex).ToList(), Hex(tree.Root)));
    }

    private static async Task<Results<Ok<RootView>, ProblemHttpResult>> GetRootAsync(long epoch, ICoverageStore store, IOptions<CoverageOracleOptions> options,
        CancellationToken ct)
    {
        if (await store.GetEpochAsync(epoch, ct) is not { } e)
            return TypedResults.Problem($"Epoch {epoch} has not been computed by this instance.", statusCode: 404, title: "Unknown epoch");
        var signatures = await store.SignaturesAsync(epoch, ct);
        var index = options.Value.Rewards.OracleIndex;
        var own = signatures.FirstOrDefault(s => s.OracleIndex == index);
        var submission = await store.SubmissionAsync(epoch, ct);
        return TypedResults.Ok(new RootView(e.Epoch, e.StartMs, e.EndMs, e.Pool, e.Unallocated, e.PocCount, Hex(e.Root), e.Total,
            index >= 0 ? index : null, own is null ? null : Hex(own.Signature),
            signatures.Select(s => new SignatureView(s.OracleIndex, Hex(s.Signature))).ToList(), submission?.State.ToString(), submission?.TxHash));
    }

    private static string Hex(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();
}

public sealed record RewardView(string Hotspot, string TokenId, long Epoch, ulong Cumulative, ulong? Claimed, ulong? Claimable, long LeafIndex,
    IReadOnlyList<string> Proof, string Root);

public sealed record SignatureView(int OracleIndex, string Signature);

public sealed record RootView(long Epoch, long StartMs, long EndMs, ulong Pool, ulong Unallocated, long PocCount, string Root, ulong Total,
    int? OracleIndex, string? Signature, IReadOnlyList<SignatureView>? Signatures, string? Submission, string? TxHash);
