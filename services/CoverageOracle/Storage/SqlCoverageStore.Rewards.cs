using System.Data.Common;
using Protocol.Services.Coverage.Reports;

namespace Protocol.Services.CoverageOracle.Storage;

/// <summary>Computed epochs, leaves, root signatures and submitRoot submissions.</summary>
public abstract partial class SqlCoverageStore
{
    private const string EpochColumns = "epoch, start_ms, end_ms, pool, unallocated, poc_count, root, total, computed_ms";
    private const string SubmissionColumns = "epoch, tx_hash, raw_tx, valid_until_block, state, detail, updated_ms";

    public async Task<EpochRecord?> LastEpochAsync(CancellationToken ct = default) =>
        (await QueryAsync($"SELECT {EpochColumns} FROM coverage_epochs ORDER BY epoch DESC LIMIT 1", ReadEpoch, ct).ConfigureAwait(false)).FirstOrDefault();

    public async Task<EpochRecord?> GetEpochAsync(long epoch, CancellationToken ct = default) =>
        (await QueryAsync($"SELECT {EpochColumns} FROM coverage_epochs WHERE epoch = @epoch", ReadEpoch, ct, ("epoch", epoch)).ConfigureAwait(false))
            .FirstOrDefault();

    public async Task<IReadOnlyList<LeafRecord>> LeavesAsync(long epoch, CancellationToken ct = default) =>
        await QueryAsync("SELECT hotspot, token_id, payout, cumulative FROM coverage_leaves WHERE epoch = @epoch ORDER BY token_id",
            r => new LeafRecord(HotspotKey.Parse(r.GetString(0)), Bytes(r, 1), (ulong)r.GetInt64(2), (ulong)r.GetInt64(3)), ct, ("epoch", epoch))
            .ConfigureAwait(false);

    public async Task SaveEpochAsync(EpochRecord e, IReadOnlyList<LeafRecord> leaves, RootSignature? own, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct).ConfigureAwait(false);
        await using var tx = await c.BeginTransactionAsync(ct).ConfigureAwait(false);
        // The epoch row is the rewards watermark: its primary key makes a second computation of the same epoch fail the transaction.
        await ExecuteAsync(c, tx, $"""
            INSERT INTO coverage_epochs ({EpochColumns}) VALUES (@epoch, @start, @end, @pool, @unallocated, @pocs, @root, @total, @computed)
            """, ct, ("epoch", e.Epoch), ("start", e.StartMs), ("end", e.EndMs), ("pool", Amount(e.Pool)), ("unallocated", Amount(e.Unallocated)),
            ("pocs", e.PocCount), ("root", Hex(e.Root)), ("total", Amount(e.Total)), ("computed", e.ComputedMs)).ConfigureAwait(false);
        foreach (var leaf in leaves)
            await ExecuteAsync(c, tx, """
                INSERT INTO coverage_leaves (epoch, hotspot, token_id, payout, cumulative) VALUES (@epoch, @hotspot, @token, @payout, @cumulative)
                """, ct, ("epoch", e.Epoch), ("hotspot", leaf.Hotspot.ToString()), ("token", Hex(leaf.TokenId)), ("payout", Amount(leaf.Payout)),
                ("cumulative", Amount(leaf.Cumulative))).ConfigureAwait(false);
        if (own is not null) await InsertSignatureAsync(c, tx, own, ct).ConfigureAwait(false);
        await SetWatermarkAsync(c, tx, "rewards", e.Epoch, Hex(e.Root), ct).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
    }

    public async Task SaveSignatureAsync(RootSignature signature, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct).ConfigureAwait(false);
        await InsertSignatureAsync(c, null, signature, ct).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<RootSignature>> SignaturesAsync(long epoch, CancellationToken ct = default) =>
        await QueryAsync("SELECT epoch, oracle_index, signature FROM coverage_signatures WHERE epoch = @epoch ORDER BY oracle_index",
            r => new RootSignature(r.GetInt64(0), (int)r.GetInt64(1), Bytes(r, 2)), ct, ("epoch", epoch)).ConfigureAwait(false);

    public async Task InsertSubmissionAsync(RootSubmission s, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct).ConfigureAwait(false);
        await ExecuteAsync(c, null, $"""
            INSERT INTO coverage_submissions ({SubmissionColumns}) VALUES (@epoch, @hash, @raw, @vub, @state, @detail, @updated)
            ON CONFLICT (epoch) DO UPDATE SET tx_hash = excluded.tx_hash, raw_tx = excluded.raw_tx, valid_until_block = excluded.valid_until_block,
                state = excluded.state, detail = excluded.detail, updated_ms = excluded.updated_ms
            """, ct, ("epoch", s.Epoch), ("hash", s.TxHash), ("raw", s.RawTx), ("vub", s.ValidUntilBlock), ("state", s.State.ToString()),
            ("detail", s.Detail ?? NullText), ("updated", s.UpdatedMs)).ConfigureAwait(false);
    }

    public async Task UpdateSubmissionAsync(long epoch, SubmissionState state, string? detail, long atMs, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct).ConfigureAwait(false);
        var rows = await ExecuteAsync(c, null, "UPDATE coverage_submissions SET state = @state, detail = @detail, updated_ms = @at WHERE epoch = @epoch", ct,
            ("state", state.ToString()), ("detail", detail ?? NullText), ("at", atMs), ("epoch", epoch)).ConfigureAwait(false);
        if (rows != 1) throw new InvalidOperationException($"No submission is stored for epoch {epoch}.");
    }

    public async Task<RootSubmission?> SubmissionAsync(long epoch, CancellationToken ct = default) =>
        (await QueryAsync($"SELECT {SubmissionColumns} FROM coverage_submissions WHERE epoch = @epoch", ReadSubmission, ct, ("epoch", epoch))
            .ConfigureAwait(false)).FirstOrDefault();

    public async Task<IReadOnlyList<RootSubmission>> PendingSubmissionsAsync(CancellationToken ct = default) =>
        await QueryAsync($"SELECT {SubmissionColumns} FROM coverage_submissions WHERE state IN ('Signed', 'Sent') ORDER BY epoch", ReadSubmission, ct)
            .ConfigureAwait(false);

    private static Task InsertSignatureAsync(DbConnection c, DbTransaction? tx, RootSignature s, CancellationToken ct) =>
        ExecuteAsync(c, tx, "INSERT INTO coverage_signatures (epoch, oracle_index, signature) VALUES (@epoch, @index, @signature) ON CONFLICT (epoch, oracle_index) DO NOTHING",
            ct, ("epoch", s.Epoch), ("index", (long)s.OracleIndex), ("signature", Hex(s.Signature)));

    private static EpochRecord ReadEpoch(DbDataReader r) => new(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), (ulong)r.GetInt64(3), (ulong)r.GetInt64(4),
        r.GetInt64(5), Bytes(r, 6), (ulong)r.GetInt64(7), r.GetInt64(8));

    private static RootSubmission ReadSubmission(DbDataReader r) => new(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt64(3),
        Enum.Parse<SubmissionState>(r.GetString(4)), r.IsDBNull(5) ? null : r.GetString(5), r.GetInt64(6));
}
