using System.Numerics;
using System.Text.Json.Nodes;
using Protocol.Scripts.Deployment;
using Protocol.Services.CoverageOracle.Tests.Support;
using Protocol.Toolchain.Chain.Client;
using Protocol.Toolchain.Chain.Keys;
using Protocol.Toolchain.Chain.Rpc;
using Protocol.Toolchain.Chain.Transactions;
using Protocol.Toolchain.Chain.Wallets;
using Protocol.Toolchain.Devnet.Node;
using Protocol.Toolchain.Devnet.Rpc;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using VmArray = Protocol.Toolchain.Vm.Types.Array;

namespace Protocol.Services.CoverageOracle.Tests.Devnet;

/// <summary>
/// The protocol on the in-process devnet, deployed through the production plan, with IOT's coverage oracle account and
/// three reward oracle keys (quorum 2) from three oracle wallets, each funded with GAS. The dev account is the authority,
/// the only price oracle (so it can post the price DC purchases need), the maker and the hotspots' owner; it holds
/// 100 HNT minted before the bootstrap hands HNT's minter to the Dao.
/// </summary>
public sealed class CoverageDevnet : IAsyncDisposable
{
    public const string Password = "oracle-test";
    public const int Iot = 1;

    private CoverageDevnet(TempDirectory directory, DevnetServer server, ChainClient dev, ChainProtocolHost host)
    {
        Directory = directory;
        Server = server;
        Dev = dev;
        Host = host;
    }

    public TempDirectory Directory { get; }

    public DevnetServer Server { get; }

    public ChainClient Dev { get; }

    public ChainProtocolHost Host { get; }

    public UInt160 DevAccount => Host.Sender;

    public uint Network => Server.Node.Settings.Network;

    public IReadOnlyDictionary<string, UInt160> Contracts { get; private set; } = new Dictionary<string, UInt160>();

    public IReadOnlyList<(string WalletPath, UInt160 Account, KeyPair Key)> Oracles { get; private set; } = [];

    public static async Task<CoverageDevnet> StartAsync()
    {
        var directory = new TempDirectory();
        var server = await TestDevnet.StartAsync(directory, Password, 100);
        var dev = TestDevnet.DevClient(server, directory, Password);
        var devnet = new CoverageDevnet(directory, server, dev, new ChainProtocolHost(dev, KeyRing.StandardAccount(server.Node.ValidatorKey.PublicKey)));
        try
        {
            await devnet.DeployAsync();
            return devnet;
        }
        catch
        {
            await devnet.DisposeAsync();
            throw;
        }
    }

    private async Task DeployAsync()
    {
        var oracles = new List<(string, UInt160, KeyPair)>();
        for (int i = 0; i < 3; i++)
        {
            var path = Directory.File($"coverage-oracle-{i}.json");
            var (account, key) = TestDevnet.NewWallet(path, $"coverage-oracle-{i}", Password);
            oracles.Add((path, account, key));
        }
        Oracles = oracles;
        var iot = ProtocolConfig.DefaultSubDaos[0] with
        {
            CoverageOracle = oracles[0].Item2.ToString(),
            RewardOracles = [.. oracles.Select(o => Convert.ToHexString(o.Item3.PublicKey.Encode(compressed: true)))],
            RewardOracleQuorum = 2,
            MakerStakeHnt = 100_000_000,
        };
        var config = new ProtocolConfig
        {
            Authority = DevAccount.ToString(),
            PriceOracles = [DevAccount.ToString()],
            SubDaos = [iot, ProtocolConfig.DefaultSubDaos[1]],
        };
        var (_, now) = await TipAsync();
        Contracts = await ProtocolDeployer.DeployAsync(Host, ProtocolArtifacts.FromRepository(), config, now);
        // HNT for DC and the maker stake, minted while the dev account is still HNT's minter; then the production bootstrap.
        await InvokeAsync(Contracts["Hnt"], "mint", ContractParameter.Hash160(DevAccount), ContractParameter.Integer(100 * 100_000_000L));
        foreach (var call in ProtocolBootstrap.Calls(config, Contracts, now))
            await InvokeAsync(Contracts[call.Contract], call.Method, call.Args.Select(ContractParameter.From).ToArray());
        foreach (var (_, account, _) in oracles)
            await TestDevnet.TransferGasAsync(Dev, DevAccount, account, 50, new TransactionOptions { SystemFeeMargin = 10_000_000 });
    }

