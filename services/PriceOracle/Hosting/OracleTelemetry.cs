using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using Protocol.Services.PriceOracle.Telemetry;

namespace Protocol.Services.PriceOracle.Hosting;

/// <summary>
/// OpenTelemetry metrics: the service's meter and ASP.NET Core's, exported over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is
/// set (the standard variables configure the exporter). Logs are the host's structured ILogger output (Logging:Console:FormatterName
/// "json" for JSON lines). The provider is a singleton, started with the host and flushed when it stops.
/// </summary>
internal static class OracleTelemetry
{
    public static IServiceCollection AddOracleTelemetry(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var builder = Sdk.CreateMeterProviderBuilder()
                .SetResourceBuilder(ResourceBuilder.CreateDefault().AddService("price-oracle"))
                .AddMeter(OracleMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "System.Net.Http");
            if (!string.IsNullOrWhiteSpace(sp.GetRequiredService<IConfiguration>()["OTEL_EXPORTER_OTLP_ENDPOINT"])) builder.AddOtlpExporter();
            return builder.Build();
        });
        services.AddHostedService<TelemetryStarter>();
        return services;
    }

    private sealed class TelemetryStarter(MeterProvider provider) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken)
        {
            provider.ForceFlush(2_000);
            return Task.CompletedTask;
        }
    }
}
