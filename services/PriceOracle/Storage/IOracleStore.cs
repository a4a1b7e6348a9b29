namespace Protocol.Services.PriceOracle.Storage;

/// <summary>
/// The submission state and audit log of the oracle instances that share a database (rows are keyed by oracle account).
/// A submission is stored, durably, before its transaction is broadcast: that is what makes a restart safe.
/// </summary>
public interface IOracleStore
{
    /// <summary>Creates the tables when missing (idempotent, safe for several instances at once).</summary>
    Task InitializeAsync(CancellationToken ct = default);

    /// <summary>Stores a freshly signed submission and its first audit line; fails if the oracle already has that round.</summary>
    Task InsertSignedAsync(SubmissionRecord record, CancellationToken ct = default);

    /// <summary>Moves a submission to <paramref name="state"/> and appends the audit line, in one transaction.</summary>
    Task UpdateStateAsync(string oracle, long roundMs, SubmissionState state, long? blockIndex, string? detail, DateTimeOffset at,
        CancellationToken ct = default);

    /// <summary>The oracle's pending submissions (Signed or Sent), oldest first.</summary>
    Task<IReadOnlyList<SubmissionRecord>> PendingAsync(string oracle, CancellationToken ct = default);

    /// <summary>The oracle's newest Confirmed submission.</summary>
    Task<SubmissionRecord?> LastConfirmedAsync(string oracle, CancellationToken ct = default);

    /// <summary>The oracle's newest submissions, newest first.</summary>
    Task<IReadOnlyList<SubmissionRecord>> RecentAsync(string oracle, int limit, CancellationToken ct = default);

    /// <summary>The audit lines of the given rounds, in order.</summary>
    Task<IReadOnlyList<SubmissionEvent>> EventsAsync(string oracle, IReadOnlyCollection<long> rounds, CancellationToken ct = default);
}
