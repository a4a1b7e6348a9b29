using Microsoft.AspNetCore.Http.HttpResults;
using Protocol.Services.Gateway.Api;
using Protocol.Services.Gateway.Quotes;

namespace Protocol.Services.Gateway.Endpoints;

/// <summary>GET /v1/quotes/dc?hnt=, /v1/quotes/hnt?dc= and /v1/quotes/redeem?subDao=&amp;dnt= (amounts in base units).</summary>
public static class QuotesApi
{
    public static RouteGroupBuilder MapQuotesApi(this RouteGroupBuilder v1)
    {
        var quotes = v1.MapGroup("/quotes").WithTags("Quotes");
        quotes.MapGet("/dc", async Task<Ok<DcQuoteView>> (string? hnt, QuoteService service, CancellationToken ct) =>
                TypedResults.Ok(await service.DcForHntAsync(Inputs.Amount(hnt, "hnt", 1), ct)))
            .WithName("QuoteDcForHnt").WithSummary("The DC that burning ?hnt= bones buys now: floor(hnt × p / 10^11).");
        quotes.MapGet("/hnt", async Task<Ok<DcQuoteView>> (string? dc, QuoteService service, CancellationToken ct) =>
                TypedResults.Ok(await service.HntForDcAsync(Inputs.Amount(dc, "dc", 1), ct)))
            .WithName("QuoteHntForDc").WithSummary("The HNT (bones) exactly ?dc= DC costs now: ceil(dc × 10^11 / p).");
        quotes.MapGet("/redeem", async Task<Ok<RedeemQuoteView>> (string? subDao, string? dnt, QuoteService service, CancellationToken ct) =>
                TypedResults.Ok(await service.RedeemAsync(subDao ?? throw ApiProblem.BadRequest("subDao is required: a subDAO id or symbol."),
                    Inputs.Amount(dnt, "dnt", 1), ct)))
            .WithName("QuoteRedeem").WithSummary("The HNT a treasury pays now for ?dnt= of its subDAO token (Treasury.quoteRedeem).");
        return v1;
    }
}
