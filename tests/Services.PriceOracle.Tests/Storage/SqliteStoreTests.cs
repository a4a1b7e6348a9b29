using Protocol.Services.PriceOracle.Storage;
using Protocol.Services.PriceOracle.Tests.Support;

namespace Protocol.Services.PriceOracle.Tests.Storage;

/// <summary>The store contract on a SQLite file (the default).</summary>
public sealed class SqliteStoreTests : OracleStoreContract
{
    private readonly TempDirectory _dir = new();

    protected override Task<IOracleStore> CreateStoreAsync() =>
        Task.FromResult<IOracleStore>(new SqliteOracleStore($"Data Source={_dir.File("store.db")}"));

    public override Task DisposeAsync()
    {
        _dir.Dispose();
        return Task.CompletedTask;
    }
}
