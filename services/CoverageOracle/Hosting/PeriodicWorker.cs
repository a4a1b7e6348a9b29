using Microsoft.Extensions.Options;
using Protocol.Services.CoverageOracle.Options;

namespace Protocol.Services.CoverageOracle.Hosting;

/// <summary>
/// Runs one step every period until the host stops (honouring its token); a failing step is logged and retried next
/// period. Nothing runs when CoverageOracle:BackgroundEnabled is false (tests call the steps with their own clock).
/// </summary>
internal sealed class PeriodicWorker(string name, Func<CoverageOracleOptions, int> periodMs, Func<IServiceProvider, CancellationToken, Task> step,
    IServiceProvider services, IOptions<CoverageOracleOptions> options, ILogger<PeriodicWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.BackgroundEnabled) return;
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(periodMs(options.Value)));
        do
        {
            try
            {
                await step(services, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "{Worker} step failed: {Error}", name, ex.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
