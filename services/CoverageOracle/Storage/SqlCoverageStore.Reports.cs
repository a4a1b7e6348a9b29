using System.Data.Common;
using Protocol.Services.Coverage.Reports;
using Protocol.Services.Coverage.Verification;

namespace Protocol.Services.CoverageOracle.Storage;

/// <summary>Reports and entropy.</summary>
public abstract partial class SqlCoverageStore
{
    private const string ReportColumns = "id, kind, hotspot, data, received_ms, bytes";

    public async Task<bool> InsertReportAsync(StoredReport r, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct).ConfigureAwait(false);
        return await ExecuteAsync(c, null,
            $"INSERT INTO coverage_reports ({ReportColumns}) VALUES (@id, @kind, @hotspot, @data, @received, @bytes) ON CONFLICT (id) DO NOTHING", ct,
            ("id", Hex(r.Id)), ("kind", (long)r.Kind), ("hotspot", r.Hotspot.ToString()), ("data", Hex(r.Data)), ("received", r.ReceivedMs),
            ("bytes", Hex(r.Bytes))).ConfigureAwait(false) == 1;
    }

    public async Task<StoredReport?> GetReportAsync(byte[] id, CancellationToken ct = default) =>
        (await QueryAsync($"SELECT {ReportColumns} FROM coverage_reports WHERE id = @id", ReadReport, ct, ("id", Hex(id))).ConfigureAwait(false))
            .FirstOrDefault();

    public async Task<long?> LatestReceiptAsync(CancellationToken ct = default) =>
        (await QueryAsync("SELECT MAX(received_ms) FROM coverage_reports", r => NullableLong(r, 0), ct).ConfigureAwait(false))[0];

    public async Task InsertEntropyAsync(Entropy entropy, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct).ConfigureAwait(false);
        await ExecuteAsync(c, null, "INSERT INTO coverage_entropy (value, start_ms) VALUES (@value, @start) ON CONFLICT (value) DO NOTHING", ct,
            ("value", Hex(entropy.Data)), ("start", entropy.StartMs)).ConfigureAwait(false);
    }

    public async Task<Entropy?> FindEntropyAsync(byte[] value, CancellationToken ct = default) =>
        (await QueryAsync("SELECT value, start_ms FROM coverage_entropy WHERE value = @value", ReadEntropy, ct, ("value", Hex(value))).ConfigureAwait(false))
            .FirstOrDefault();

    public async Task<Entropy?> LatestEntropyAsync(CancellationToken ct = default) =>
        (await QueryAsync("SELECT value, start_ms FROM coverage_entropy ORDER BY start_ms DESC LIMIT 1", ReadEntropy, ct).ConfigureAwait(false))
            .FirstOrDefault();

    public async Task<IReadOnlyList<StoredReport>> PendingBeaconsAsync(long untilMs, int limit, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct).ConfigureAwait(false);
        var (wmMs, wmId) = await WatermarkAsync(c, null, "verification", ct).ConfigureAwait(false);
        return await QueryAsync(c, null, $"""
            SELECT {ReportColumns} FROM coverage_reports
            WHERE kind = 0 AND received_ms <= @until AND (received_ms > @wm OR (received_ms = @wm AND id > @wid))
            ORDER BY received_ms, id LIMIT @limit
            """, ReadReport, ct, ("until", untilMs), ("wm", wmMs), ("wid", wmId), ("limit", (long)limit)).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<StoredReport>> WitnessesAsync(byte[] data, long fromMs, long toMs, CancellationToken ct = default) =>
        await QueryAsync($"""
            SELECT {ReportColumns} FROM coverage_reports WHERE data = @data AND kind = 1 AND received_ms >= @from AND received_ms <= @to
            ORDER BY received_ms, id
            """, ReadReport, ct, ("data", Hex(data)), ("from", fromMs), ("to", toMs)).ConfigureAwait(false);

    public async Task<IReadOnlyList<(StoredReport Report, VerdictRecord? Verdict)>> ReportsOfAsync(HotspotKey hotspot, int limit, CancellationToken ct = default) =>
        await QueryAsync("""
            SELECT r.id, r.kind, r.hotspot, r.data, r.received_ms, r.bytes, v.beacon_id, v.status, v.reason, v.verified_ms
            FROM coverage_reports r LEFT JOIN coverage_verdicts v ON v.report_id = r.id
            WHERE r.hotspot = @hotspot ORDER BY r.received_ms DESC, r.id LIMIT @limit
            """, r =>
        {
            var report = ReadReport(r);
            VerdictRecord? verdict = r.IsDBNull(6) ? null : new VerdictRecord(report.Id, Bytes(r, 6), report.Kind, report.Hotspot, r.GetString(7),
                (RejectionReason)r.GetInt64(8), report.ReceivedMs, r.GetInt64(9));
            return (report, verdict);
        }, ct, ("hotspot", hotspot.ToString()), ("limit", (long)limit)).ConfigureAwait(false);

    /// <summary>A watermark's value and detail; (long.MinValue, "") before the first.</summary>
    protected static async Task<(long Value, string Detail)> WatermarkAsync(DbConnection c, DbTransaction? tx, string name, CancellationToken ct)
    {
        var rows = await QueryAsync(c, tx, "SELECT value, detail FROM coverage_watermarks WHERE name = @name", r => (r.GetInt64(0), r.GetString(1)), ct,
            ("name", name)).ConfigureAwait(false);
        return rows.Count == 0 ? (long.MinValue, "") : rows[0];
    }

    protected static Task SetWatermarkAsync(DbConnection c, DbTransaction tx, string name, long value, string detail, CancellationToken ct) =>
        ExecuteAsync(c, tx, """
            INSERT INTO coverage_watermarks (name, value, detail) VALUES (@name, @value, @detail)
            ON CONFLICT (name) DO UPDATE SET value = excluded.value, detail = excluded.detail
            """, ct, ("name", name), ("value", value), ("detail", detail));

    private static StoredReport ReadReport(DbDataReader r) => new(Bytes(r, 0), (ReportKind)r.GetInt64(1), HotspotKey.Parse(r.GetString(2)), Bytes(r, 3),
        r.GetInt64(4), Bytes(r, 5));

    private static Entropy ReadEntropy(DbDataReader r) => new(Bytes(r, 0), r.GetInt64(1));
}
