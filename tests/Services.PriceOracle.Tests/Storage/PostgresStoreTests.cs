using Protocol.Services.PriceOracle.Storage;
using Protocol.Services.PriceOracle.Tests.Support;

namespace Protocol.Services.PriceOracle.Tests.Storage;

/// <summary>The store contract on PostgreSQL (a fresh database on the server of PRICE_ORACLE_TEST_POSTGRES; see scripts/test.sh).</summary>
public sealed class PostgresStoreTests : OracleStoreContract
{
    private TestPostgres? _db;

    protected override async Task<IOracleStore> CreateStoreAsync()
    {
        _db = await TestPostgres.CreateAsync("price_oracle");
        return new PostgresOracleStore(_db.ConnectionString);
    }

    public override async Task DisposeAsync()
    {
        if (_db is not null) await _db.DisposeAsync();
    }
}
