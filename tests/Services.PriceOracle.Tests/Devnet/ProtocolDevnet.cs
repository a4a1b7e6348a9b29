using System.Globalization;
using System.Numerics;
using Protocol.Scripts.Deployment;
using Protocol.Services.PriceOracle.Tests.Support;
using Protocol.Toolchain.Chain.Client;
using Protocol.Toolchain.Chain.Keys;
using Protocol.Toolchain.Chain.Rpc;
using Protocol.Toolchain.Chain.Transactions;
using Protocol.Toolchain.Chain.Wallets;
using Protocol.Toolchain.Devnet.Node;
using Protocol.Toolchain.Devnet.Rpc;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;

namespace Protocol.Services.PriceOracle.Tests.Devnet;

/// <summary>
/// The protocol on the in-process devnet (blocks every <c>blockTimeMs</c>), deployed through ChainProtocolHost and the
/// production plan, with <c>n</c> oracle wallets in the feed's oracle set, each funded with GAS for its fees. Wallets use
/// cheap scrypt parameters (the NEP-6 file carries them) to keep the suite fast.
/// </summary>
public sealed class ProtocolDevnet : IAsyncDisposable
{
    public const string Password = "oracle-test";

    private ProtocolDevnet(TempDirectory directory, DevnetServer server, ChainClient dev, ChainProtocolHost host)
    {
        Directory = directory;
        Server = server;
        Dev = dev;
        Host = host;
    }

    public TempDirectory Directory { get; }

    public DevnetServer Server { get; }

    /// <summary>The dev account's client: deployer, authority, HNT minter and DC buyer.</summary>
    public ChainClient Dev { get; }

    public ChainProtocolHost Host { get; }

    public UInt160 DevAccount => Host.Sender;

    public IReadOnlyDictionary<string, UInt160> Contracts { get; private set; } = new Dictionary<string, UInt160>();

    public ProtocolConfig Config { get; private set; } = null!;

    public IReadOnlyList<(string WalletPath, UInt160 Account)> Oracles { get; private set; } = [];

    public static async Task<ProtocolDevnet> StartAsync(int oracles, long priceMaxAgeMs, uint blockTimeMs = 200)
    {
        var directory = new TempDirectory();
        var server = await TestDevnet.StartAsync(directory, Password, blockTimeMs);
        var dev = TestDevnet.DevClient(server, directory, Password);
        var devnet = new ProtocolDevnet(directory, server, dev, new ChainProtocolHost(dev, KeyRing.StandardAccount(server.Node.ValidatorKey.PublicKey)));
        try
        {
            await devnet.DeployAsync(oracles, priceMaxAgeMs);
            return devnet;
        }
        catch
        {
            await devnet.DisposeAsync();
            throw;
        }
    }

    private async Task DeployAsync(int count, long priceMaxAgeMs)
    {
        var oracles = new List<(string, UInt160)>();
        for (int i = 0; i < count; i++)
        {
            var path = Directory.File($"oracle-{i}.json");
            oracles.Add((path, TestDevnet.NewWallet(path, $"oracle-{i}", Password).Account));
        }
        Oracles = oracles;
        Config = new ProtocolConfig
        {
            Authority = DevAccount.ToString(),
            PriceOracles = oracles.Select(o => o.Item2.ToString()).ToList(),
            PriceMaxAgeMs = priceMaxAgeMs,
        };
        Contracts = await ProtocolDeployer.DeployAsync(Host, ProtocolArtifacts.FromRepository(), Config);
        foreach (var (_, account) in oracles)
            await TestDevnet.TransferGasAsync(Dev, DevAccount, account, 50);
    }

