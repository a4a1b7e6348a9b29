using System.CommandLine;
using Protocol.Toolchain.Chain.Client;
using Protocol.Toolchain.Chain.Keys;
using Protocol.Toolchain.Chain.Rpc;
using Protocol.Toolchain.Chain.Wallets;
using Protocol.Toolchain.Devnet.Node;

namespace Protocol.Scripts.Cli.Commands;

/// <summary>`wallet create | list | import-wif`: NEP-6 wallets that neo-cli and other Neo wallets open.</summary>
internal static class WalletCommands
{
    public static Command Create(TextWriter output)
    {
        var command = new Command("wallet", "Create, list and import into NEP-6 wallets.");
        command.Subcommands.Add(CreateWallet(output));
        command.Subcommands.Add(List(output));
        command.Subcommands.Add(ImportWif(output));
        return command;
    }

    private static Command CreateWallet(TextWriter output)
    {
        var network = new NetworkSettings();
        var label = new Option<string?>("--label") { Description = "Label of the first account." };
        var command = new Command("create", "Create a wallet file with one new standard account.") { label };
        network.AddTo(command);
        command.SetAction(parse =>
        {
            var settings = Settings(network, parse);
            if (File.Exists(settings.WalletPath)) throw new InvalidOperationException($"Wallet '{settings.WalletPath}' already exists; it is not overwritten.");
            var wallet = new Nep6Wallet(Path.GetFileNameWithoutExtension(settings.WalletPath), settings.AddressVersion);
            var account = wallet.AddKey(DevWallet.NewKey(), Password(settings), parse.GetValue(label));
            wallet.Save(settings.WalletPath!);
            output.WriteLine($"created {settings.WalletPath} with account {account.Address(settings.AddressVersion)}");
            return 0;
        });
        return command;
    }

    private static Command ImportWif(TextWriter output)
    {
        var network = new NetworkSettings();
        var wif = new Argument<string>("wif") { Description = "The private key in WIF (52 characters, K… or L…)." };
        var label = new Option<string?>("--label") { Description = "Label of the imported account." };
        var command = new Command("import-wif", "Add the standard account of a WIF key to a wallet (created if missing).") { wif, label };
        network.AddTo(command);
        command.SetAction(parse =>
        {
            var settings = Settings(network, parse);
            var password = Password(settings);
            var wallet = File.Exists(settings.WalletPath) ? Nep6Wallet.Load(settings.WalletPath!, settings.AddressVersion)
                : new Nep6Wallet(Path.GetFileNameWithoutExtension(settings.WalletPath), settings.AddressVersion);
            if (wallet.Accounts.Any(a => a.HasKey)) wallet.Unlock(password);
            var key = new Toolchain.Runtime.Cryptography.KeyPair(Wif.Decode(parse.GetValue(wif)!));
            var account = wallet.AddKey(key, password, parse.GetValue(label));
            wallet.Save(settings.WalletPath!);
            output.WriteLine($"imported {account.Address(settings.AddressVersion)} into {settings.WalletPath}");
            return 0;
        });
        return command;
    }

    private static Command List(TextWriter output)
    {
        var network = new NetworkSettings();
        var balances = new Option<bool>("--balances") { Description = "Also show NEP-17 balances from the node (getnep17balances)." };
        var command = new Command("list", "List a wallet's accounts.") { balances };
        network.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var settings = Settings(network, parse);
            var wallet = Nep6Wallet.Load(settings.WalletPath!, settings.AddressVersion);
            using var rpc = parse.GetValue(balances) ? new RpcClient(settings.RpcUrl) : null;
            foreach (var account in wallet.Accounts)
            {
                var kind = account.Contract?.Parameters.Count > 1 || account.Contract?.Parameters[0].Name == "parameter0" ? "multisig" : account.HasKey ? "standard" : "watch-only";
                output.WriteLine($"{account.Address(settings.AddressVersion)}  {account.ScriptHash}  {kind}{(account.IsDefault ? "  default" : "")}  {account.Label}");
                if (rpc is null) continue;
                var result = await rpc.GetNep17BalancesAsync(account.Address(settings.AddressVersion), ct);
                foreach (var b in result.Balances)
                    output.WriteLine($"    {b.Symbol,-8} {FormatAmount(b.Amount, b.Decimals)}  (block {b.LastUpdatedBlock})");
            }
            return 0;
        });
        return command;
    }

    private static string FormatAmount(System.Numerics.BigInteger amount, int decimals)
    {
        if (decimals == 0) return amount.ToString();
        var factor = System.Numerics.BigInteger.Pow(10, decimals);
        var fraction = (System.Numerics.BigInteger.Abs(amount) % factor).ToString().PadLeft(decimals, '0').TrimEnd('0');
        return $"{amount / factor}{(fraction.Length > 0 ? "." + fraction : "")}";
    }

    private static NetworkSettings.Resolved Settings(NetworkSettings network, ParseResult parse)
    {
        var file = network.ResolveConfig(parse);
        var wallet = parse.GetValue(network.Wallet) ?? file?.Wallet ?? throw new ArgumentException("Pass --wallet PATH.");
        return new NetworkSettings.Resolved(parse.GetValue(network.Rpc) ?? file?.Rpc ?? "http://127.0.0.1:50012/", parse.GetValue(network.Magic) ?? file?.Magic,
            file?.AddressVersion ?? 0x35, wallet,
            parse.GetValue(network.Password) ?? Environment.GetEnvironmentVariable("PROTOCOL_WALLET_PASSWORD"), file);
    }

    private static string Password(NetworkSettings.Resolved settings) =>
        settings.Password ?? throw new ArgumentException("No wallet password: pass --password or set PROTOCOL_WALLET_PASSWORD.");
}
