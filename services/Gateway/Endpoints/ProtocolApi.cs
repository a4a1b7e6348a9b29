using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Protocol.Services.Gateway.Api;
using Protocol.Services.Gateway.Options;
using Protocol.Services.Gateway.Reads;

namespace Protocol.Services.Gateway.Endpoints;

/// <summary>
/// The protocol's state: GET /v1/positions/{id}, /v1/subdaos, /v1/subdaos/{subDao}, /v1/subdaos/{subDao}/rewards,
/// /v1/epochs, /v1/price. {subDao} is an id or a token symbol; epoch ranges are ?from=&amp;to= (inclusive).
/// </summary>
public static class ProtocolApi
{
    public static RouteGroupBuilder MapProtocolApi(this RouteGroupBuilder v1)
    {
        v1.MapGet("/positions/{id}", async Task<Ok<PositionView>> (string id, string? at, PositionsReader positions, CancellationToken ct) =>
                TypedResults.Ok(await positions.OneAsync(Inputs.Id(id, "id", 8), Inputs.OptionalLong(at, "at", 0, long.MaxValue), ct)))
            .WithTags("Positions").WithName("GetPosition").WithSummary("One veHNT position with its voting power now and at ?at= (ms).");
        var subDaos = v1.MapGroup("/subdaos").WithTags("SubDAOs");
        subDaos.MapGet("/", async Task<Ok<IReadOnlyList<SubDaoView>>> (SubDaosReader reader, CancellationToken ct) => TypedResults.Ok(await reader.AllAsync(ct)))
            .WithName("GetSubDaos").WithSummary("Every subDAO: treasury HNT, DNT supply, delegated veHNT and DC burned this epoch.");
        subDaos.MapGet("/{subDao}", async Task<Ok<SubDaoDetailView>> (string subDao, string? from, string? to, SubDaosReader reader,
                IOptions<GatewayOptions> options, CancellationToken ct) =>
                TypedResults.Ok(await reader.OneAsync(subDao, Inputs.OptionalLong(from, "from", 0, long.MaxValue), Inputs.OptionalLong(to, "to", 0, long.MaxValue),
                    options.Value.Reads.MaxEpochs, ct)))
            .WithName("GetSubDao").WithSummary("One subDAO with its closed epochs: utility score and share, HNT, DNT, delegated veHNT, DC burned.");
        subDaos.MapGet("/{subDao}/rewards", async Task<Ok<RewardsPoolView>> (string subDao, SubDaoDirectory directory, HotspotsReader hotspots,
                CancellationToken ct) => TypedResults.Ok(await hotspots.PoolAsync(await directory.FindAsync(subDao, ct), ct)))
            .WithName("GetRewardsPool").WithSummary("The subDAO's rewards escrow: funded, claimed, latest root and total, oracles.");
        v1.MapGet("/epochs", async Task<Ok<EpochsView>> (string? from, string? to, EpochsReader reader, IOptions<GatewayOptions> options, CancellationToken ct) =>
                TypedResults.Ok(await reader.ReadAsync(Inputs.OptionalLong(from, "from", 0, long.MaxValue), Inputs.OptionalLong(to, "to", 0, long.MaxValue),
                    options.Value.Reads.MaxEpochs, ct)))
            .WithTags("Epochs").WithName("GetEpochs").WithSummary("HNT supply and burns now, and each epoch's issuance and re-emission.");
        v1.MapGet("/price", async Task<Ok<PriceView>> (PriceReader reader, CancellationToken ct) => TypedResults.Ok(await reader.ReadAsync(ct)))
            .WithTags("Price").WithName("GetPrice").WithSummary("The feed's median price, confidence, conservative price, quorum and each oracle's submission.");
        return v1;
    }
}
