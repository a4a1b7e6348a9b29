using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Protocol.Services.PriceOracle.Options;
using Protocol.Services.PriceOracle.Storage;
using Protocol.Services.PriceOracle.Submission;

namespace Protocol.Services.PriceOracle.Api;

/// <summary>GET /v1/submissions?limit=N (1–500, default 50): this oracle's newest submissions, each with its audit trail.</summary>
public static class SubmissionsApi
{
    public static IEndpointRouteBuilder MapSubmissionsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/submissions", async Task<Results<Ok<SubmissionsView>, ProblemHttpResult>> (
            IOracleStore store, IOptions<PriceOracleOptions> options, IServiceProvider services, int? limit, CancellationToken ct) =>
        {
            if (limit is < 1 or > 500) return TypedResults.Problem("limit must be between 1 and 500.", statusCode: StatusCodes.Status400BadRequest);
            if (!options.Value.Submission.Enabled) return TypedResults.Ok(new SubmissionsView(null, []));
            var oracle = services.GetRequiredService<PriceSubmitter>().Oracle;
            var records = await store.RecentAsync(oracle, limit ?? 50, ct);
            var events = (await store.EventsAsync(oracle, records.Select(r => r.RoundMs).ToList(), ct)).ToLookup(e => e.RoundMs);
            return TypedResults.Ok(new SubmissionsView(oracle, records.Select(r => SubmissionView.From(r, events[r.RoundMs])).ToList()));
        });
        return app;
    }
}

public sealed record SubmissionsView(string? Oracle, IReadOnlyList<SubmissionView> Submissions);

public sealed record SubmissionView(
    long RoundMs, long PriceE8, long ConfidenceE8, string Reason, string TxHash, long ValidUntilBlock, string State, DateTimeOffset SignedAt,
    DateTimeOffset UpdatedAt, long? BlockIndex, string? Detail, IReadOnlyList<EventView> Events)
{
    public static SubmissionView From(SubmissionRecord r, IEnumerable<SubmissionEvent> events) => new(r.RoundMs, r.PriceE8, r.ConfidenceE8, r.Reason,
        r.TxHash, r.ValidUntilBlock, r.State.ToString(), r.SignedAt, r.UpdatedAt, r.BlockIndex, r.Detail,
        events.Select(e => new EventView(e.At, e.State.ToString(), e.Detail)).ToList());
}

public sealed record EventView(DateTimeOffset At, string State, string? Detail);
