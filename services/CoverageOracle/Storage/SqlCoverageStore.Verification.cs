using System.Data.Common;
using Protocol.Services.Coverage.Reports;
using Protocol.Services.Coverage.Verification;

namespace Protocol.Services.CoverageOracle.Storage;

/// <summary>Verdicts, per-hotspot state and valid PoCs.</summary>
public abstract partial class SqlCoverageStore
{
    private const string StateColumns = "hotspot, location, last_beacon_ms, last_valid_witness_ms, last_beacon_with_witness_ms, active_on_chain";

    public async Task<IReadOnlyDictionary<HotspotKey, HotspotState>> HotspotStatesAsync(IReadOnlyCollection<HotspotKey> keys, CancellationToken ct = default)
    {
        var result = new Dictionary<HotspotKey, HotspotState>();
        if (keys.Count == 0) return result;
        var names = keys.Select((_, i) => "@k" + i).ToArray();
        var parameters = keys.Select((k, i) => ("k" + i, (object?)k.ToString())).ToArray();
        foreach (var state in await QueryAsync($"SELECT {StateColumns} FROM coverage_hotspots WHERE hotspot IN ({string.Join(", ", names)})",
                     ReadState, ct, parameters).ConfigureAwait(false))
            result[state.Hotspot] = state;
        return result;
    }

    public async Task<IReadOnlyList<HotspotState>> AllHotspotStatesAsync(CancellationToken ct = default) =>
        await QueryAsync($"SELECT {StateColumns} FROM coverage_hotspots ORDER BY hotspot", ReadState, ct).ConfigureAwait(false);

    public async Task SaveVerificationAsync(VerificationBatch batch, long verifiedMs, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct).ConfigureAwait(false);
        await using var tx = await c.BeginTransactionAsync(ct).ConfigureAwait(false);
        foreach (var v in batch.Verdicts)
            await ExecuteAsync(c, tx, """
                INSERT INTO coverage_verdicts (report_id, beacon_id, kind, hotspot, status, reason, received_ms, verified_ms)
                VALUES (@id, @beacon, @kind, @hotspot, @status, @reason, @received, @verified) ON CONFLICT (report_id) DO NOTHING
                """, ct, ("id", Hex(v.ReportId)), ("beacon", Hex(v.BeaconId)), ("kind", (long)v.Kind), ("hotspot", v.Hotspot.ToString()),
                ("status", v.Status), ("reason", (long)v.Reason), ("received", v.ReceivedMs), ("verified", verifiedMs)).ConfigureAwait(false);
        foreach (var (key, location) in batch.Locations)
        {
            await EnsureHotspotAsync(c, tx, key, location, ct).ConfigureAwait(false);
            await ExecuteAsync(c, tx, "UPDATE coverage_hotspots SET location = @location WHERE hotspot = @hotspot", ct,
                ("location", unchecked((long)location)), ("hotspot", key.ToString())).ConfigureAwait(false);
        }
        foreach (var u in batch.Updates)
        {
            var column = u.Kind switch
            {
                FactKind.LastBeacon => "last_beacon_ms",
                FactKind.LastValidWitness => "last_valid_witness_ms",
                _ => "last_beacon_with_witness_ms",
            };
            await EnsureHotspotAsync(c, tx, u.Hotspot, 0, ct).ConfigureAwait(false);
            await ExecuteAsync(c, tx, $"UPDATE coverage_hotspots SET {column} = @t WHERE hotspot = @hotspot AND ({column} IS NULL OR {column} < @t)", ct,
                ("t", u.TimeMs), ("hotspot", u.Hotspot.ToString())).ConfigureAwait(false);
        }
        if (batch.Poc is { } poc)
            await ExecuteAsync(c, tx, """
                INSERT INTO coverage_pocs (beacon_id, beaconer, received_ms, scale, selected) VALUES (@id, @beaconer, @received, @scale, @selected)
                ON CONFLICT (beacon_id) DO NOTHING
                """, ct, ("id", Hex(poc.BeaconId)), ("beaconer", poc.Beaconer.ToString()), ("received", poc.ReceivedMs), ("scale", poc.Scale),
                ("selected", string.Join(",", poc.Selected.Select(k => k.ToString())))).ConfigureAwait(false);
        await SetWatermarkAsync(c, tx, "verification", batch.Beacon.ReceivedMs, Hex(batch.Beacon.Id), ct).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<PocRecord>> PocsAsync(long startMs, long endMs, CancellationToken ct = default) =>
        await QueryAsync("""
            SELECT beacon_id, beaconer, received_ms, scale, selected FROM coverage_pocs WHERE received_ms >= @start AND received_ms < @end
            ORDER BY received_ms, beacon_id
            """, r => new PocRecord(Bytes(r, 0), HotspotKey.Parse(r.GetString(1)), r.GetInt64(2), r.GetInt64(3),
                r.GetString(4).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(HotspotKey.Parse).ToList()),
            ct, ("start", startMs), ("end", endMs)).ConfigureAwait(false);

    public async Task SetActiveOnChainAsync(HotspotKey hotspot, bool active, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct).ConfigureAwait(false);
        await using var tx = await c.BeginTransactionAsync(ct).ConfigureAwait(false);
        await EnsureHotspotAsync(c, tx, hotspot, 0, ct).ConfigureAwait(false);
        await ExecuteAsync(c, tx, "UPDATE coverage_hotspots SET active_on_chain = @active WHERE hotspot = @hotspot", ct,
            ("active", active ? 1L : 0L), ("hotspot", hotspot.ToString())).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
    }

    private static Task EnsureHotspotAsync(DbConnection c, DbTransaction tx, HotspotKey key, ulong location, CancellationToken ct) =>
        ExecuteAsync(c, tx, "INSERT INTO coverage_hotspots (hotspot, location) VALUES (@hotspot, @location) ON CONFLICT (hotspot) DO NOTHING", ct,
            ("hotspot", key.ToString()), ("location", unchecked((long)location)));

    private static HotspotState ReadState(DbDataReader r) => new(HotspotKey.Parse(r.GetString(0)), unchecked((ulong)r.GetInt64(1)),
        NullableLong(r, 2), NullableLong(r, 3), NullableLong(r, 4), r.IsDBNull(5) ? null : r.GetInt64(5) != 0);
}
