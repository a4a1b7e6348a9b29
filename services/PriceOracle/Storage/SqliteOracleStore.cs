using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Protocol.Services.PriceOracle.Storage;

/// <summary>The embedded default: a SQLite file (rollback journal, synchronous FULL: a committed row survives a crash).</summary>
public sealed class SqliteOracleStore(string connectionString) : SqlOracleStore
{
    protected override string IdentityColumn => "id INTEGER PRIMARY KEY AUTOINCREMENT";

    protected override DbConnection CreateConnection() => new SqliteConnection(connectionString);
}
