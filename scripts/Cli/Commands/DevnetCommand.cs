using System.CommandLine;
using Protocol.Toolchain.Chain.Transactions;
using Protocol.Toolchain.Devnet.Node;
using Protocol.Toolchain.Devnet.Rpc;
using Protocol.Toolchain.Runtime.Contracts;

namespace Protocol.Scripts.Cli.Commands;

/// <summary>`devnet`: runs the local single-node Neo N3 network until Ctrl+C. Settings from the network config, then flags.</summary>
internal static class DevnetCommand
{
    public static Command Create(TextWriter output)
    {
        var network = new NetworkSettings();
        var dataDir = new Option<string?>("--data-dir") { Description = "Directory of the chain file (default: the config's dataDirectory, else devnet-data)." };
        var port = new Option<int?>("--port") { Description = "RPC port on 127.0.0.1 (default: the config's rpc port, else 50012; 0 = any free port)." };
        var blockTime = new Option<uint?>("--block-time") { Description = "Milliseconds per block (0 = only on demand via devnet_produceblocks)." };
        var fundGas = new Option<long?>("--fund-gas") { Description = "Whole GAS block 1 moves to the dev account (default 10000000)." };
        var command = new Command("devnet", "Run the local Neo N3 devnet: JSON-RPC on 127.0.0.1, blocks on an interval, chain kept on disk.")
        {
            dataDir, port, blockTime, fundGas,
        };
        network.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var file = network.ResolveConfig(parse);
            var defaults = new DevnetOptions();
            var data = parse.GetValue(dataDir) ?? file?.DataDirectory ?? defaults.DataDirectory;
            var options = defaults with
            {
                Network = parse.GetValue(network.Magic) ?? file?.Magic ?? defaults.Network,
                AddressVersion = file?.AddressVersion ?? defaults.AddressVersion,
                MillisecondsPerBlock = parse.GetValue(blockTime) ?? file?.BlockTime ?? defaults.MillisecondsPerBlock,
                DataDirectory = data,
                WalletPath = parse.GetValue(network.Wallet) ?? file?.Wallet ?? Path.Combine(data, "dev-wallet.json"),
                WalletPassword = parse.GetValue(network.Password) ?? Environment.GetEnvironmentVariable("PROTOCOL_WALLET_PASSWORD") ?? defaults.WalletPassword,
                RpcPort = parse.GetValue(port) ?? PortOf(parse.GetValue(network.Rpc) ?? file?.Rpc) ?? defaults.RpcPort,
                FundGas = parse.GetValue(fundGas) is { } gas ? checked(gas * 1_00000000) : defaults.FundGas,
            };
            await using var server = await DevnetServer.StartAsync(options, ct);
            var node = server.Node;
            var dev = KeyRing.StandardAccount(node.ValidatorKey.PublicKey);
            output.WriteLine($"devnet running: RPC {server.Url} network {options.Network} (0x{options.Network:X8}), height {node.Height}");
            output.WriteLine($"  chain file   {Path.GetFullPath(options.ChainFile)}" + (node.RecoveredTornBytes > 0 ? $" (cut {node.RecoveredTornBytes} torn bytes)" : ""));
            output.WriteLine($"  dev wallet   {Path.GetFullPath(options.WalletPath)}");
            output.WriteLine($"  dev account  {Address.FromScriptHash(dev, options.AddressVersion)} (validator and committee key {node.ValidatorKey.PublicKey})");
            output.WriteLine($"  consensus    {Address.FromScriptHash(DevWallet.ConsensusAccount(node.ValidatorKey.PublicKey), options.AddressVersion)} (genesis NEO and GAS)");
            output.WriteLine("Press Ctrl+C to stop.");
            node.BlockPersisted += block => { if (block.Transactions.Count > 0) output.WriteLine($"block {block.Index}: {block.Transactions.Count} transaction(s)"); };
            node.BlockFailed += ex => output.WriteLine($"block failed: {ex.Message}");
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            catch (OperationCanceledException)
            {
            }
            output.WriteLine($"devnet stopped at height {node.Height}.");
            return 0;
        });
        return command;
    }

    private static int? PortOf(string? url) => url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Port : null;
}
