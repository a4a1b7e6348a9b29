using System.Text.RegularExpressions;
using Protocol.Scripts.Cli.Commands;
using Protocol.Toolchain.Chain.Client;
using Protocol.Toolchain.Chain.Rpc;
using Protocol.Toolchain.Chain.Tests.Support;
using Protocol.Toolchain.Devnet.Rpc;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;

namespace Protocol.Toolchain.Chain.Tests.EndToEnd;

/// <summary>
/// The devnet in-process on a free loopback port with blocks on a 100 ms interval: the CLI's own deploy, invoke and call
/// commands run over HTTP, then the devnet restarts from its chain file and serves the same state. Waits are bounded by
/// the client's timeouts.
/// </summary>
public class DevnetEndToEndTests : IAsyncLifetime
{
    private readonly DevnetFixture _devnet = new();
    private DevnetServer _server = null!;

    public async Task InitializeAsync() => _server = await DevnetServer.StartAsync(_devnet.Options(blockTime: 100));

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_devnet.Directory, recursive: true);
    }

    private UInt160 DevAccount => Transactions.KeyRing.StandardAccount(_server.Node.ValidatorKey.PublicKey);

    private async Task<string> Cli(params string[] args)
    {
        var output = new StringWriter();
        string[] network = ["--rpc", _server.Url.ToString(), "--magic", _server.Node.Settings.Network.ToString(),
            "--wallet", _devnet.WalletPath, "--password", DevnetFixture.Password];
        var code = await CliApp.RunAsync([.. args, .. network], output);
        Assert.True(code == 0, $"protocol {string.Join(' ', args)} exited {code}: {output}");
        return output.ToString();
    }

    [Fact]
    public async Task Deploy_invoke_restart_and_find_the_same_state()
    {
        var nef = Artifacts.Path("Contract_Stored.nef");
        var deployed = await Cli("deploy", nef, "--record", Path.Combine(_devnet.Directory, "deployment.json"));
        var match = Regex.Match(deployed, @"deployed Contract_Stored at (0x[0-9a-f]{40}) \(tx (0x[0-9a-f]{64}), system fee (\d+(\.\d+)?) GAS");
        Assert.True(match.Success, deployed);
        var hash = UInt160.Parse(match.Groups[1].Value);
        var deployTx = UInt256.Parse(match.Groups[2].Value);
        Assert.True(decimal.Parse(match.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture) >= 10m, "a deploy costs at least 10 GAS");
        Assert.Contains("is already deployed at " + hash, await Cli("deploy", nef));

        var invoked = await Cli("invoke", hash.ToString(), "putWithKey", "42");
        Assert.Matches(@"tx 0x[0-9a-f]{64}: HALT", invoked);
        Assert.Contains("result: {\"type\":\"ByteString\",\"value\":\"Kg==\"}", await Cli("call", hash.ToString(), "getWithKey"));
        var gasBefore = await Cli("call", "GasToken", "balanceOf", "addr:" + Address.FromScriptHash(DevAccount));

        uint height;
        using (var rpc = new RpcClient(_server.Url))
        {
            var log = await rpc.GetApplicationLogAsync(deployTx);
            Assert.Equal("HALT", log.Executions[0].VmState);
            Assert.Contains(log.Executions[0].Notifications, n => n.EventName == "Deploy" && n.Contract == NativeContracts.ContractManagement.Hash);
            var balances = await rpc.GetNep17BalancesAsync(Address.FromScriptHash(DevAccount));
            Assert.Contains(balances.Balances, b => b.Symbol == "GAS" && b.Amount > 9_000_000_00000000);
            Assert.Equal(hash, (await rpc.GetContractStateAsync(hash)).Hash);
            Assert.Equal(11, (await rpc.GetNativeContractsAsync()).Count);
            var storage = await rpc.FindStorageAsync(hash.ToString(), Array.Empty<byte>());
            Assert.NotEmpty(storage.Results);
            Assert.Equal(deployTx, (await rpc.GetRawTransactionAsync(deployTx)).Hash);
            height = await rpc.GetBlockCountAsync();
        }

        await _server.DisposeAsync();
        _server = await DevnetServer.StartAsync(_devnet.Options(blockTime: 100) with { FundGas = 0 });

        Assert.True(_server.Node.Height + 1 >= height, $"height {_server.Node.Height} after restart, was {height - 1}");
        Assert.Contains("result: {\"type\":\"ByteString\",\"value\":\"Kg==\"}", await Cli("call", hash.ToString(), "getWithKey"));
        using (var rpc = new RpcClient(_server.Url))
        {
            Assert.Equal("HALT", (await rpc.GetApplicationLogAsync(deployTx)).Executions[0].VmState);
            Assert.Equal(height - 1, (await rpc.GetBlockAsync(height - 1)).Index);
            Assert.Equal(deployTx, (await rpc.GetRawTransactionVerboseAsync(deployTx)).Transaction.Hash);
        }
        // The chain moves on after the restart: another transaction persists on top of the replayed state.
        Assert.Matches(@"tx 0x[0-9a-f]{64}: HALT", await Cli("invoke", hash.ToString(), "putWithKey", "43"));
        Assert.Contains("\"value\":\"Kw==\"", await Cli("call", hash.ToString(), "getWithKey"));
        Assert.NotEqual(gasBefore, await Cli("call", "GasToken", "balanceOf", "addr:" + Address.FromScriptHash(DevAccount)));
    }

    [Fact]
    public async Task A_torn_last_record_is_cut_off_and_committed_blocks_survive()
    {
        using (var client = new ChainClient(new RpcClient(_server.Url), _server.Node.Settings.Network, _devnet.Keys()))
        {
            await client.InvokeAsync(NativeContracts.Gas.Hash, "transfer",
                [Transactions.ContractParameter.Hash160(DevAccount), Transactions.ContractParameter.Hash160(UInt160.Zero),
                 Transactions.ContractParameter.Integer(123), Transactions.ContractParameter.Any()],
                [ChainClient.EntrySigner(DevAccount)]);
        }
        await _server.DisposeAsync();
        var committedHeight = ReadHeight();
        // A crash in the middle of writing the next block: a frame header promising more bytes than were written.
        using (var file = new FileStream(Path.Combine(_devnet.Directory, "chain.log"), FileMode.Append))
            file.Write([0x00, 0x10, 0x00, 0x00, 1, 2, 3, 4, 5, 6, 7]);
        _server = await DevnetServer.StartAsync(_devnet.Options(blockTime: 0));
        Assert.Equal(11, _server.Node.RecoveredTornBytes);
        Assert.Equal(committedHeight, _server.Node.Height);
        Assert.Equal(123, _server.Node.Read(s => NativeContracts.Gas.BalanceOf(s, UInt160.Zero)));
        Assert.Equal(committedHeight + 1, _server.Node.ProduceBlock().Index);
    }

    private uint ReadHeight()
    {
        var options = _devnet.Options();
        using var node = Devnet.Node.DevnetNode.Open(options);
        return node.Height;
    }
}
