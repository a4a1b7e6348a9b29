using Protocol.Services.Coverage.Reports;
using Protocol.Services.Coverage.Verification;

namespace Protocol.Services.CoverageOracle.Storage;

public enum ReportKind
{
    Beacon = 0,
    Witness = 1,
}

/// <summary>
/// A report as ingested: its content id (SHA-256 of the unsigned canonical bytes), kind, reporting hotspot, the beacon data
/// it carries (a beacon's transmitted payload, a witness's heard payload: what joins witnesses to their beacon), its receipt
/// time (the oracle's clock, Unix ms) and the signed canonical bytes.
/// </summary>
public sealed record StoredReport(byte[] Id, ReportKind Kind, HotspotKey Hotspot, byte[] Data, long ReceivedMs, byte[] Bytes);

/// <summary>The verdict on one report, kept for the audit API (status words: Valid, Selected, Unselected, Invalid, Dropped).</summary>
public sealed record VerdictRecord(byte[] ReportId, byte[] BeaconId, ReportKind Kind, HotspotKey Hotspot, string Status, RejectionReason Reason,
    long ReceivedMs, long VerifiedMs);

/// <summary>The oracle's per-hotspot state: the asserted location last seen and the three verification times (Unix ms).</summary>
public sealed record HotspotState(HotspotKey Hotspot, ulong Location, long? LastBeaconMs, long? LastValidWitnessMs, long? LastBeaconWithWitnessMs,
    bool? ActiveOnChain)
{
    /// <summary>The last time the hotspot did anything valid (a witness or a beacon with witnesses passing the regular checks).</summary>
    public long? LastValidActivityMs => (LastValidWitnessMs, LastBeaconWithWitnessMs) switch
    {
        (null, null) => null,
        ({ } a, null) => a,
        (null, { } b) => b,
        ({ } a, { } b) => Math.Max(a, b),
    };
}

/// <summary>A valid PoC, what the rewarder reads: the beaconer, the beacon's receipt time, its hex scale (fixed point) and the selected witnesses.</summary>
public sealed record PocRecord(byte[] BeaconId, HotspotKey Beaconer, long ReceivedMs, long Scale, IReadOnlyList<HotspotKey> Selected);

/// <summary>Everything one beacon's verification changes, written in one transaction with the verification watermark.</summary>
public sealed record VerificationBatch(
    StoredReport Beacon,
    IReadOnlyList<VerdictRecord> Verdicts,
    IReadOnlyList<FactUpdate> Updates,
    IReadOnlyDictionary<HotspotKey, ulong> Locations,
    PocRecord? Poc);

/// <summary>One computed epoch: its window, the escrow's funding (pool), what the floors left, the root and total of the cumulative tree.</summary>
public sealed record EpochRecord(long Epoch, long StartMs, long EndMs, ulong Pool, ulong Unallocated, long PocCount, byte[] Root, ulong Total, long ComputedMs);

/// <summary>A hotspot's leaf after an epoch: its token id, the epoch's payout and the cumulative total.</summary>
public sealed record LeafRecord(HotspotKey Hotspot, byte[] TokenId, ulong Payout, ulong Cumulative);

/// <summary>A reward oracle's signature of an epoch's root message (64 bytes r‖s).</summary>
public sealed record RootSignature(long Epoch, int OracleIndex, byte[] Signature);

public enum SubmissionState
{
    /// <summary>Signed and stored, not yet accepted by a node.</summary>
    Signed,
    /// <summary>Accepted by a node's memory pool.</summary>
    Sent,
    /// <summary>In a block, HALT.</summary>
    Confirmed,
    /// <summary>In a block, FAULT.</summary>
    Faulted,
    /// <summary>Past its ValidUntilBlock in no block.</summary>
    Expired,
    /// <summary>Refused by the node before reaching a pool.</summary>
    Rejected,
}

/// <summary>A submitRoot transaction of one epoch, stored before it is broadcast.</summary>
public sealed record RootSubmission(long Epoch, string TxHash, string RawTx, long ValidUntilBlock, SubmissionState State, string? Detail, long UpdatedMs);
