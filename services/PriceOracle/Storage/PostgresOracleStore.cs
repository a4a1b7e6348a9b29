using System.Data.Common;
using Npgsql;

namespace Protocol.Services.PriceOracle.Storage;

/// <summary>PostgreSQL by connection string; several oracle instances may share one database (rows are keyed by oracle).</summary>
public sealed class PostgresOracleStore(string connectionString) : SqlOracleStore
{
    protected override string IdentityColumn => "id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY";

    protected override DbConnection CreateConnection() => new NpgsqlConnection(connectionString);
}
