using System.Data.Common;

namespace Protocol.Services.CoverageOracle.Storage;

/// <summary>
/// Bulk loading, for seeding a store (bench/CoverageOracle.Epoch) and not used by the service's loops: the rows the
/// verification runner would have written for many beacons (hotspot states, verdicts, valid PoCs), in the same columns and
/// formats as <see cref="SaveVerificationAsync"/>, in one transaction with one reused command per table. Every row must
/// be new (a key already stored fails the whole load); no watermark moves.
/// </summary>
public abstract partial class SqlCoverageStore
{
    public async Task BulkInsertVerifiedAsync(IEnumerable<HotspotState> hotspots, IEnumerable<VerdictRecord> verdicts, IEnumerable<PocRecord> pocs,
        CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct).ConfigureAwait(false);
        await using var tx = await c.BeginTransactionAsync(ct).ConfigureAwait(false);

        await using (var insert = Reused(c, tx, $"INSERT INTO coverage_hotspots ({StateColumns}) VALUES (@hotspot, @location, @beacon, @witness, @withWitness, @active)",
                         "hotspot", "location", "beacon", "witness", "withWitness", "active"))
            foreach (var s in hotspots)
                await RunAsync(insert, ct, s.Hotspot.ToString(), unchecked((long)s.Location), s.LastBeaconMs, s.LastValidWitnessMs, s.LastBeaconWithWitnessMs,
                    s.ActiveOnChain is { } a ? (a ? 1L : 0L) : null).ConfigureAwait(false);

        await using (var insert = Reused(c, tx, """
                         INSERT INTO coverage_verdicts (report_id, beacon_id, kind, hotspot, status, reason, received_ms, verified_ms)
                         VALUES (@id, @beacon, @kind, @hotspot, @status, @reason, @received, @verified)
                         """, "id", "beacon", "kind", "hotspot", "status", "reason", "received", "verified"))
            foreach (var v in verdicts)
                await RunAsync(insert, ct, Hex(v.ReportId), Hex(v.BeaconId), (long)v.Kind, v.Hotspot.ToString(), v.Status, (long)v.Reason, v.ReceivedMs,
                    v.VerifiedMs).ConfigureAwait(false);

        await using (var insert = Reused(c, tx, "INSERT INTO coverage_pocs (beacon_id, beaconer, received_ms, scale, selected) VALUES (@id, @beaconer, @received, @scale, @selected)",
                         "id", "beaconer", "received", "scale", "selected"))
            foreach (var p in pocs)
                await RunAsync(insert, ct, Hex(p.BeaconId), p.Beaconer.ToString(), p.ReceivedMs, p.Scale, string.Join(",", p.Selected.Select(k => k.ToString())))
                    .ConfigureAwait(false);

        await tx.CommitAsync(ct).ConfigureAwait(false);
    }

    private static DbCommand Reused(DbConnection c, DbTransaction tx, string sql, params string[] names)
    {
        var command = c.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var name in names)
        {
            var p = command.CreateParameter();
            p.ParameterName = "@" + name;
            command.Parameters.Add(p);
        }
        return command;
    }

    private static Task<int> RunAsync(DbCommand command, CancellationToken ct, params object?[] values)
    {
        for (int i = 0; i < values.Length; i++)
        {
            var p = command.Parameters[i];
            if (values[i] is null) { p.Value = DBNull.Value; p.DbType = System.Data.DbType.Int64; }
            else p.Value = values[i];
        }
        return command.ExecuteNonQueryAsync(ct);
    }
}
