using Npgsql;

namespace Protocol.Services.TestSupport;

/// <summary>
/// A throwaway database on the PostgreSQL server named by PRICE_ORACLE_TEST_POSTGRES (a connection string to a database
/// the user may create databases from; the variable `scripts/test.sh` sets for every PostgreSQL test of the repository),
/// one per test. Without it these tests fail, never pass silently.
/// </summary>
public sealed class TestPostgres : IAsyncDisposable
{
    public const string Variable = "PRICE_ORACLE_TEST_POSTGRES";

    private readonly string _admin;
    private readonly string _name;

    private TestPostgres(string admin, string prefix)
    {
        _admin = admin;
        _name = prefix + "_test_" + Guid.NewGuid().ToString("N")[..12];
        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = _name, Pooling = false }.ConnectionString;
    }

    public string ConnectionString { get; }

    /// <summary>Creates a fresh database named <c>{prefix}_test_{12 hex digits}</c>.</summary>
    public static async Task<TestPostgres> CreateAsync(string prefix)
    {
        var admin = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(admin))
            throw new InvalidOperationException(
                $"{Variable} is not set: the PostgreSQL tests need a server. Run them through `scripts/test.sh` (it installs and starts a throwaway " +
                $"cluster on 127.0.0.1:55432), or set {Variable}=\"Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres\" for your own.");
        var db = new TestPostgres(admin, prefix);
        await db.ExecuteAsync($"CREATE DATABASE {db._name}");
        return db;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_admin) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }
}
