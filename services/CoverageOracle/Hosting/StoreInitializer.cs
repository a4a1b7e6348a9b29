using Protocol.Services.CoverageOracle.Storage;

namespace Protocol.Services.CoverageOracle.Hosting;

/// <summary>Creates the tables at start-up, so an unreachable database stops the service before anything runs.</summary>
internal sealed class StoreInitializer(ICoverageStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
