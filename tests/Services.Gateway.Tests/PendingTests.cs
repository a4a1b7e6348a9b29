using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Protocol.Services.Gateway.Tests.Support;
using Protocol.Toolchain.Chain.Client;
using Protocol.Toolchain.Chain.Rpc;
using Protocol.Toolchain.Chain.Transactions;
using Protocol.Toolchain.Chain.Wallets;
using Protocol.Toolchain.Devnet.Node;
using Protocol.Toolchain.Devnet.Rpc;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;

namespace Protocol.Services.Gateway.Tests;

/// <summary>
/// Tracking through a block on demand: a bare devnet that makes blocks only when asked (devnet_produceblocks), so a
/// relayed transaction is pending in the memory pool until the test makes the block, then confirmed.
/// </summary>
public sealed class PendingTests : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private DevnetServer _server = null!;

    public async Task InitializeAsync() => _server = await TestDevnet.StartAsync(_dir, "pending", 0);

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _dir.Dispose();
    }

    [Fact]
    public async Task A_relayed_transaction_is_pending_until_its_block_then_confirmed()
    {
        var network = _server.Node.Settings.Network;
        using var client = TestDevnet.DevClient(_server, _dir, "pending");
        var dev = client.Keys.Accounts.First(a => client.Keys.CanSign(a));
        var tx = await client.BuildAsync(ScriptFactory.DynamicCall(NativeContracts.Gas.Hash, "transfer", ContractParameter.Hash160(dev),
            ContractParameter.Hash160(UInt160.Zero), ContractParameter.Integer(1), ContractParameter.Any()), [ChainClient.EntrySigner(dev)]);
        // Only relay and tracking are used here, so any contract hashes satisfy the settings.
        var settings = new Dictionary<string, string?>
        {
            ["Gateway:Chain:RpcUrl"] = _server.Url.ToString(),
            ["Gateway:Chain:Network"] = network.ToString(CultureInfo.InvariantCulture),
        };
        foreach (var name in Protocol.Services.Gateway.Options.ProtocolContracts.Required) settings[$"Gateway:Contracts:Hashes:{name}"] = UInt160.Zero.ToString();
        await using var gateway = new GatewayFactory(settings);
        using var http = gateway.CreateClient();

        using var relayed = await http.PostAsJsonAsync("/v1/transactions", new { transaction = Convert.ToBase64String(tx.ToArray()) });
        Assert.True(relayed.StatusCode == System.Net.HttpStatusCode.Accepted, await relayed.Content.ReadAsStringAsync());
        Assert.Equal("pending", (await http.GetOkAsync($"/v1/transactions/{tx.Hash}")).GetProperty("status").GetString());
        await client.Rpc.SendAsync("devnet_produceblocks", new JsonArray(1));
        var confirmed = await http.GetOkAsync($"/v1/transactions/{tx.Hash}");
        Assert.Equal("confirmed", confirmed.GetProperty("status").GetString());
        Assert.Equal("HALT", confirmed.GetProperty("vmState").GetString());
        Assert.Contains(confirmed.GetProperty("notifications").EnumerateArray(), n => n.GetProperty("eventName").GetString() == "Transfer");
    }
}
