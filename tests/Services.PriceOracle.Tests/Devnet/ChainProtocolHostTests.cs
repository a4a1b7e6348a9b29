using Protocol.Scripts.Deployment;
using Protocol.Toolchain.Chain.Rpc;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Services.PriceOracle.Tests.Devnet;

/// <summary>ChainProtocolHost: the protocol plan deployed over RPC, a re-run that deploys nothing, and the deployment record.</summary>
public sealed class ChainProtocolHostTests : IAsyncLifetime
{
    private ProtocolDevnet _devnet = null!;

    public async Task InitializeAsync() => _devnet = await ProtocolDevnet.StartAsync(oracles: 1, priceMaxAgeMs: 600_000);

    public async Task DisposeAsync() => await _devnet.DisposeAsync();

    [Fact]
    public async Task Deploys_the_plan_once_and_records_each_transaction()
    {
        var host = _devnet.Host;
        Assert.Equal(ProtocolDeployer.Contracts, host.Deployed.Select(d => d.Name));
        foreach (var (name, hash) in _devnet.Contracts)
        {
            Assert.True(await host.ExistsAsync(hash));
            Assert.Equal(hash, (await _devnet.Dev.Rpc.GetContractStateAsync(hash)).Hash);
            Assert.Equal("HALT", (await _devnet.Dev.Rpc.GetApplicationLogAsync(host.Deployed.Single(d => d.Name == name).TxHash!)).Executions[0].VmState);
        }
        Assert.False(await host.ExistsAsync(UInt160.Zero));

        var again = await ProtocolDeployer.DeployAsync(host, ProtocolArtifacts.FromRepository(), _devnet.Config);
        Assert.Equal(_devnet.Contracts, again);
        Assert.Equal(ProtocolDeployer.Contracts.Count, host.Deployed.Count);

        var record = host.ToRecord(again);
        Assert.Equal(_devnet.Server.Node.Settings.Network, record.Network);
        Assert.Equal(_devnet.Server.Url.ToString(), record.Rpc);
        foreach (var deployed in host.Deployed) Assert.Equal((deployed.Hash, deployed.TxHash), record.Contracts[deployed.Name]);
    }

    [Fact]
    public void A_sender_the_wallet_cannot_witness_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ChainProtocolHost(_devnet.Dev, UInt160.Zero));
        Assert.Contains("holds no key that can witness the deployer", ex.Message);
    }

    [Fact]
    public async Task Unparseable_deploy_data_names_the_contract()
    {
        var artifact = ProtocolArtifacts.FromRepository().Load("PriceFeed");
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => _devnet.Host.DeployAsync(artifact, new object()));
        Assert.Contains("The _deploy data of PriceFeed cannot be sent", ex.Message);
    }
}