    public Task<InvokeReceipt> InvokeAsync(UInt160 contract, string method, params ContractParameter[] args) =>
        Dev.InvokeAsync(contract, method, args, [ChainClient.EntrySigner(DevAccount)], new TransactionOptions { SystemFeeMargin = 10_000_000 });

    public Task<RpcInvokeResult> CallAsync(string contract, string method, params ContractParameter[] args) => Dev.CallAsync(Contracts[contract], method, args);

    /// <summary>The tip's index and time (Unix ms).</summary>
    public async Task<(uint Height, long TimeMs)> TipAsync()
    {
        var height = await Dev.Rpc.GetBlockCountAsync() - 1;
        return (height, (long)(await Dev.Rpc.GetBlockAsync(height)).Timestamp);
    }

    /// <summary>Moves the chain's clock on and waits for a block stamped after the jump.</summary>
    public async Task AdvanceAsync(long ms)
    {
        var (_, before) = await TipAsync();
        await Dev.Rpc.SendAsync("devnet_advancetime", JsonValue.Create(ms));
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((await TipAsync()).TimeMs < before + ms)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("No block after devnet_advancetime.");
            await Task.Delay(50);
        }
    }

    /// <summary>Posts $5 HNT as the only price oracle and buys <paramref name="hntBones"/> worth of DC for the dev account.</summary>
    public async Task BuyDcAsync(BigInteger hntBones)
    {
        var (_, time) = await TipAsync();
        await InvokeAsync(Contracts["PriceFeed"], "submitPrice", ContractParameter.Hash160(DevAccount), ContractParameter.Integer(500_000_000),
            ContractParameter.Integer(0), ContractParameter.Integer(time));
        await InvokeAsync(Contracts["Hnt"], "transfer", ContractParameter.Hash160(DevAccount), ContractParameter.Hash160(Contracts["DataCredits"]),
            ContractParameter.Integer(hntBones), ContractParameter.Any());
    }

    /// <summary>The dev account stakes 1 HNT for IOT and approves itself as a maker.</summary>
    public async Task ApproveMakerAsync()
    {
        await InvokeAsync(Contracts["Hnt"], "transfer", ContractParameter.Hash160(DevAccount), ContractParameter.Hash160(Contracts["HotspotRegistry"]),
            ContractParameter.Integer(100_000_000), ContractParameter.Integer(Iot));
        await InvokeAsync(Contracts["HotspotRegistry"], "approveMaker", ContractParameter.Integer(Iot), ContractParameter.Hash160(DevAccount));
    }

    /// <summary>Issues the hotspot to the dev account and onboards it at its location; returns the token id.</summary>
    public async Task<byte[]> OnboardAsync(TestHotspot hotspot)
    {
        var issued = await InvokeAsync(Contracts["HotspotRegistry"], "issue", ContractParameter.Hash160(DevAccount),
            ContractParameter.ByteArray(hotspot.Id.ToArray()), ContractParameter.Hash160(DevAccount), ContractParameter.Integer(Iot));
        var tokenId = issued.Execution.Stack[0].GetSpan().ToArray();
        await InvokeAsync(Contracts["HotspotRegistry"], "onboard", ContractParameter.ByteArray(tokenId), ContractParameter.Integer(unchecked((long)hotspot.Location)));
        return tokenId;
    }

    public async Task<bool> IsActiveAsync(byte[] tokenId) =>
        ((VmArray)(await CallAsync("HotspotRegistry", "hotspotInfo", ContractParameter.ByteArray(tokenId))).Stack[0])[9].GetBoolean();

    public async Task<BigInteger> IotBalanceAsync(UInt160 account) =>
        (await Dev.CallAsync(Contracts["SubDaoToken.IOT"], "balanceOf", ContractParameter.Hash160(account))).Stack[0].GetInteger();

    /// <summary>Rewards.poolInfo(IOT): [token, funded, claimed, epoch, root, total, …].</summary>
    public async Task<VmArray> PoolInfoAsync() => (VmArray)(await CallAsync("Rewards", "poolInfo", ContractParameter.Integer(Iot))).Stack[0];

    public async ValueTask DisposeAsync()
    {
        Dev.Dispose();
        await Server.DisposeAsync();
        Directory.Dispose();
    }
}
