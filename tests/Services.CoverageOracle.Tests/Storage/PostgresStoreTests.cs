using Protocol.Services.CoverageOracle.Storage;
using Protocol.Services.CoverageOracle.Tests.Support;

namespace Protocol.Services.CoverageOracle.Tests.Storage;

public sealed class PostgresStoreTests : CoverageStoreContract
{
    protected override async Task<(ICoverageStore, IAsyncDisposable)> CreateAsync()
    {
        var db = await TestPostgres.CreateAsync("coverage_oracle");
        return (new PostgresCoverageStore(db.ConnectionString), db);
    }
}
