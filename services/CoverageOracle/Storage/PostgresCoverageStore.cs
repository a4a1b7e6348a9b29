using System.Data.Common;
using Npgsql;

namespace Protocol.Services.CoverageOracle.Storage;

/// <summary>PostgreSQL by connection string (one database per oracle instance).</summary>
public sealed class PostgresCoverageStore(string connectionString) : SqlCoverageStore
{
    protected override DbConnection CreateConnection() => new NpgsqlConnection(connectionString);
}
