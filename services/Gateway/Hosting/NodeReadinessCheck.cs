using Microsoft.Extensions.Diagnostics.HealthChecks;
using Protocol.Services.Gateway.Chain;

namespace Protocol.Services.Gateway.Hosting;

/// <summary>Ready when the node answers getversion with the configured network magic and the Dao answers currentEpoch.</summary>
internal sealed class NodeReadinessCheck(ProtocolReader reader) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await reader.VersionAsync(cancellationToken);
            var epoch = await reader.CallAsync(reader.Contracts.Dao, "currentEpoch");
            return HealthCheckResult.Healthy($"node on network {reader.Network}, epoch {epoch.Int()}");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy(ex.Message);
        }
    }
}
