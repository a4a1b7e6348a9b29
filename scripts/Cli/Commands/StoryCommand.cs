using System.CommandLine;
using Protocol.Scripts.Story;
using Protocol.Toolchain.Chain.Client;
using Protocol.Toolchain.Chain.Rpc;
using Protocol.Toolchain.Chain.Transactions;
using Protocol.Toolchain.Chain.Wallets;
using Protocol.Toolchain.Devnet.Node;
using Protocol.Toolchain.Devnet.Rpc;

namespace Protocol.Scripts.Cli.Commands;

/// <summary>
/// `story`: the README's main job. Starts a fresh devnet, deploys and bootstraps the protocol through its JSON-RPC
/// endpoint, runs the burn-and-mint story (<see cref="ProtocolStory"/>), prints a summary, and keeps the devnet running
/// for exploration until Ctrl+C (or stops at once with --exit).
/// </summary>
internal static class StoryCommand
{
    public static Command Create(TextWriter output)
    {
        var dataDir = new Option<string?>("--data-dir") { Description = "Directory of the devnet's chain (default: a new story-data/<time> folder)." };
        var port = new Option<int>("--port") { Description = "RPC port on 127.0.0.1 (0 = any free port).", DefaultValueFactory = _ => 50012 };
        var blockTime = new Option<uint>("--block-time") { Description = "Milliseconds per block.", DefaultValueFactory = _ => 250 };
        var exit = new Option<bool>("--exit") { Description = "Stop the devnet when the story ends instead of leaving it running." };
        var command = new Command("story", "Start a devnet, deploy and bootstrap the protocol over RPC, and run a burn-and-mint story.") { dataDir, port, blockTime, exit };
        command.SetAction(async (parse, ct) =>
        {
            var data = parse.GetValue(dataDir) ?? Path.Combine("story-data", DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture));
            var options = new DevnetOptions
            {
                DataDirectory = data,
                WalletPath = Path.Combine(data, "dev-wallet.json"),
                RpcPort = parse.GetValue(port),
                MillisecondsPerBlock = parse.GetValue(blockTime),
            };
            await using var server = await DevnetServer.StartAsync(options, ct);
            output.WriteLine($"devnet: RPC {server.Url}, chain in {Path.GetFullPath(data)}, dev wallet {Path.GetFullPath(options.WalletPath)} (password \"{options.WalletPassword}\")");
            var keys = Nep6Wallet.Load(options.WalletPath).Unlock(options.WalletPassword);
            using var client = new ChainClient(new RpcClient(server.Url), options.Network, keys);
            var account = KeyRing.StandardAccount(server.Node.ValidatorKey.PublicKey);
            await new ProtocolStory(client, account, output).RunAsync(Path.Combine(data, "deployment.json"), ct);
            if (parse.GetValue(exit)) return 0;
            output.WriteLine($"The devnet keeps running at {server.Url} (try: protocol call <hash> <method> --rpc {server.Url}). Press Ctrl+C to stop.");
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            catch (OperationCanceledException)
            {
            }
            return 0;
        });
        return command;
    }
}
