using Protocol.Services.CoverageOracle.Storage;
using Protocol.Services.CoverageOracle.Tests.Support;

namespace Protocol.Services.CoverageOracle.Tests.Storage;

public sealed class SqliteStoreTests : CoverageStoreContract
{
    protected override Task<(ICoverageStore, IAsyncDisposable)> CreateAsync()
    {
        var dir = new TempDirectory();
        return Task.FromResult<(ICoverageStore, IAsyncDisposable)>((new SqliteCoverageStore($"Data Source={dir.File("store.db")}"), new Disposer(dir)));
    }

    private sealed class Disposer(TempDirectory dir) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            dir.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
