using Microsoft.AspNetCore.Http.HttpResults;
using Protocol.Services.PriceOracle.Aggregation;
using Protocol.Services.PriceOracle.Collection;

namespace Protocol.Services.PriceOracle.Api;

/// <summary>GET /v1/price: the last round with every source's quote, latency and why it was dropped; 503 before the first round.</summary>
public static class PriceApi
{
    public static IEndpointRouteBuilder MapPriceApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/price", Results<Ok<PriceView>, ProblemHttpResult> (OracleStatus status) => status.Last is { } last
            ? TypedResults.Ok(PriceView.From(last))
            : TypedResults.Problem("No aggregation round has finished yet.", statusCode: StatusCodes.Status503ServiceUnavailable));
        return app;
    }
}

/// <summary>The JSON of one round (drop reasons as words: "stale", "timeout", "outlier", …).</summary>
public sealed record PriceView(
    DateTimeOffset ObservedAt, bool Valid, string? Failure, decimal? Price, decimal? Confidence, long? PriceE8, long? ConfidenceE8,
    int LiveSources, int MinSources, IReadOnlyList<QuoteView> Quotes)
{
    public static PriceView From(PriceAggregate a) => new(a.ObservedAt, a.Valid, a.Failure, a.Price, a.Confidence, a.PriceE8, a.ConfidenceE8,
        a.LiveSources, a.MinSources, a.Quotes.Select(QuoteView.From).ToList());
}

public sealed record QuoteView(
    string Source, string Kind, decimal Weight, decimal? Price, decimal? Confidence, DateTimeOffset? PublishedAt, double LatencyMs, bool Used,
    string? Dropped, string? Detail)
{
    public static QuoteView From(QuoteReport q) => new(q.Source, q.Kind, q.Weight, q.Price, q.Confidence, q.PublishedAt,
        Math.Round(q.LatencyMs, 1), q.Used, q.Dropped is { } r ? r.ToString() : null, q.Detail);
}
