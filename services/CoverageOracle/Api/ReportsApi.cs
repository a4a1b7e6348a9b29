using Microsoft.AspNetCore.Http.HttpResults;
using Protocol.Services.Coverage.Reports;
using Protocol.Services.Coverage.Verification;
using Protocol.Services.CoverageOracle.Storage;

namespace Protocol.Services.CoverageOracle.Api;

/// <summary>
/// GET /v1/hotspots/{key}/reports?limit=100: the hotspot's reports, newest first, each with its verdict: "Pending" until
/// verified, then Valid / Invalid (beacons) or Selected / Unselected / Invalid / Dropped (witnesses), the reason's name,
/// value and message.
/// </summary>
public static class ReportsApi
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/hotspots/{key}/reports", async Task<Results<Ok<HotspotReportsView>, ProblemHttpResult>> (string key, int? limit,
            ICoverageStore store, CancellationToken ct) =>
        {
            HotspotKey hotspot;
            try
            {
                hotspot = HotspotKey.Parse(key);
            }
            catch (FormatException ex)
            {
                return TypedResults.Problem($"'{key}' is not a hotspot key (66 hex digits of a compressed secp256r1 key): {ex.Message}", statusCode: 400);
            }
            var rows = await store.ReportsOfAsync(hotspot, Math.Clamp(limit ?? 100, 1, 1000), ct);
            return TypedResults.Ok(new HotspotReportsView(hotspot.ToString(), rows.Select(r => ReportView.From(r.Report, r.Verdict)).ToList()));
        }).WithTags("Reports");
        return app;
    }
}

public sealed record HotspotReportsView(string Hotspot, IReadOnlyList<ReportView> Reports);

public sealed record ReportView(string Id, string Kind, long ReceivedMs, string Status, string? Reason, int? ReasonCode, string? Message, string? BeaconId,
    long? VerifiedMs)
{
    public static ReportView From(StoredReport r, VerdictRecord? v) => new(Convert.ToHexString(r.Id).ToLowerInvariant(), r.Kind.ToString(), r.ReceivedMs,
        v?.Status ?? "Pending", v is null ? null : v.Reason.ToString(), v is null ? null : (int)v.Reason, v is null ? null : RejectionReasons.Message(v.Reason),
        v is null ? null : Convert.ToHexString(v.BeaconId).ToLowerInvariant(), v?.VerifiedMs);
}
