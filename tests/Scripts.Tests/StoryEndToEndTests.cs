using Protocol.Scripts.Cli.Commands;
using Protocol.Scripts.Story;
using Protocol.Toolchain.Chain.Client;
using Protocol.Toolchain.Chain.Deploy;
using Protocol.Toolchain.Chain.Rpc;
using Protocol.Toolchain.Chain.Transactions;
using Protocol.Toolchain.Chain.Wallets;
using Protocol.Toolchain.Devnet.Node;
using Protocol.Toolchain.Devnet.Rpc;

namespace Protocol.Scripts.Tests;

/// <summary>
/// The README's main job end to end: the CLI's `story` starts a devnet on a free loopback port, deploys and bootstraps the
/// protocol over JSON-RPC and runs the story; then the devnet restarts from its chain file and holds the same state.
/// </summary>
public class StoryEndToEndTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "story-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task The_story_runs_over_rpc_and_its_state_survives_a_restart()
    {
        var output = new StringWriter();
        int exit = await CliApp.RunAsync(["story", "--data-dir", _dir, "--port", "0", "--block-time", "100", "--exit"], output);
        var text = output.ToString();
        Assert.True(exit == 0, text);
        foreach (var step in new[] { "1. Deploy", "2. Bootstrap", "3. Price", "4. Buy DC", "5. Use DC", "6. Stake", "7. Hotspot", "8. Epochs", "9. Hotspot rewards", "10. Rewards", "11. Redeem", "Summary" })
            Assert.Contains(step, text);
        Assert.Contains("DC balance 50,000,000  (1 HNT buys 500,000 DC)", text);
        Assert.Contains("burned for IOT this epoch 4,000,000 DC", text);
        var printed = text[text.IndexOf("\nSummary", StringComparison.Ordinal)..].Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal) && l.Length > 26)
            .ToDictionary(l => l[2..26].Trim(), l => l[27..].Trim());

        // Restart the node from its chain file and read the same state over RPC.
        var options = new DevnetOptions { DataDirectory = _dir, WalletPath = Path.Combine(_dir, "dev-wallet.json"), RpcPort = 0, MillisecondsPerBlock = 100 };
        await using var server = await DevnetServer.StartAsync(options);
        using var client = new ChainClient(new RpcClient(server.Url), options.Network, Nep6Wallet.Load(options.WalletPath).Unlock(options.WalletPassword));
        var record = DeploymentRecord.Load(Path.Combine(_dir, "deployment.json"));
        var p = new ProtocolCalls(client, KeyRing.StandardAccount(server.Node.ValidatorKey.PublicKey), record.Contracts.ToDictionary(c => c.Key, c => c.Value.Hash));
        Assert.Equal(printed["HNT supply"], ProtocolStory.Hnt(await p.IntegerAsync("Hnt", "totalSupply")));
        Assert.Equal(100_00000000, await p.IntegerAsync("Hnt", "totalBurned"));
        Assert.Equal(46_000_000 - 4_500_000, await p.IntegerAsync("DataCredits", "totalSupply")); // onboarding with a location burned 4,500,000
        Assert.Equal(printed["IOT treasury"], ProtocolStory.Hnt(await p.BalanceAsync("Hnt", p.Contracts["Treasury.IOT"])) + " HNT");
        var first = await p.IntegerAsync("Dao", "firstEpoch");
        Assert.Equal(1, await p.IntegerAsync("Dao", "isEpochClosed", first));
        Assert.Equal(1, await p.IntegerAsync("Dao", "isEpochClosed", first + 1));
        Assert.True(await p.IntegerAsync("VoteEscrow", "delegatedVotingPower", 1, first + 1) > 0);
        // The hotspot was paid everything the escrow received for IOT in the two epochs, and the root says so.
        var pool = await p.IntegersAsync("Rewards", "poolInfo", 1);
        Assert.True(pool[1] > 0);
        Assert.Equal(pool[1], pool[2]);
        Assert.Equal(first + 1, pool[3]);
        Assert.Equal(printed["hotspot rewards claimed"], FormattableString.Invariant($"{pool[2] / 1_000_000:N0}.{pool[2] % 1_000_000:D6} IOT"));
        Assert.Equal(0, await p.BalanceAsync("SubDaoToken.IOT", p.Contracts["Rewards"]));
    }
}
