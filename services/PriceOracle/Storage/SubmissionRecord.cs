namespace Protocol.Services.PriceOracle.Storage;

/// <summary>Where a submission transaction stands. Signed and Sent are pending; the others are final.</summary>
public enum SubmissionState
{
    /// <summary>Signed and stored, not yet accepted by a node (a crash here is recovered by rebroadcasting the same bytes).</summary>
    Signed,

    /// <summary>A node accepted it into its memory pool; waiting for a block.</summary>
    Sent,

    /// <summary>In a block, HALT: the feed recorded it.</summary>
    Confirmed,

    /// <summary>In a block, FAULT: the feed refused it (the VM's reason is in the detail); the fees are spent.</summary>
    Faulted,

    /// <summary>Not in any block up to its ValidUntilBlock: it can never be included.</summary>
    Expired,

    /// <summary>The node refused it outright on the first broadcast (never in a memory pool).</summary>
    Rejected,
}

/// <summary>
/// One round this instance signed: the round is the submission's timestampMs (unique per oracle, and the contract
/// requires it to increase), the signed transaction's bytes (base64) so a restart rebroadcasts exactly them, and its state.
/// </summary>
public sealed record SubmissionRecord(
    string Oracle,
    long RoundMs,
    long PriceE8,
    long ConfidenceE8,
    string Reason,
    string TxHash,
    string RawTx,
    long ValidUntilBlock,
    SubmissionState State,
    DateTimeOffset SignedAt,
    DateTimeOffset UpdatedAt,
    long? BlockIndex,
    string? Detail)
{
    public bool Pending => State is SubmissionState.Signed or SubmissionState.Sent;
}

/// <summary>One line of the audit log: a submission reaching a state, when, and why.</summary>
public sealed record SubmissionEvent(string Oracle, long RoundMs, DateTimeOffset At, SubmissionState State, string? Detail);
