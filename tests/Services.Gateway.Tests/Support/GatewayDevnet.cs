using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;
using Protocol.Scripts.Story;
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

namespace Protocol.Services.Gateway.Tests.Support;

/// <summary>
/// One devnet for the whole suite (an xUnit collection fixture): the protocol deployed and bootstrapped over JSON-RPC by
/// the story (scripts/Story: the production deployment plan and bootstrap, an oracle price, DC bought and burned, a
/// veHNT position delegated to IOT, two epochs closed, rewards claimed, IOT redeemed), then a wallet user funded with
/// GAS and HNT, and the gateway in-process (WebApplicationFactory) reading it through the deployment record.
/// </summary>
public sealed class GatewayDevnet : IAsyncLifetime
{
    public const long OneHnt = 100_000_000;
    private const string Password = "gateway-test";

    public TempDirectory Directory { get; } = new();

    public DevnetServer Server { get; private set; } = null!;

    /// <summary>The dev account's client: deployer, authority, oracle, governor and every subDAO role.</summary>
    public ChainClient Dev { get; private set; } = null!;

    public UInt160 DevAccount { get; private set; } = null!;

    public KeyPair DevKey { get; private set; } = null!;

    /// <summary>A wallet user with GAS and 50 HNT and nothing else.</summary>
    public KeyPair UserKey { get; } = DevWallet.NewKey();

    public UInt160 User => KeyRing.StandardAccount(UserKey.PublicKey);

    public StoryResult Story { get; private set; } = null!;

    public ProtocolCalls Calls { get; private set; } = null!;

    public string RecordPath => Directory.File("deployment.json");

    public GatewayFactory Gateway { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public uint Network => Server.Node.Settings.Network;

    public long FirstEpoch => (long)Story.FirstEpoch;

    public async Task InitializeAsync()
    {
        Server = await TestDevnet.StartAsync(Directory, Password, 100);
        Dev = TestDevnet.DevClient(Server, Directory, Password);
        DevKey = Dev.Keys.Keys.Single();
        DevAccount = KeyRing.StandardAccount(DevKey.PublicKey);
        Story = await new ProtocolStory(Dev, DevAccount, TextWriter.Null).RunAsync(RecordPath);
        Calls = new ProtocolCalls(Dev, DevAccount, Story.Contracts);
        await TestDevnet.TransferGasAsync(Dev, DevAccount, User, 100);
        await Calls.InvokeAsync("Hnt", "transfer", [DevAccount, User, 50 * OneHnt, null]);
        Gateway = new GatewayFactory(Settings());
        Http = Gateway.CreateClient();
    }

    /// <summary>The gateway's settings for this devnet (a generous rate limit: the suite makes many requests).</summary>
    public Dictionary<string, string?> Settings(int permitLimit = 100_000) => new()
    {
        ["Gateway:Chain:RpcUrl"] = Server.Url.ToString(),
        ["Gateway:Chain:Network"] = Network.ToString(CultureInfo.InvariantCulture),
        ["Gateway:Contracts:DeploymentRecord"] = RecordPath,
        ["Gateway:RateLimit:PermitLimit"] = permitLimit.ToString(CultureInfo.InvariantCulture),
    };

    public bool HasHotspots => Story.Contracts.ContainsKey("HotspotRegistry") && Story.Contracts.ContainsKey("Rewards");

    /// <summary>The last block's time (ms).</summary>
    public async Task<long> ChainTimeAsync() => (long)(await Dev.Rpc.GetBlockAsync(await Dev.Rpc.GetBlockCountAsync() - 1)).Header.Timestamp;

    /// <summary>devnet_advancetime, then one block so the new time is on chain.</summary>
    public async Task AdvanceAsync(long milliseconds)
    {
        await Dev.Rpc.SendAsync("devnet_advancetime", new JsonArray(milliseconds));
        await Dev.Rpc.SendAsync("devnet_produceblocks", new JsonArray(1));
    }

    /// <summary>The dev account (the story's oracle) posts a price stamped with the last block's time.</summary>
    public async Task PostPriceAsync(long priceE8) =>
        await Calls.InvokeAsync("PriceFeed", "submitPrice", [DevAccount, priceE8, 0, new BigInteger(await ChainTimeAsync())]);

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        if (Gateway is not null) await Gateway.DisposeAsync();
        Dev?.Dispose();
        if (Server is not null) await Server.DisposeAsync();
        Directory.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class DevnetCollection : ICollectionFixture<GatewayDevnet>
{
    public const string Name = "devnet";
}
