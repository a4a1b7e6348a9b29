using System.CommandLine;
using Protocol.Toolchain.Chain.Client;
using Protocol.Toolchain.Chain.Rpc;
using Protocol.Toolchain.Chain.Transactions;
using Protocol.Toolchain.Chain.Wallets;
using Protocol.Toolchain.Runtime.Json;

namespace Protocol.Scripts.Cli.Commands;

/// <summary>
/// Where a command talks to and signs with: a network config file (--network NAME reads networks/NAME.json from the current
/// directory, then next to the CLI; --config PATH reads that file) with "rpc", "magic", "addressVersion", "wallet", and
/// flags that override each (--rpc, --magic, --wallet). The wallet password comes from --password or the environment
/// variable PROTOCOL_WALLET_PASSWORD. Nothing is built in per network: without a magic the node's own is used.
/// </summary>
internal sealed class NetworkSettings
{
    public readonly Option<string?> Network = new("--network") { Description = "Network config name: networks/NAME.json (default: devnet)." };
    public readonly Option<string?> Config = new("--config") { Description = "Path of a network config JSON file." };
    public readonly Option<string?> Rpc = new("--rpc") { Description = "JSON-RPC URL of the node." };
    public readonly Option<uint?> Magic = new("--magic") { Description = "Network magic the wallet signs for." };
    public readonly Option<string?> Wallet = new("--wallet") { Description = "NEP-6 wallet file." };
    public readonly Option<string?> Password = new("--password") { Description = "Wallet password (default: $PROTOCOL_WALLET_PASSWORD)." };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Network, Config, Rpc, Magic, Wallet, Password }) command.Options.Add(option);
    }

    public sealed record Resolved(string RpcUrl, uint? Magic, byte AddressVersion, string? WalletPath, string? Password, ConfigFile? File);

    /// <summary>The values of a config file (any may be missing).</summary>
    public sealed record ConfigFile(string Path, string? Rpc, uint? Magic, byte? AddressVersion, string? Wallet, uint? BlockTime, string? DataDirectory);

    public Resolved Resolve(ParseResult parse)
    {
        var file = LoadConfig(parse.GetValue(Config), parse.GetValue(Network));
        var rpc = parse.GetValue(Rpc) ?? file?.Rpc
            ?? throw new ArgumentException("No RPC URL: pass --rpc or a network config with \"rpc\".");
        return new Resolved(rpc, parse.GetValue(Magic) ?? file?.Magic, file?.AddressVersion ?? 0x35,
            parse.GetValue(Wallet) ?? file?.Wallet,
            parse.GetValue(Password) ?? Environment.GetEnvironmentVariable("PROTOCOL_WALLET_PASSWORD"), file);
    }

    public ConfigFile? ResolveConfig(ParseResult parse) => LoadConfig(parse.GetValue(Config), parse.GetValue(Network));

    private static ConfigFile? LoadConfig(string? path, string? name)
    {
        if (path is null)
        {
            var fileName = Path.Combine("networks", (name ?? "devnet") + ".json");
            path = new[] { fileName, Path.Combine(AppContext.BaseDirectory, fileName) }.FirstOrDefault(File.Exists);
            if (path is null)
            {
                if (name is null) return null;
                throw new FileNotFoundException($"Network config '{fileName}' was not found in the current directory or next to the CLI.");
            }
        }
        if (!File.Exists(path)) throw new FileNotFoundException($"Network config '{path}' does not exist.");
        using var doc = JsonRead.Parse(File.ReadAllBytes(path));
        var json = doc.RootElement;
        JsonRead.RequireObject(json, "network config");
        string? Text(string key) => JsonRead.TryGet(json, key, out var v) ? JsonRead.AsString(v, key) : null;
        uint? Number(string key) => JsonRead.TryGet(json, key, out _) ? (uint)JsonRead.GetNumber(json, key) : null;
        return new ConfigFile(path, Text("rpc"), Number("magic"), (byte?)Number("addressVersion"), Text("wallet"), Number("blockTime"), Text("dataDirectory"));
    }

    /// <summary>A client for the resolved network; with <paramref name="unlock"/> the wallet's keys are decrypted.</summary>
    public async Task<(ChainClient Client, Nep6Wallet? Wallet)> ConnectAsync(Resolved settings, bool unlock, CancellationToken ct)
    {
        var rpc = new RpcClient(settings.RpcUrl);
        uint magic = settings.Magic ?? (await rpc.GetVersionAsync(ct)).Network;
        Nep6Wallet? wallet = null;
        KeyRing? keys = null;
        if (unlock)
        {
            if (settings.WalletPath is null) throw new ArgumentException("No wallet: pass --wallet or a network config with \"wallet\".");
            wallet = Nep6Wallet.Load(settings.WalletPath, settings.AddressVersion);
            keys = wallet.Unlock(settings.Password
                ?? throw new ArgumentException("No wallet password: pass --password or set PROTOCOL_WALLET_PASSWORD."));
        }
        var client = new ChainClient(rpc, magic, keys);
        await client.EnsureNetworkAsync(ct);
        return (client, wallet);
    }
}
