using Microsoft.AspNetCore.Http.HttpResults;
using Protocol.Services.Gateway.Api;
using Protocol.Services.Gateway.Reads;

namespace Protocol.Services.Gateway.Endpoints;

/// <summary>GET /v1/proposals?organisation=&amp;state=, /v1/proposals/{id} and /v1/hotspots/{tokenId}.</summary>
public static class GovernanceApi
{
    public static RouteGroupBuilder MapGovernanceApi(this RouteGroupBuilder v1)
    {
        v1.MapGet("/proposals", async Task<Ok<IReadOnlyList<ProposalView>>> (string? organisation, string? state, ProposalsReader reader, CancellationToken ct) =>
                TypedResults.Ok(await reader.ListAsync(Inputs.OptionalLong(organisation, "organisation", 0, 65_535), state, ct)))
            .WithTags("Governance").WithName("GetProposals").WithSummary("Proposals, newest first, with state, choices and tallies.");
        v1.MapGet("/proposals/{id}", async Task<Ok<ProposalView>> (string id, ProposalsReader reader, CancellationToken ct) =>
                TypedResults.Ok(await reader.OneAsync(Inputs.Id(id, "id", 32), ct)))
            .WithTags("Governance").WithName("GetProposal").WithSummary("One proposal with its state, choices, payloads and tallies.");
        v1.MapGet("/hotspots/{tokenId}", async Task<Ok<HotspotView>> (string tokenId, HotspotsReader reader, CancellationToken ct) =>
                TypedResults.Ok(await reader.OneAsync(Inputs.Id(tokenId, "tokenId", 32), ct)))
            .WithTags("Hotspots").WithName("GetHotspot").WithSummary("A hotspot's record and what the rewards escrow has paid it.");
        return v1;
    }
}
