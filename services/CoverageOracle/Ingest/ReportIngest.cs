using Microsoft.Extensions.Options;
using Protocol.Services.Coverage.Reports;
using Protocol.Services.Coverage.Verification;
using Protocol.Services.CoverageOracle.Chain;
using Protocol.Services.CoverageOracle.Hosting;
using Protocol.Services.CoverageOracle.Options;
using Protocol.Services.CoverageOracle.Storage;

namespace Protocol.Services.CoverageOracle.Ingest;

/// <summary>
/// The checks every submitted report passes before it is stored, in order: strict decoding (Malformed, 400), the network
/// (WrongNetwork), the signature (BadSignature), the hotspot's timestamp against the oracle's clock (FutureTimestamp beyond
/// Ingest:MaxClockSkewMs, AncientTimestamp beyond Ingest:MaxLookbackMs), the reporting hotspot registered in this subDAO on
/// chain (GatewayNotFound); all 422 but Malformed. Then it is stored under its content id: the same report twice is one row,
/// and the second answer (200) carries the first's id and receipt time.
/// </summary>
public sealed class ReportIngest(ICoverageStore store, HotspotDirectory directory, IOptions<CoverageOracleOptions> options, ICoverageChain chain,
    TimeProvider clock)
{
    private readonly IngestOptions _ingest = options.Value.Ingest;

    public async Task<IngestOutcome> BeaconAsync(byte[] bytes, CancellationToken ct)
    {
        var intake = ReportIntake.Beacon(bytes, chain.Network);
        if (!intake.IsAccepted) return Refused(intake.Reason);
        var report = intake.Report!.Report;
        return await StoreAsync(ReportKind.Beacon, report.Hotspot, report.TimestampMs, report.Data, ReportIds.Of(report), bytes, ct).ConfigureAwait(false);
    }

    public async Task<IngestOutcome> WitnessAsync(byte[] bytes, CancellationToken ct)
    {
        var intake = ReportIntake.Witness(bytes, chain.Network);
        if (!intake.IsAccepted) return Refused(intake.Reason);
        var report = intake.Report!.Report;
        return await StoreAsync(ReportKind.Witness, report.Witness, report.TimestampMs, report.BeaconData, ReportIds.Of(report), bytes, ct).ConfigureAwait(false);
    }

    private async Task<IngestOutcome> StoreAsync(ReportKind kind, HotspotKey hotspot, long timestampMs, byte[] data, byte[] id, byte[] bytes, CancellationToken ct)
    {
        var now = clock.NowMs();
        if (timestampMs > now + _ingest.MaxClockSkewMs)
            return IngestOutcome.Refused(IngestReasons.FutureTimestamp,
                $"The report's timestamp {timestampMs} is {timestampMs - now} ms ahead of the oracle's clock (at most {_ingest.MaxClockSkewMs} ms).");
        if (now - timestampMs > _ingest.MaxLookbackMs)
            return IngestOutcome.Refused(IngestReasons.AncientTimestamp,
                $"The report's timestamp {timestampMs} is {now - timestampMs} ms old (at most {_ingest.MaxLookbackMs} ms).");
        if (await directory.FindAsync(hotspot, ct).ConfigureAwait(false) is null) return Refused(RejectionReason.GatewayNotFound);
        var hex = Convert.ToHexString(id).ToLowerInvariant();
        if (await store.InsertReportAsync(new StoredReport(id, kind, hotspot, data, now, bytes), ct).ConfigureAwait(false))
            return IngestOutcome.Stored(hex, duplicate: false, now);
        var existing = await store.GetReportAsync(id, ct).ConfigureAwait(false);
        return IngestOutcome.Stored(hex, duplicate: true, existing?.ReceivedMs ?? now);
    }

    private static IngestOutcome Refused(RejectionReason reason) =>
        IngestOutcome.Refused(reason.ToString(), RejectionReasons.Message(reason), reason == RejectionReason.Malformed ? 400 : 422);
}
