using Microsoft.Extensions.Diagnostics.HealthChecks;
using Protocol.Services.CoverageOracle.EntropySource;

namespace Protocol.Services.CoverageOracle.Hosting;

/// <summary>Ready when the store answers and entropy has been published (hotspots can beacon); otherwise unhealthy with the reason.</summary>
internal sealed class ReadinessCheck(EntropyPublisher entropy) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await entropy.LatestAsync(cancellationToken) is null
                ? HealthCheckResult.Unhealthy("no entropy published yet")
                : HealthCheckResult.Healthy("entropy published, store reachable");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("store unreachable: " + ex.Message);
        }
    }
}
