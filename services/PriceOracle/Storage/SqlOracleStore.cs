using System.Data;
using System.Data.Common;

namespace Protocol.Services.PriceOracle.Storage;

/// <summary>
/// <see cref="IOracleStore"/> in plain SQL that SQLite and PostgreSQL both run (named @parameters, BIGINT and TEXT,
/// times as Unix milliseconds); the dialects differ only in the identity column (<see cref="IdentityColumn"/>).
/// Every call opens a pooled connection, so the loop and the endpoints never share one.
/// </summary>
public abstract class SqlOracleStore : IOracleStore
{
    private const string Columns =
        "oracle, round_ms, price_e8, conf_e8, reason, tx_hash, raw_tx, valid_until_block, state, signed_at_ms, updated_at_ms, block_index, detail";

    /// <summary>The audit table's key column definition in this dialect.</summary>
    protected abstract string IdentityColumn { get; }

    protected abstract DbConnection CreateConnection();

    public async Task InitializeAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await ExecuteAsync(connection, null, """
            CREATE TABLE IF NOT EXISTS price_oracle_submissions (
                oracle TEXT NOT NULL,
                round_ms BIGINT NOT NULL,
                price_e8 BIGINT NOT NULL,
                conf_e8 BIGINT NOT NULL,
                reason TEXT NOT NULL,
                tx_hash TEXT NOT NULL,
                raw_tx TEXT NOT NULL,
                valid_until_block BIGINT NOT NULL,
                state TEXT NOT NULL,
                signed_at_ms BIGINT NOT NULL,
                updated_at_ms BIGINT NOT NULL,
                block_index BIGINT NULL,
                detail TEXT NULL,
                PRIMARY KEY (oracle, round_ms))
            """, ct).ConfigureAwait(false);
        await ExecuteAsync(connection, null, $"""
            CREATE TABLE IF NOT EXISTS price_oracle_events (
                {IdentityColumn},
                oracle TEXT NOT NULL,
                round_ms BIGINT NOT NULL,
                at_ms BIGINT NOT NULL,
                state TEXT NOT NULL,
                detail TEXT NULL)
            """, ct).ConfigureAwait(false);
        await ExecuteAsync(connection, null,
            "CREATE INDEX IF NOT EXISTS price_oracle_events_round ON price_oracle_events (oracle, round_ms)", ct).ConfigureAwait(false);
    }

    public async Task InsertSignedAsync(SubmissionRecord r, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        await ExecuteAsync(connection, tx, $"""
            INSERT INTO price_oracle_submissions ({Columns})
            VALUES (@oracle, @round, @price, @conf, @reason, @hash, @raw, @vub, @state, @signed, @updated, @block, @detail)
            """, ct,
            ("oracle", r.Oracle), ("round", r.RoundMs), ("price", r.PriceE8), ("conf", r.ConfidenceE8), ("reason", r.Reason),
            ("hash", r.TxHash), ("raw", r.RawTx), ("vub", r.ValidUntilBlock), ("state", r.State.ToString()),
            ("signed", r.SignedAt.ToUnixTimeMilliseconds()), ("updated", r.UpdatedAt.ToUnixTimeMilliseconds()), ("block", r.BlockIndex),
            ("detail", r.Detail)).ConfigureAwait(false);
        await AppendEventAsync(connection, tx, r.Oracle, r.RoundMs, r.SignedAt, r.State, r.Detail ?? $"{r.Reason}: tx {r.TxHash}", ct).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
    }

    public async Task UpdateStateAsync(string oracle, long roundMs, SubmissionState state, long? blockIndex, string? detail, DateTimeOffset at,
        CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        var rows = await ExecuteAsync(connection, tx, """
            UPDATE price_oracle_submissions SET state = @state, updated_at_ms = @at, block_index = COALESCE(@block, block_index),
                detail = COALESCE(@detail, detail)
            WHERE oracle = @oracle AND round_ms = @round
            """, ct, ("state", state.ToString()), ("at", at.ToUnixTimeMilliseconds()), ("block", blockIndex), ("detail", detail),
            ("oracle", oracle), ("round", roundMs)).ConfigureAwait(false);
        if (rows != 1) throw new InvalidOperationException($"Oracle {oracle} has no submission for round {roundMs}.");
        await AppendEventAsync(connection, tx, oracle, roundMs, at, state, detail, ct).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<SubmissionRecord>> PendingAsync(string oracle, CancellationToken ct = default) =>
        QueryAsync($"SELECT {Columns} FROM price_oracle_submissions WHERE oracle = @oracle AND state IN ('Signed', 'Sent') ORDER BY round_ms",
            ct, ("oracle", oracle));

    public async Task<SubmissionRecord?> LastConfirmedAsync(string oracle, CancellationToken ct = default) =>
        (await QueryAsync($"SELECT {Columns} FROM price_oracle_submissions WHERE oracle = @oracle AND state = 'Confirmed' ORDER BY round_ms DESC LIMIT 1",
            ct, ("oracle", oracle)).ConfigureAwait(false)).FirstOrDefault();

    public Task<IReadOnlyList<SubmissionRecord>> RecentAsync(string oracle, int limit, CancellationToken ct = default) =>
        QueryAsync($"SELECT {Columns} FROM price_oracle_submissions WHERE oracle = @oracle ORDER BY round_ms DESC LIMIT @limit",
            ct, ("oracle", oracle), ("limit", (long)limit));

    public async Task<IReadOnlyList<SubmissionEvent>> EventsAsync(string oracle, IReadOnlyCollection<long> rounds, CancellationToken ct = default)
    {
        if (rounds.Count == 0) return [];
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var names = rounds.Select((_, i) => "@r" + i).ToArray();
        command.CommandText = $"SELECT round_ms, at_ms, state, detail FROM price_oracle_events WHERE oracle = @oracle AND round_ms IN ({string.Join(", ", names)}) ORDER BY id";
        Add(command, "oracle", oracle);
        int n = 0;
        foreach (var round in rounds) Add(command, "r" + n++, round);
        var events = new List<SubmissionEvent>();
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
            events.Add(new SubmissionEvent(oracle, reader.GetInt64(0), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)),
                Enum.Parse<SubmissionState>(reader.GetString(2)), reader.IsDBNull(3) ? null : reader.GetString(3)));
        return events;
    }

    private async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        var connection = CreateConnection();
        try
        {
            await connection.OpenAsync(ct).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static Task AppendEventAsync(DbConnection connection, DbTransaction tx, string oracle, long round, DateTimeOffset at, SubmissionState state,
        string? detail, CancellationToken ct) =>
        ExecuteAsync(connection, tx, "INSERT INTO price_oracle_events (oracle, round_ms, at_ms, state, detail) VALUES (@oracle, @round, @at, @state, @detail)",
            ct, ("oracle", oracle), ("round", round), ("at", at.ToUnixTimeMilliseconds()), ("state", state.ToString()), ("detail", detail));

    private async Task<IReadOnlyList<SubmissionRecord>> QueryAsync(string sql, CancellationToken ct, params (string, object?)[] parameters)
    {
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) Add(command, name, value);
        var records = new List<SubmissionRecord>();
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false)) records.Add(Read(reader));
        return records;
    }

    private static SubmissionRecord Read(DbDataReader r) => new(
        r.GetString(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3), r.GetString(4), r.GetString(5), r.GetString(6), r.GetInt64(7),
        Enum.Parse<SubmissionState>(r.GetString(8)), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(9)),
        DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(10)), r.IsDBNull(11) ? null : r.GetInt64(11), r.IsDBNull(12) ? null : r.GetString(12));

    private static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction? tx, string sql, CancellationToken ct,
        params (string, object?)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var (name, value) in parameters) Add(command, name, value);
        return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    private static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + name;
        parameter.Value = value ?? DBNull.Value;
        if (value is null) parameter.DbType = name is "block" ? DbType.Int64 : DbType.String;
        command.Parameters.Add(parameter);
    }
}
