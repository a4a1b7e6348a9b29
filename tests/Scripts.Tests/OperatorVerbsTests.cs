using System.Globalization;
using System.Text.Json.Nodes;
using Protocol.Scripts.Cli.Commands;
using Protocol.Toolchain.Chain.Deploy;
using Protocol.Toolchain.Chain.Rpc;
using Protocol.Toolchain.Chain.Transactions;
using Protocol.Toolchain.Devnet.Node;
using Protocol.Toolchain.Devnet.Rpc;

namespace Protocol.Scripts.Tests;

/// <summary>The operator's verbs against a devnet over JSON-RPC: deploy-protocol (twice), bootstrap, dc buy, stake, epoch close, propose, vote, execute.</summary>
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
        string[] record = args[0] is "invoke" or "call" ? [] : ["--record", Record];
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

        // Governance: the DAO organisation gets a lower winning minimum for this small devnet, PriceFeed is handed to
        // Governance, and a governor's proposal to shorten the price's max age passes, waits out the timelock and runs.
        var governance = contracts["Governance"].Hash.ToString();
        const string Settings = """{"type":"Array","value":[{"type":"Integer","value":"1000000000000"},{"type":"Integer","value":"0"},{"type":"Integer","value":"604800000"},{"type":"Integer","value":"6700"},{"type":"Integer","value":"1000000000000"},{"type":"Integer","value":"172800000"},{"type":"Integer","value":"1209600000"},{"type":"Integer","value":"259200000"}]}""";
        await Run("invoke", governance, "setOrganisationSettings", "int:0", Settings);
        await Run("invoke", contracts["PriceFeed"].Hash.ToString(), "setAuthority", $"hash160:{governance}");
        var position = System.Text.RegularExpressions.Regex.Match(await Run("stake", "200", "1460"), "position ([0-9A-F]+)").Groups[1].Value;
        var choices = Path.Combine(_dir, "choices.json");
        File.WriteAllText(choices, """[{"label":"Shorter max age","calls":[{"contract":"PriceFeed","method":"setMaxAge","args":["int:300000"]}]},{"label":"Keep it"}]""");
        var proposed = await Run("propose", "0", "Shorter price max age", "https://example.org/p/1", "--choices", choices, "--position", position);
        var proposal = System.Text.RegularExpressions.Regex.Match(proposed, "proposal ([0-9A-F]+)").Groups[1].Value;
        Assert.Contains("voted; tally of choice 0:", await Run("vote", proposal, position, "0"));
        await rpc.SendAsync("devnet_advancetime", new JsonArray(9 * 86_400_000L + 60_000));
        await rpc.SendAsync("devnet_produceblocks", new JsonArray(1));
        var executed = await Run("execute", proposal);
        Assert.Contains("event ParameterChanged from " + contracts["PriceFeed"].Hash, executed);
        Assert.Contains("\"value\":\"300000\"", await Run("call", contracts["PriceFeed"].Hash.ToString(), "maxAge"));
    }

    [Fact]
    public async Task Bootstrap_with_handover_leaves_every_contract_to_governance()
    {
        await Run("deploy-protocol");
        var output = await Run("bootstrap", "--handover");
        var contracts = DeploymentRecord.Load(Record).Contracts;
        Assert.Contains("Governance.setAuthority", output);
        var rpc = new RpcClient(_server.Url);
        foreach (var (name, (hash, _)) in contracts)
        {
            var result = await rpc.InvokeFunctionAsync(hash, "getAuthority", [], null);
            Assert.True(contracts["Governance"].Hash == new Protocol.Toolchain.Runtime.Models.UInt160(result.Stack[0].GetSpan()), $"{name} is not governed by Governance");
        }
    }
}