    /// <summary>The settings of oracle <paramref name="index"/>'s service instance (sources are added by the test).</summary>
    public Dictionary<string, string?> OracleSettings(int index, string database) => new()
    {
        ["PriceOracle:Aggregation:IntervalMs"] = "250",
        ["PriceOracle:Aggregation:MinSources"] = "2",
        ["PriceOracle:Submission:HeartbeatMs"] = "1000",
        ["PriceOracle:Submission:ValidForBlocks"] = "20",
        ["PriceOracle:Chain:RpcUrl"] = Server.Url.ToString(),
        ["PriceOracle:Chain:Network"] = Server.Node.Settings.Network.ToString(CultureInfo.InvariantCulture),
        ["PriceOracle:Chain:PriceFeed"] = Contracts["PriceFeed"].ToString(),
        ["PriceOracle:Chain:WalletPath"] = Oracles[index].WalletPath,
        ["PriceOracle:Chain:WalletPassword"] = Password,
        ["PriceOracle:Storage:Sqlite"] = $"Data Source={Directory.File(database)}",
    };

    /// <summary>PriceFeed.currentPrice(): [price, conf, oldest timestamp, fresh count]; FAULTs without a fresh quorum.</summary>
    public async Task<BigInteger[]> CurrentPriceAsync()
    {
        var result = await Dev.CallAsync(Contracts["PriceFeed"], "currentPrice");
        return ((Protocol.Toolchain.Vm.Types.Array)result.Stack[0]).Select(i => i.GetInteger()).ToArray();
    }

    /// <summary>currentPrice(), or null while it has no fresh quorum.</summary>
    public async Task<BigInteger[]?> PriceOrNullAsync() => await PriceFaultAsync() is null ? await CurrentPriceAsync() : null;

    /// <summary>The fault message of currentPrice(), or null when it has a quorum.</summary>
    public async Task<string?> PriceFaultAsync()
    {
        try
        {
            await CurrentPriceAsync();
            return null;
        }
        catch (InvocationFaultException ex)
        {
            return ex.Message;
        }
    }

    public Task MintHntAsync(UInt160 to, BigInteger bones) => Dev.InvokeAsync(Contracts["Hnt"], "mint",
        [ContractParameter.Hash160(to), ContractParameter.Integer(bones)], [ChainClient.EntrySigner(DevAccount)]);

    /// <summary>
    /// Buys DC: an HNT NEP-17 transfer from the dev account to DataCredits (data null: the payer receives). The price read
    /// costs more GAS as more oracle submissions are fresh, and the oracles keep submitting between the test invocation and
    /// the block, so the purchase carries a system fee margin as a wallet would.
    /// </summary>
    public Task<InvokeReceipt> BuyDcAsync(BigInteger bones) => Dev.InvokeAsync(Contracts["Hnt"], "transfer",
        [ContractParameter.Hash160(DevAccount), ContractParameter.Hash160(Contracts["DataCredits"]), ContractParameter.Integer(bones), ContractParameter.Any()],
        [ChainClient.EntrySigner(DevAccount)], new TransactionOptions { SystemFeeMargin = 10_000_000 });

    public async Task<BigInteger> DcBalanceAsync(UInt160 account) =>
        (await Dev.CallAsync(Contracts["DataCredits"], "balanceOf", ContractParameter.Hash160(account))).Stack[0].GetInteger();

    /// <summary>Every transaction in blocks [from, tip] whose sender is <paramref name="account"/>.</summary>
    public async Task<IReadOnlyList<Protocol.Toolchain.Runtime.Payloads.Transaction>> TransactionsFromAsync(UInt160 account, uint from = 0)
    {
        var list = new List<Protocol.Toolchain.Runtime.Payloads.Transaction>();
        var count = await Dev.Rpc.GetBlockCountAsync();
        for (uint i = from; i < count; i++)
            list.AddRange((await Dev.Rpc.GetBlockAsync(i)).Transactions.Where(t => t.Sender == account));
        return list;
    }

    public async ValueTask DisposeAsync()
    {
        Dev.Dispose();
        await Server.DisposeAsync();
        Directory.Dispose();
    }
}
