using Microsoft.Extensions.Options;
using Protocol.Services.Gateway.Chain;
using Protocol.Services.Gateway.Options;
using Protocol.Services.Gateway.Quotes;
using Protocol.Services.Gateway.Reads;
using Protocol.Services.Gateway.Transactions;
using Protocol.Toolchain.Chain.Rpc;

namespace Protocol.Services.Gateway.Hosting;

/// <summary>The gateway's object graph: options validated at start, one RPC client, the readers and transaction builders.</summary>
public static class GatewayServices
{
    public static IServiceCollection AddGateway(this IServiceCollection services)
    {
        services.AddOptions<GatewayOptions>().BindConfiguration(GatewayOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<GatewayOptions>, GatewayOptionsValidator>();
        services.AddSingleton(sp => new RpcClient(new Uri(Options(sp).Chain.RpcUrl), timeout: TimeSpan.FromMilliseconds(Options(sp).Chain.RpcTimeoutMs)));
        services.AddSingleton(sp => ProtocolContracts.TryCreate(Options(sp).Contracts, [])
            ?? throw new InvalidOperationException("Gateway:Contracts did not validate."));
        services.AddSingleton<ProtocolReader>();
        services.AddSingleton<SubDaoDirectory>();
        services.AddSingleton<BalancesReader>();
        services.AddSingleton<PositionsReader>();
        services.AddSingleton<SubDaosReader>();
        services.AddSingleton<EpochsReader>();
        services.AddSingleton<PriceReader>();
        services.AddSingleton<ProposalsReader>();
        services.AddSingleton<HotspotsReader>();
        services.AddSingleton<QuoteService>();
        services.AddSingleton<TransactionBuilder>();
        services.AddSingleton<TokenTransactions>();
        services.AddSingleton<PositionTransactions>();
        services.AddSingleton<GovernanceTransactions>();
        services.AddSingleton<RelayService>();
        services.AddHealthChecks().AddCheck<NodeReadinessCheck>("node", tags: ["ready"]);
        return services;
    }

    private static GatewayOptions Options(IServiceProvider sp) => sp.GetRequiredService<IOptions<GatewayOptions>>().Value;
}
