using Microsoft.Extensions.Diagnostics.HealthChecks;
using Protocol.Services.PriceOracle.Collection;

namespace Protocol.Services.PriceOracle.Hosting;

/// <summary>Ready only with a fresh valid price and no submission problem; otherwise unhealthy with the reason (fail closed).</summary>
internal sealed class ReadinessCheck(OracleStatus status) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(status.NotReadyReason() is { } reason ? HealthCheckResult.Unhealthy(reason) : HealthCheckResult.Healthy("a fresh price from enough sources"));
}
