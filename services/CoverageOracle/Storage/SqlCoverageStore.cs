using System.Data;
using System.Data.Common;

namespace Protocol.Services.CoverageOracle.Storage;

/// <summary>
/// <see cref="ICoverageStore"/> in SQL that SQLite and PostgreSQL both run: named @parameters, BIGINT and TEXT only (byte
/// strings and keys as lowercase hex, amounts as BIGINT below 2^63), INSERT … ON CONFLICT DO NOTHING for idempotence.
/// Every call opens a pooled connection. Partial files hold the tables by concern.
/// </summary>
public abstract partial class SqlCoverageStore : ICoverageStore
{
    /// <summary>A null TEXT parameter (a bare null is taken as a BIGINT).</summary>
    protected static readonly object NullText = new();

    protected abstract DbConnection CreateConnection();

    /// <summary>Dialect-specific statements run before the tables are created (SQLite: WAL).</summary>
    protected virtual IEnumerable<string> Preamble => [];

    public async Task InitializeAsync(CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct).ConfigureAwait(false);
        foreach (var sql in Preamble) await ExecuteAsync(c, null, sql, ct).ConfigureAwait(false);
        foreach (var sql in Schema.Tables) await ExecuteAsync(c, null, sql, ct).ConfigureAwait(false);
    }

    protected async Task<DbConnection> OpenAsync(CancellationToken ct)
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

    protected static async Task<int> ExecuteAsync(DbConnection c, DbTransaction? tx, string sql, CancellationToken ct, params (string, object?)[] parameters)
    {
        await using var command = Command(c, tx, sql, parameters);
        return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    protected async Task<List<T>> QueryAsync<T>(string sql, Func<DbDataReader, T> read, CancellationToken ct, params (string, object?)[] parameters)
    {
        await using var c = await OpenAsync(ct).ConfigureAwait(false);
        return await QueryAsync(c, null, sql, read, ct, parameters).ConfigureAwait(false);
    }

    protected static async Task<List<T>> QueryAsync<T>(DbConnection c, DbTransaction? tx, string sql, Func<DbDataReader, T> read, CancellationToken ct,
        params (string, object?)[] parameters)
    {
        await using var command = Command(c, tx, sql, parameters);
        var list = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false)) list.Add(read(reader));
        return list;
    }

    private static DbCommand Command(DbConnection c, DbTransaction? tx, string sql, (string, object?)[] parameters)
    {
        var command = c.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = "@" + name;
            if (value is null) { p.Value = DBNull.Value; p.DbType = DbType.Int64; }
            else if (ReferenceEquals(value, NullText)) { p.Value = DBNull.Value; p.DbType = DbType.String; }
            else p.Value = value;
            command.Parameters.Add(p);
        }
        return command;
    }

    protected static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexString(bytes).ToLowerInvariant();

    protected static byte[] Bytes(DbDataReader r, int i) => Convert.FromHexString(r.GetString(i));

    protected static long? NullableLong(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt64(i);

    /// <summary>Amounts are below 2^63 in practice (IOT: 6 decimals); a larger one throws rather than wraps.</summary>
    protected static long Amount(ulong value) => checked((long)value);
}
