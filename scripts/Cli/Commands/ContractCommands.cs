using System.CommandLine;
using Protocol.Toolchain.Chain.Client;
using Protocol.Toolchain.Chain.Deploy;
using Protocol.Toolchain.Chain.Json;
using Protocol.Toolchain.Chain.Transactions;
using Protocol.Toolchain.Chain.Wallets;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Payloads;

namespace Protocol.Scripts.Cli.Commands;

/// <summary>`call` (read-only invokefunction), `invoke` (a signed transaction) and `deploy` (a NEF + manifest pair).</summary>
internal static class ContractCommands
{
    public static Command Call(TextWriter output)
    {
        var network = new NetworkSettings();
        var (contract, method, args) = Target();
        var command = new Command("call", "Call a contract method read-only (invokefunction) and print the result.") { contract, method, args };
        network.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var settings = network.Resolve(parse);
            var (client, _) = await network.ConnectAsync(settings, unlock: false, ct);
            using (client)
            {
                var result = await client.Rpc.InvokeFunctionAsync(ResolveContract(parse.GetValue(contract)!), parse.GetValue(method)!,
                    Arguments(parse.GetValue(args), settings.AddressVersion), null, ct);
                output.WriteLine($"state: {result.State}  gas consumed: {Gas.Format(result.GasConsumed)}");
                if (result.Exception is not null) output.WriteLine($"exception: {result.Exception}");
                foreach (var item in result.Stack) output.WriteLine($"result: {StackItemJson.ToJson(item)}");
                return result.Halted ? 0 : 1;
            }
        });
        return command;
    }

    public static Command Invoke(TextWriter output)
    {
        var network = new NetworkSettings();
        var (contract, method, args) = Target();
        var signers = SignersOption();
        var command = new Command("invoke", "Invoke a contract method in a signed transaction and wait for its block.") { contract, method, args, signers };
        network.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var settings = network.Resolve(parse);
            var (client, wallet) = await network.ConnectAsync(settings, unlock: true, ct);
            using (client)
            {
                var receipt = await client.InvokeAsync(ResolveContract(parse.GetValue(contract)!), parse.GetValue(method)!,
                    Arguments(parse.GetValue(args), settings.AddressVersion), Signers(parse.GetValue(signers), wallet!, settings.AddressVersion), null, ct);
                output.WriteLine($"tx {receipt.TxHash}: {receipt.Execution.VmState}, system fee {Gas.Format(receipt.SystemFee)}, network fee {Gas.Format(receipt.NetworkFee)}");
                foreach (var n in receipt.Execution.Notifications) output.WriteLine($"event {n.EventName} from {n.Contract}: {StackItemJson.ToJson(n.State)}");
                foreach (var item in receipt.Execution.Stack) output.WriteLine($"result: {StackItemJson.ToJson(item)}");
                return 0;
            }
        });
        return command;
    }

    public static Command Deploy(TextWriter output)
    {
        var network = new NetworkSettings();
        var nef = new Argument<string>("nef") { Description = "The .nef file." };
        var manifest = new Option<string?>("--manifest") { Description = "The manifest (default: NAME.manifest.json beside the NEF)." };
        var data = new Option<string?>("--data") { Description = "The _deploy data argument (same syntax as call arguments)." };
        var sender = new Option<string?>("--sender") { Description = "Deploying account (address, hash or label; default: the wallet's default)." };
        var record = new Option<string?>("--record") { Description = "Deployment record JSON to add the contract to." };
        var command = new Command("deploy", "Deploy a NEF + manifest pair through ContractManagement.deploy.") { nef, manifest, data, sender, record };
        network.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var settings = network.Resolve(parse);
            var artifact = ContractArtifact.Load(parse.GetValue(nef)!, parse.GetValue(manifest));
            var (client, wallet) = await network.ConnectAsync(settings, unlock: true, ct);
            using (client)
            {
                var from = Account(parse.GetValue(sender), wallet!, settings.AddressVersion);
                var dataArg = parse.GetValue(data) is { } d ? ContractParameterText.Parse(d, settings.AddressVersion) : null;
                var deployed = await new ContractDeployer(client).DeployAsync(artifact, from, dataArg, null, ct);
                output.WriteLine(deployed.AlreadyDeployed
                    ? $"{deployed.Name} is already deployed at {deployed.Hash}"
                    : $"deployed {deployed.Name} at {deployed.Hash} (tx {deployed.TxHash}, system fee {Gas.Format(deployed.SystemFee)}, network fee {Gas.Format(deployed.NetworkFee)})");
                if (parse.GetValue(record) is { } path)
                {
                    var rec = File.Exists(path) ? DeploymentRecord.Load(path) : new DeploymentRecord { Network = client.Network, Rpc = settings.RpcUrl };
                    rec.Add(deployed);
                    rec.Save(path);
                }
                return 0;
            }
        });
        return command;
    }

    private static (Argument<string>, Argument<string>, Argument<string[]>) Target() => (
        new Argument<string>("contract") { Description = "Contract hash (0x…) or native contract name (e.g. GasToken)." },
        new Argument<string>("method") { Description = "Method name." },
        new Argument<string[]>("args") { Description = "Arguments: int:5, str:text, addr:N…, hash160:0x…, bytes:HEX, bool:true, null, or JSON.", Arity = ArgumentArity.ZeroOrMore });

    private static Option<string[]> SignersOption() =>
        new("--signer") { Description = "ACCOUNT[:SCOPES] (scopes e.g. CalledByEntry, Global); repeatable; the first pays. Default: the wallet's default account, CalledByEntry.", AllowMultipleArgumentsPerToken = false };

    public static UInt160 ResolveContract(string text)
    {
        if (UInt160.TryParse(text, out var hash)) return hash!;
        return NativeContracts.All.FirstOrDefault(n => string.Equals(n.Name, text, StringComparison.OrdinalIgnoreCase))?.Hash
            ?? throw new ArgumentException($"'{text}' is neither a contract hash (0x + 40 hex digits) nor a native contract name.");
    }

    private static ContractParameter[] Arguments(string[]? args, byte addressVersion) =>
        (args ?? []).Select(a => ContractParameterText.Parse(a, addressVersion)).ToArray();

    private static UInt160 Account(string? text, Nep6Wallet wallet, byte addressVersion)
    {
        if (text is null) return (wallet.DefaultAccount ?? throw new InvalidOperationException("The wallet has no accounts.")).ScriptHash;
        if (wallet.Find(text) is { } account) return account.ScriptHash;
        if (UInt160.TryParse(text, out var hash)) return hash!;
        return Address.ToScriptHash(text, addressVersion);
    }

    private static Signer[] Signers(string[]? specs, Nep6Wallet wallet, byte addressVersion)
    {
        if (specs is null || specs.Length == 0) return [ChainClient.EntrySigner(Account(null, wallet, addressVersion))];
        return specs.Select(spec =>
        {
            var colon = spec.IndexOf(':');
            var account = Account(colon < 0 ? spec : spec[..colon], wallet, addressVersion);
            var scopes = colon < 0 ? WitnessScope.CalledByEntry
                : Enum.TryParse<WitnessScope>(spec[(colon + 1)..], out var s) ? s : throw new ArgumentException($"Unknown witness scope in '{spec}'.");
            Signer.ValidateScopes(scopes);
            return new Signer(account, scopes);
        }).ToArray();
    }
}
