using System.Net.Http.Json;
using Microsoft.Extensions.Options;
using Protocol.Services.CoverageOracle.Api;
using Protocol.Services.CoverageOracle.Options;
using Protocol.Services.CoverageOracle.Storage;
using Protocol.Toolchain.Runtime.Cryptography;

namespace Protocol.Services.CoverageOracle.Rewards;

/// <summary>
/// Collects the peers' signatures of an epoch's root: GET {peer}/v1/roots/{epoch}; a signature is kept only when the peer's
/// root and total equal ours and it verifies against the key Rewards.oracles holds at the peer's index. Unreachable peers
/// and peers that have not computed the epoch yet are skipped (asked again next run).
/// </summary>
public sealed class PeerSignatures(IHttpClientFactory http, ICoverageStore store, IOptions<CoverageOracleOptions> options, ILogger<PeerSignatures> logger)
{
    public const string HttpClientName = "peers";

    public async Task CollectAsync(EpochRecord epoch, byte[] message, IReadOnlyList<byte[]> oracleKeys, CancellationToken ct)
    {
        var have = (await store.SignaturesAsync(epoch.Epoch, ct).ConfigureAwait(false)).Select(s => s.OracleIndex).ToHashSet();
        using var client = http.CreateClient(HttpClientName);
        foreach (var peer in options.Value.Rewards.Peers.Where(p => !have.Contains(p.Index)))
        {
            RootView? view;
            try
            {
                using var response = await client.GetAsync(new Uri(new Uri(peer.Url), $"/v1/roots/{epoch.Epoch}"), ct).ConfigureAwait(false);
                if (!response.IsSuccessStatusCode) continue;
                view = await response.Content.ReadFromJsonAsync<RootView>(ct).ConfigureAwait(false);
            }
            catch (Exception ex) when ((ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException) && !ct.IsCancellationRequested)
            {
                logger.LogDebug("Peer {Index} ({Url}) gave no root for epoch {Epoch}: {Error}", peer.Index, peer.Url, epoch.Epoch, ex.Message);
                continue;
            }
            if (view?.Signature is null || view.OracleIndex != peer.Index) continue;
            if (!string.Equals(view.Root, Convert.ToHexString(epoch.Root), StringComparison.OrdinalIgnoreCase) || view.Total != epoch.Total)
            {
                logger.LogWarning("Peer {Index} computed another root for epoch {Epoch}: {Root} / {Total} (ours {Ours} / {OurTotal})", peer.Index,
                    epoch.Epoch, view.Root, view.Total, Convert.ToHexString(epoch.Root), epoch.Total);
                continue;
            }
            var signature = Convert.FromHexString(view.Signature);
            if (peer.Index >= oracleKeys.Count
                || !Ecdsa.Verify(message, signature, ECPoint.Decode(oracleKeys[peer.Index], ECCurve.Secp256r1)))
            {
                logger.LogWarning("Peer {Index}'s signature of epoch {Epoch} does not verify against Rewards.oracles", peer.Index, epoch.Epoch);
                continue;
            }
            await store.SaveSignatureAsync(new RootSignature(epoch.Epoch, peer.Index, signature), ct).ConfigureAwait(false);
        }
    }
}
