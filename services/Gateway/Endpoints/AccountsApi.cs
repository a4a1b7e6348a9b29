using Microsoft.AspNetCore.Http.HttpResults;
using Protocol.Services.Gateway.Api;
using Protocol.Services.Gateway.Chain;
using Protocol.Services.Gateway.Reads;

namespace Protocol.Services.Gateway.Endpoints;

/// <summary>
/// GET /v1/accounts/{account}/balances, /positions?at=ms and /hotspots: what one account holds. {account} is a Neo
/// address or a 0x script hash; anything else is a 400 naming both formats.
/// </summary>
public static class AccountsApi
{
    public static RouteGroupBuilder MapAccountsApi(this RouteGroupBuilder v1)
    {
        var accounts = v1.MapGroup("/accounts/{account}").WithTags("Accounts");
        accounts.MapGet("/balances", async Task<Ok<BalancesView>> (string account, ProtocolReader reader, BalancesReader balances, CancellationToken ct) =>
                TypedResults.Ok(await balances.ReadAsync(Inputs.Account(account, "account", reader.AddressVersion), ct)))
            .WithName("GetBalances").WithSummary("HNT, DC, every subDAO token and GAS of an account.");
        accounts.MapGet("/positions", async Task<Ok<PositionsView>> (string account, string? at, ProtocolReader reader, PositionsReader positions,
                CancellationToken ct) =>
                TypedResults.Ok(await positions.OfOwnerAsync(Inputs.Account(account, "account", reader.AddressVersion),
                    Inputs.OptionalLong(at, "at", 0, long.MaxValue), ct)))
            .WithName("GetPositions").WithSummary("The account's veHNT positions (held and in the escrow's custody) with voting power now and at ?at= (ms).");
        accounts.MapGet("/hotspots", async Task<Ok<IReadOnlyList<HotspotView>>> (string account, ProtocolReader reader, HotspotsReader hotspots,
                CancellationToken ct) =>
                TypedResults.Ok(await hotspots.OfOwnerAsync(Inputs.Account(account, "account", reader.AddressVersion), ct)))
            .WithName("GetAccountHotspots").WithSummary("The hotspots the account owns, with what the rewards escrow has paid each.");
        return v1;
    }
}
