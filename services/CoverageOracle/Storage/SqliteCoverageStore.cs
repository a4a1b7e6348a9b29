using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Protocol.Services.CoverageOracle.Storage;

/// <summary>The embedded default: a SQLite file in WAL mode (ingest and the loops read while one writes).</summary>
public sealed class SqliteCoverageStore(string connectionString) : SqlCoverageStore
{
    protected override IEnumerable<string> Preamble => ["PRAGMA journal_mode=WAL"];

    protected override DbConnection CreateConnection() => new SqliteConnection(connectionString);
}
