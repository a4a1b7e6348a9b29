using System.Globalization;
using System.Text.Json.Nodes;
using Protocol.Scripts.Cli.Commands;
using Protocol.Toolchain.Chain.Deploy;
using Protocol.Toolchain.Chain.Rpc;
using Protocol.Toolchain.Chain.Transactions;
using Protocol.Toolchain.Devnet.Node;
using Protocol.Toolchain.Devnet.Rpc;

namespace Protocol.Scripts.Tests;

/// <summary>The operator's verbs against a devnet over JSON-RPC: deploy-protocol (twice), bootstrap, dc buy, stake, epoch close.</summary>
public class OperatorVerbsTests : IAsyncLifetime
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "verbs-" + Guid.NewGuid().ToString("N"));
    private DevnetServer _server = null!;

    private string Record => Path.Combine(_dir, "deployment.json");

    public async Task InitializeAsync() =>
        _server = await DevnetServer.StartAsync(new DevnetOptions { DataDirectory = _dir, WalletPath = Path.Combine(_dir, "dev-wallet.json"), RpcPort = 0, MillisecondsPerBlock = 100 });

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    private async Task<string> Run(params string[] args)
    {
        var output = new StringWriter();
        string[] record = args[0] == "invoke" ? [] : ["--record", Record];
        int exit = await CliApp.RunAsync([.. args, "--rpc", _server.Url.ToString(), "--wallet", Path.Combine(_dir, "dev-wallet.json"), "--password", "devnet", .. record], output);
        Assert.True(exit == 0, $"{string.Join(' ', args)} exited {exit}:\n{output}");
        return output.ToString();
    }

    [Fact]
    public async Task An_operator_deploys_bootstraps_buys_stakes_and_closes_an_epoch()
    {
        var deployed = await Run("deploy-protocol");
        Assert.Contains($"{Protocol.Scripts.Deployment.ProtocolDeployer.Contracts.Count} contracts in", deployed);
        Assert.Contains("deployed Dao", deployed);
        Assert.DoesNotContain("deployed", await Run("deploy-protocol")); // a re-run finds everything in place
        var contracts = DeploymentRecord.Load(Record).Contracts;
        var dev = KeyRing.StandardAccount(_server.Node.ValidatorKey.PublicKey);

        // Before bootstrap the authority is HNT's minter: mint some for the operator.
        await Run("invoke", contracts["Hnt"].Hash.ToString(), "mint", $"hash160:{dev}", "int:100000000000");
        var bootstrap = await Run("bootstrap");
        Assert.Contains("Dao.registerSubDao", bootstrap);
        Assert.Contains("Hnt.setMinter", bootstrap);

        var rpc = new RpcClient(_server.Url);
        var timestamp = (await rpc.GetBlockAsync(await rpc.GetBlockCountAsync() - 1)).Header.Timestamp;
        await Run("invoke", contracts["PriceFeed"].Hash.ToString(), "submitPrice", $"hash160:{dev}", "int:500000000", "int:0", $"int:{timestamp}");
        Assert.Contains("bought 5,000,000 DC for 10 HNT", await Run("dc", "buy", "10"));
        var stake = await Run("stake", "100", "365", "--delegate", "1");
        Assert.Contains("delegated to subDAO 1", stake);

        await rpc.SendAsync("devnet_advancetime", new JsonArray(2 * 86_400_000L));
        await rpc.SendAsync("devnet_produceblocks", new JsonArray(1));
        var closed = await Run("epoch", "close");
        Assert.Matches(@"epoch \d+: scheduled 4109589041095, re-emitted \d+, carried in 0, issued \d+", closed);
        Assert.Contains("subDAO 1:", closed);
        Assert.Contains("subDAO 2:", closed);
    }
}
