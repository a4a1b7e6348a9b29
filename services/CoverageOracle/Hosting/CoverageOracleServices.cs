using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Protocol.Services.CoverageOracle.Chain;
using Protocol.Services.CoverageOracle.EntropySource;
using Protocol.Services.CoverageOracle.Ingest;
using Protocol.Services.CoverageOracle.Options;
using Protocol.Services.CoverageOracle.Rewards;
using Protocol.Services.CoverageOracle.Storage;
using Protocol.Services.CoverageOracle.Verification;

namespace Protocol.Services.CoverageOracle.Hosting;

/// <summary>The object graph: options (validated at start), store, chain, ingest, entropy, verification, rewards, submitter, activity and their loops.</summary>
public static class CoverageOracleServices
{
    public static IServiceCollection AddCoverageOracle(this IServiceCollection services)
    {
        services.AddOptions<CoverageOracleOptions>().BindConfiguration(CoverageOracleOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CoverageOracleOptions>, CoverageOracleOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<FaultPoints>();
        services.AddHttpClient(PeerSignatures.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(5));
        services.AddSingleton<ICoverageStore>(sp => Options(sp).Storage is { Postgres: { Length: > 0 } postgres }
            ? new PostgresCoverageStore(postgres)
            : new SqliteCoverageStore(Options(sp).Storage.Sqlite));
        services.TryAddSingleton<ICoverageChain>(sp => ChainFactory.Create(Options(sp).Chain));
        services.AddSingleton<HotspotDirectory>();
        services.AddSingleton<Api.EpochTrees>();
        services.AddSingleton<ReportIngest>();
        services.AddSingleton<EntropyPublisher>();
        services.AddSingleton<VerificationRunner>();
        services.AddSingleton<EpochRewarder>();
        services.AddSingleton<PeerSignatures>();
        services.AddSingleton<RootSubmitter>();
        services.AddSingleton<ActivityUpdater>();
        services.AddHostedService<StoreInitializer>();
        Worker(services, "entropy", o => o.Verification.EntropyIntervalMs / 4, (sp, ct) => sp.GetRequiredService<EntropyPublisher>().PublishAsync(ct));
        Worker(services, "verification", o => o.Verification.IntervalMs, (sp, ct) => sp.GetRequiredService<VerificationRunner>().RunOnceAsync(ct));
        Worker(services, "rewards", o => o.Rewards.IntervalMs, async (sp, ct) =>
        {
            await sp.GetRequiredService<EpochRewarder>().RunOnceAsync(ct);
            await sp.GetRequiredService<RootSubmitter>().RunOnceAsync(ct);
            await sp.GetRequiredService<ActivityUpdater>().RunOnceAsync(ct);
        });
        services.AddHealthChecks().AddCheck<ReadinessCheck>("ready", tags: ["ready"]);
        return services;
    }

    private static void Worker(IServiceCollection services, string name, Func<CoverageOracleOptions, int> period, Func<IServiceProvider, CancellationToken, Task> step) =>
        services.AddSingleton<IHostedService>(sp => new PeriodicWorker(name, period, step, sp, sp.GetRequiredService<IOptions<CoverageOracleOptions>>(),
            sp.GetRequiredService<ILogger<PeriodicWorker>>()));

    private static CoverageOracleOptions Options(IServiceProvider sp) => sp.GetRequiredService<IOptions<CoverageOracleOptions>>().Value;
}
