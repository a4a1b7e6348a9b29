using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Protocol.Services.Coverage.Verification;
using Protocol.Services.CoverageOracle.Ingest;

namespace Protocol.Services.CoverageOracle.Api;

/// <summary>
/// POST /v1/beacons and POST /v1/witnesses: the signed canonical bytes as application/octet-stream, or JSON
/// {"report": base64}. 202 {id, duplicate: false, receivedMs} for a new report, 200 with duplicate: true for one already
/// stored; a refusal is a ProblemDetails whose "reason" names the check (services/Coverage/README.md).
/// </summary>
public static class IngestApi
{
    /// <summary>Larger than any canonical report (a beacon is at most 310 bytes).</summary>
    private const int MaxBody = 4_096;

    public static IEndpointRouteBuilder MapIngestApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1").WithTags("Ingest");
        group.MapPost("/beacons", (HttpRequest request, ReportIngest ingest, CancellationToken ct) => HandleAsync(request, ingest.BeaconAsync, ct));
        group.MapPost("/witnesses", (HttpRequest request, ReportIngest ingest, CancellationToken ct) => HandleAsync(request, ingest.WitnessAsync, ct));
        return app;
    }

    private static async Task<Results<Accepted<ReportReceipt>, Ok<ReportReceipt>, ProblemHttpResult>> HandleAsync(HttpRequest request,
        Func<byte[], CancellationToken, Task<IngestOutcome>> ingest, CancellationToken ct)
    {
        var bytes = await ReadAsync(request, ct);
        var outcome = bytes is null
            ? IngestOutcome.Refused(nameof(RejectionReason.Malformed), RejectionReasons.Message(RejectionReason.Malformed) +
                " The body must be the report's bytes (application/octet-stream) or JSON {\"report\": base64} of at most 4096 bytes.", 400)
            : await ingest(bytes, ct);
        if (!outcome.Accepted)
            return TypedResults.Problem(outcome.Message, statusCode: outcome.Status, title: $"Report refused: {outcome.Reason}",
                extensions: new Dictionary<string, object?> { ["reason"] = outcome.Reason });
        var receipt = new ReportReceipt(outcome.Id!, outcome.Duplicate, outcome.ReceivedMs!.Value);
        return outcome.Duplicate ? TypedResults.Ok(receipt) : TypedResults.Accepted((string?)null, receipt);
    }

    /// <summary>The report bytes, or null when the body is too large or not the documented JSON.</summary>
    private static async Task<byte[]?> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBody) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBody) return null;
            buffer.Write(chunk, 0, read);
        }
        var body = buffer.ToArray();
        if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true) return body;
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("report", out var report)
                   && report.ValueKind == JsonValueKind.String ? Convert.FromBase64String(report.GetString()!) : null;
        }
        catch (Exception ex) when (ex is JsonException or FormatException)
        {
            return null;
        }
    }
}

public sealed record ReportReceipt(string Id, bool Duplicate, long ReceivedMs);
