using Microsoft.AspNetCore.Http.HttpResults;
using Protocol.Services.Coverage.Verification;
using Protocol.Services.CoverageOracle.EntropySource;

namespace Protocol.Services.CoverageOracle.Api;

/// <summary>GET /v1/entropy: the value hotspots put in their beacons (hex), its start and the end of its lifespan (Unix ms).</summary>
public static class EntropyApi
{
    public static IEndpointRouteBuilder MapEntropyApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/entropy", async Task<Results<Ok<EntropyView>, ProblemHttpResult>> (EntropyPublisher entropy, CancellationToken ct) =>
            await entropy.LatestAsync(ct) is { } e
                ? TypedResults.Ok(new EntropyView(Convert.ToHexString(e.Data).ToLowerInvariant(), e.StartMs, e.StartMs + new PocSettings(0).EntropyLifespanMs))
                : TypedResults.Problem("No entropy has been published yet.", statusCode: StatusCodes.Status503ServiceUnavailable))
            .WithTags("Entropy");
        return app;
    }
}

public sealed record EntropyView(string Value, long StartMs, long ValidUntilMs);
