namespace Protocol.Services.CoverageOracle.Ingest;

/// <summary>
/// What became of one submitted report: stored (or already stored under the same content id), or refused with a reason
/// (RejectionReason's name, or FutureTimestamp / AncientTimestamp, which only ingest checks) and the HTTP status to answer.
/// </summary>
public sealed record IngestOutcome(string? Id, bool Duplicate, long? ReceivedMs, string? Reason, string? Message, int Status)
{
    public bool Accepted => Reason is null;

    public static IngestOutcome Stored(string id, bool duplicate, long receivedMs) =>
        new(id, duplicate, receivedMs, null, null, duplicate ? 200 : 202);

    public static IngestOutcome Refused(string reason, string message, int status = 422) => new(null, false, null, reason, message, status);
}

/// <summary>The ingest-only refusals (the core's RejectionReason covers the rest).</summary>
public static class IngestReasons
{
    public const string FutureTimestamp = "FutureTimestamp";
    public const string AncientTimestamp = "AncientTimestamp";
}
