using Protocol.Services.Coverage.Reports;
using Protocol.Services.Coverage.Verification;

namespace Protocol.Services.CoverageOracle.Storage;

/// <summary>
/// Everything the coverage oracle keeps. Derived state is written in one transaction with the watermark of the input it
/// came from (verification: the last verified beacon; rewards: the last computed epoch), so a crash anywhere loses and
/// duplicates nothing: a restart resumes after the watermark.
/// </summary>
public interface ICoverageStore
{
    /// <summary>Creates the tables when missing (idempotent).</summary>
    Task InitializeAsync(CancellationToken ct = default);

    /// <summary>Stores a report under its content id; false (nothing written) when that id is already stored.</summary>
    Task<bool> InsertReportAsync(StoredReport report, CancellationToken ct = default);

    Task<StoredReport?> GetReportAsync(byte[] id, CancellationToken ct = default);

    /// <summary>The latest receipt time of any report (whether data is current), or null with none.</summary>
    Task<long?> LatestReceiptAsync(CancellationToken ct = default);

    Task InsertEntropyAsync(Entropy entropy, CancellationToken ct = default);

    Task<Entropy?> FindEntropyAsync(byte[] value, CancellationToken ct = default);

    Task<Entropy?> LatestEntropyAsync(CancellationToken ct = default);

    /// <summary>Beacons after the verification watermark received at or before <paramref name="untilMs"/>, in receipt order (then id).</summary>
    Task<IReadOnlyList<StoredReport>> PendingBeaconsAsync(long untilMs, int limit, CancellationToken ct = default);

    /// <summary>Witness reports carrying <paramref name="data"/> received in [fromMs, toMs].</summary>
    Task<IReadOnlyList<StoredReport>> WitnessesAsync(byte[] data, long fromMs, long toMs, CancellationToken ct = default);

    Task<IReadOnlyDictionary<HotspotKey, HotspotState>> HotspotStatesAsync(IReadOnlyCollection<HotspotKey> keys, CancellationToken ct = default);

    /// <summary>Every hotspot the oracle has state for.</summary>
    Task<IReadOnlyList<HotspotState>> AllHotspotStatesAsync(CancellationToken ct = default);

    /// <summary>Writes a beacon's verdicts, fact updates (max), locations and PoC, and moves the watermark past it, in one transaction.</summary>
    Task SaveVerificationAsync(VerificationBatch batch, long verifiedMs, CancellationToken ct = default);

    /// <summary>The hotspot's reports, newest first, with their verdicts (null while not verified).</summary>
    Task<IReadOnlyList<(StoredReport Report, VerdictRecord? Verdict)>> ReportsOfAsync(HotspotKey hotspot, int limit, CancellationToken ct = default);

    /// <summary>Valid PoCs whose beacon was received in [startMs, endMs).</summary>
    Task<IReadOnlyList<PocRecord>> PocsAsync(long startMs, long endMs, CancellationToken ct = default);

    /// <summary>The last computed epoch (the rewards watermark), or null.</summary>
    Task<EpochRecord?> LastEpochAsync(CancellationToken ct = default);

    Task<EpochRecord?> GetEpochAsync(long epoch, CancellationToken ct = default);

    /// <summary>The epoch's leaves (every hotspot with a cumulative total), by token id.</summary>
    Task<IReadOnlyList<LeafRecord>> LeavesAsync(long epoch, CancellationToken ct = default);

    /// <summary>Stores a computed epoch, its leaves and this instance's signature in one transaction (the rewards watermark moves with them).</summary>
    Task SaveEpochAsync(EpochRecord epoch, IReadOnlyList<LeafRecord> leaves, RootSignature? own, CancellationToken ct = default);

    /// <summary>Stores a signature (a peer's); an existing one for (epoch, index) is kept.</summary>
    Task SaveSignatureAsync(RootSignature signature, CancellationToken ct = default);

    Task<IReadOnlyList<RootSignature>> SignaturesAsync(long epoch, CancellationToken ct = default);

    Task InsertSubmissionAsync(RootSubmission submission, CancellationToken ct = default);

    Task UpdateSubmissionAsync(long epoch, SubmissionState state, string? detail, long atMs, CancellationToken ct = default);

    Task<RootSubmission?> SubmissionAsync(long epoch, CancellationToken ct = default);

    /// <summary>Submissions still Signed or Sent, oldest epoch first.</summary>
    Task<IReadOnlyList<RootSubmission>> PendingSubmissionsAsync(CancellationToken ct = default);

    /// <summary>Records what the registry's active flag was set to for the hotspot.</summary>
    Task SetActiveOnChainAsync(HotspotKey hotspot, bool active, CancellationToken ct = default);
}
