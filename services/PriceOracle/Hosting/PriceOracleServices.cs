using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Protocol.Services.PriceOracle.Collection;
using Protocol.Services.PriceOracle.Options;
using Protocol.Services.PriceOracle.Sources;
using Protocol.Services.PriceOracle.Storage;
using Protocol.Services.PriceOracle.Submission;
using Protocol.Services.PriceOracle.Telemetry;

namespace Protocol.Services.PriceOracle.Hosting;

/// <summary>The service's object graph: options (validated at start), sources, collector, loop, store, chain and submitter.</summary>
public static class PriceOracleServices
{
    public static IServiceCollection AddPriceOracle(this IServiceCollection services)
    {
        services.AddOptions<PriceOracleOptions>().BindConfiguration(PriceOracleOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PriceOracleOptions>, PriceOracleOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(PriceSourceFactory.HttpClientName, c => c.Timeout = Timeout.InfiniteTimeSpan);
        services.AddSingleton<IReadOnlyList<IPriceSource>>(sp =>
            PriceSourceFactory.Create(Options(sp), sp.GetRequiredService<IHttpClientFactory>()));
        services.AddSingleton<QuoteCollector>();
        services.AddSingleton<OracleStatus>();
        services.AddSingleton<OracleMetrics>();
        services.AddSingleton<IOracleStore>(sp => Options(sp).Storage is { Postgres: { Length: > 0 } postgres }
            ? new PostgresOracleStore(postgres)
            : new SqliteOracleStore(Options(sp).Storage.Sqlite));
        services.TryAddSingleton<IPriceFeedChain>(sp => ChainFactory.Create(Options(sp).Chain, Options(sp).Submission));
        services.AddSingleton<PriceSubmitter>(); // resolved only when Submission:Enabled
        services.AddHostedService<StoreInitializer>();
        services.AddHostedService(sp => new OracleLoop(
            sp.GetRequiredService<QuoteCollector>(), sp.GetRequiredService<OracleStatus>(), sp.GetRequiredService<OracleMetrics>(),
            sp.GetRequiredService<IOptions<PriceOracleOptions>>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<OracleLoop>>(),
            Options(sp).Submission.Enabled ? sp.GetRequiredService<PriceSubmitter>() : null));
        services.AddHealthChecks().AddCheck<ReadinessCheck>("ready", tags: ["ready"]);
        services.AddOracleTelemetry();
        return services;
    }

    private static PriceOracleOptions Options(IServiceProvider sp) => sp.GetRequiredService<IOptions<PriceOracleOptions>>().Value;
}
