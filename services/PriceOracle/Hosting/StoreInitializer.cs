using Protocol.Services.PriceOracle.Storage;

namespace Protocol.Services.PriceOracle.Hosting;

/// <summary>Creates the tables at start-up, so an unreachable database stops the service before the loop runs.</summary>
internal sealed class StoreInitializer(IOracleStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
