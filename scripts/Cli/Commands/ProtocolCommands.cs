using System.CommandLine;
using System.Numerics;
using Protocol.Scripts.Deployment;
using Protocol.Scripts.Story;
using Protocol.Toolchain.Chain.Client;
using Protocol.Toolchain.Chain.Deploy;
using Protocol.Toolchain.Chain.Transactions;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Models;
using VmArray = Protocol.Toolchain.Vm.Types.Array;

namespace Protocol.Scripts.Cli.Commands;

/// <summary>
/// The protocol's operator verbs over JSON-RPC, signed by the wallet's default account: `deploy-protocol`, `bootstrap`,
/// `epoch close`, `dc buy`, `stake`. Contracts are found by name in the deployment record `deploy-protocol` writes.
/// </summary>
internal static class ProtocolCommands
{
    private const long OneHnt = 100_000_000;

    private sealed class Common
    {
        public readonly NetworkSettings Network = new();
        public readonly Option<string> Record = new("--record") { Description = "Deployment record JSON (names → hashes).", DefaultValueFactory = _ => "deployment.json" };

        public Command With(Command command)
        {
            Network.AddTo(command);
            command.Options.Add(Record);
            return command;
        }

        /// <summary>Connects with the wallet unlocked; the default account signs.</summary>
        public async Task<(ChainClient Client, UInt160 Account, NetworkSettings.Resolved Settings)> ConnectAsync(ParseResult parse, CancellationToken ct)
        {
            var settings = Network.Resolve(parse);
            var (client, wallet) = await Network.ConnectAsync(settings, unlock: true, ct);
            var account = (wallet!.DefaultAccount ?? throw new InvalidOperationException("The wallet has no default account.")).ScriptHash;
            return (client, account, settings);
        }

        public ProtocolCalls Calls(ParseResult parse, ChainClient client, UInt160 account)
        {
            var path = parse.GetValue(Record)!;
            if (!File.Exists(path)) throw new FileNotFoundException($"Deployment record '{path}' does not exist: run deploy-protocol first or pass --record.");
            return new ProtocolCalls(client, account, DeploymentRecord.Load(path).Contracts.ToDictionary(c => c.Key, c => c.Value.Hash));
        }
    }

    public static Command DeployProtocol(TextWriter output)
    {
        var common = new Common();
        var config = ConfigOption();
        var command = common.With(new Command("deploy-protocol", "Deploy every protocol contract in dependency order (a re-run skips what exists) and write the deployment record.") { config });
        command.SetAction(async (parse, ct) =>
        {
            var (client, account, _) = await common.ConnectAsync(parse, ct);
            using (client)
            {
                var protocol = LoadConfig(parse.GetValue(config), account);
                var host = new ChainProtocolHost(client, account);
                host.ContractDeployed += d => output.WriteLine($"deployed {d.Name,-20} {d.Hash} (system fee {Gas.Format(d.SystemFee)})");
                var contracts = await ProtocolDeployer.DeployAsync(host, ProtocolArtifacts.FromRepository(), protocol, null, ct);
                host.ToRecord(contracts).Save(parse.GetValue(common.Record)!);
                output.WriteLine($"{contracts.Count} contracts in {Path.GetFullPath(parse.GetValue(common.Record)!)}");
                return 0;
            }
        });
        return command;
    }

    public static Command Bootstrap(TextWriter output)
    {
        var common = new Common();
        var config = ConfigOption();
        var handover = new Option<bool>("--handover") { Description = "Then hand every contract's authority to Governance (parameters change only by proposal afterwards)." };
        var command = common.With(new Command("bootstrap", "As the authority: hand HNT's minter and Data Credits' registrar to the Dao, register the configured subDAOs, set up Governance's organisations.") { config, handover });
        command.SetAction(async (parse, ct) =>
        {
            var (client, account, settings) = await common.ConnectAsync(parse, ct);
            using (client)
            {
                var p = common.Calls(parse, client, account);
                var protocol = LoadConfig(parse.GetValue(config), account);
                // The DNT schedules start where the Dao's HNT schedule does.
                var start = (long)((VmArray)((VmArray)await p.CallAsync("Dao", "schedule"))[0])[0].GetInteger();
                var calls = ProtocolBootstrap.Calls(protocol, p.Contracts, start, settings.AddressVersion);
                if (parse.GetValue(handover)) calls = [.. calls, .. ProtocolBootstrap.GovernanceHandover(p.Contracts)];
                foreach (var call in calls)
                {
                    var receipt = await p.InvokeAsync(call.Contract, call.Method, call.Args, ct);
                    output.WriteLine($"{call.Contract}.{call.Method}: tx {receipt.TxHash}");
                }
                return 0;
            }
        });
        return command;
    }

    public static Command Epoch(TextWriter output)
    {
        var common = new Common();
        var epoch = new Argument<long?>("epoch") { Description = "The epoch to close (default: the previous one).", Arity = ArgumentArity.ZeroOrOne };
        var close = common.With(new Command("close", "Close an ended epoch (anyone may) and print what it issued.") { epoch });
        close.SetAction(async (parse, ct) =>
        {
            var (client, account, _) = await common.ConnectAsync(parse, ct);
            using (client)
            {
                var p = common.Calls(parse, client, account);
                BigInteger e = parse.GetValue(epoch) ?? await p.IntegerAsync("Dao", "currentEpoch") - 1;
                await p.InvokeAsync("Dao", "closeEpoch", [e], ct);
                var s = await p.IntegersAsync("Dao", "epochSummary", e);
                output.WriteLine($"epoch {e}: scheduled {s[0]}, re-emitted {s[1]}, carried in {s[2]}, issued {s[3]}, carried out {s[4]} (bones){(s[5] != 0 ? ", clamped at the maximum supply" : "")}");
                foreach (BigInteger id in ((VmArray)await p.CallAsync("Dao", "subDaoIds")).Select(i => i.GetInteger()))
                {
                    var r = await p.IntegersAsync("Dao", "epochResult", id, e);
                    output.WriteLine($"  subDAO {id}: score {r[0]}, HNT {r[1]}, DNT to escrow {r[2]}, to delegators {r[3]}");
                }
                return 0;
            }
        });
        return new Command("epoch", "Epoch operations.") { close };
    }

    public static Command Dc(TextWriter output)
    {
        var common = new Common();
        var hnt = new Argument<decimal>("hnt") { Description = "HNT to burn for DC." };
        var to = new Option<string?>("--to") { Description = "Recipient of the DC (default: the signing account)." };
        var buy = common.With(new Command("buy", "Buy DC: send HNT to Data Credits, which burns it and mints DC at the oracle price.") { hnt, to });
        buy.SetAction(async (parse, ct) =>
        {
            var (client, account, settings) = await common.ConnectAsync(parse, ct);
            using (client)
            {
                var p = common.Calls(parse, client, account);
                var recipient = parse.GetValue(to) is { } t ? Address.ToScriptHash(t, settings.AddressVersion) : account;
                var bones = Bones(parse.GetValue(hnt));
                var before = await p.BalanceAsync("DataCredits", recipient);
                await p.InvokeAsync("Hnt", "transfer", [account, p.Contracts["DataCredits"], bones, recipient], ct);
                output.WriteLine($"bought {await p.BalanceAsync("DataCredits", recipient) - before:N0} DC for {parse.GetValue(hnt)} HNT");
                return 0;
            }
        });
        return new Command("dc", "Data Credits.") { buy };
    }

    public static Command Stake(TextWriter output)
    {
        var common = new Common();
        var hnt = new Argument<decimal>("hnt") { Description = "HNT to lock." };
        var days = new Argument<int>("days") { Description = "Lockup, days (1..1460)." };
        var constant = new Option<bool>("--constant") { Description = "A constant lockup (no decay until converted); default cliff." };
        var subDao = new Option<int?>("--delegate") { Description = "Delegate the new position to this subDAO id." };
        var command = common.With(new Command("stake", "Lock HNT as a veHNT position (and optionally delegate it to a subDAO).") { hnt, days, constant, subDao });
        command.SetAction(async (parse, ct) =>
        {
            var (client, account, _) = await common.ConnectAsync(parse, ct);
            using (client)
            {
                var p = common.Calls(parse, client, account);
                var receipt = await p.InvokeAsync("Hnt", "transfer",
                    [account, p.Contracts["VoteEscrow"], Bones(parse.GetValue(hnt)), new object[] { parse.GetValue(constant) ? 1 : 0, parse.GetValue(days) }], ct);
                var created = receipt.Execution.Notifications.Single(n => n.EventName == "PositionCreated");
                var id = ((VmArray)created.State)[0].GetSpan().ToArray();
                output.WriteLine($"position {Convert.ToHexString(id)}");
                if (parse.GetValue(subDao) is { } s)
                {
                    await p.InvokeAsync("VoteEscrow", "delegate", [id, s], ct);
                    output.WriteLine($"delegated to subDAO {s} from the next epoch");
                }
                return 0;
            }
        });
        return command;
    }

    public static Command Propose(TextWriter output)
    {
        var common = new Common();
        var organisation = new Argument<int>("organisation") { Description = "Organisation id: 0 for the DAO, a subDAO's id for that subDAO." };
        var title = new Argument<string>("title") { Description = "The proposal's title." };
        var uri = new Argument<string>("uri") { Description = "Where the proposal's text lives." };
        var choices = new Option<string>("--choices")
        {
            Description = "JSON file: [{\"label\": \"For\", \"calls\": [{\"contract\": \"PriceFeed\", \"method\": \"setMaxAge\", \"args\": [\"int:300000\"]}]}, {\"label\": \"Against\"}]; contracts by deployment-record name or hash.",
            Required = true,
        };
        var positions = new Option<string[]>("--position") { Description = "Hex id of a veHNT position of the proposer counting towards the threshold; repeatable.", AllowMultipleArgumentsPerToken = false };
        var command = common.With(new Command("propose", "Propose to an organisation (the signing account must be one of its governors).") { organisation, title, uri, choices, positions });
        command.SetAction(async (parse, ct) =>
        {
            var (client, account, settings) = await common.ConnectAsync(parse, ct);
            using (client)
            {
                var p = common.Calls(parse, client, account);
                var payload = ParseChoices(File.ReadAllText(parse.GetValue(choices)!), p, settings.AddressVersion);
                var ids = (parse.GetValue(positions) ?? []).Select(Convert.FromHexString).Select(b => (object)b).ToArray();
                var receipt = await p.InvokeAsync("Governance", "propose", [new BigInteger(parse.GetValue(organisation)), account, parse.GetValue(title), parse.GetValue(uri), payload, ids], ct);
                output.WriteLine($"proposal {Convert.ToHexString(receipt.Execution.Stack[0].GetSpan())}");
                return 0;
            }
        });
        return command;
    }

    public static Command Vote(TextWriter output)
    {
        var common = new Common();
        var proposal = new Argument<string>("proposal") { Description = "Proposal id (hex)." };
        var position = new Argument<string>("position") { Description = "veHNT position id (hex) of the signing account." };
        var choice = new Argument<int>("choice") { Description = "Choice index (0 = the first)." };
        var command = common.With(new Command("vote", "Vote with a veHNT position: its voting power now goes to the choice.") { proposal, position, choice });
        command.SetAction(async (parse, ct) =>
        {
            var (client, account, _) = await common.ConnectAsync(parse, ct);
            using (client)
            {
                var p = common.Calls(parse, client, account);
                var id = Convert.FromHexString(parse.GetValue(proposal)!);
                await p.InvokeAsync("Governance", "vote", [Convert.FromHexString(parse.GetValue(position)!), id, parse.GetValue(choice)], ct);
                output.WriteLine($"voted; tally of choice {parse.GetValue(choice)}: {await p.IntegerAsync("Governance", "tally", id, parse.GetValue(choice))}");
                return 0;
            }
        });
        return command;
    }

    public static Command Execute(TextWriter output)
    {
        var common = new Common();
        var proposal = new Argument<string>("proposal") { Description = "Proposal id (hex)." };
        var command = common.With(new Command("execute", "Run a passed proposal's winning payload after its timelock (anyone may).") { proposal });
        command.SetAction(async (parse, ct) =>
        {
            var (client, account, _) = await common.ConnectAsync(parse, ct);
            using (client)
            {
                var p = common.Calls(parse, client, account);
                var receipt = await p.InvokeAsync("Governance", "execute", [Convert.FromHexString(parse.GetValue(proposal)!)], ct);
                foreach (var n in receipt.Execution.Notifications) output.WriteLine($"event {n.EventName} from {n.Contract}");
                output.WriteLine($"executed (tx {receipt.TxHash})");
                return 0;
            }
        });
        return command;
    }

    /// <summary>[[label, [[target, method, args] …]] …] from the --choices JSON; contract names resolve through the deployment record.</summary>
    private static object[] ParseChoices(string json, ProtocolCalls p, byte addressVersion)
    {
        var root = System.Text.Json.Nodes.JsonNode.Parse(json) as System.Text.Json.Nodes.JsonArray
            ?? throw new ArgumentException("--choices must hold a JSON array of choices.");
        return root.Select((choice, i) =>
        {
            var label = choice?["label"]?.GetValue<string>() ?? throw new ArgumentException($"choices[{i}] has no label.");
            var calls = (choice["calls"] as System.Text.Json.Nodes.JsonArray ?? []).Select((call, j) =>
            {
                var target = call?["contract"]?.GetValue<string>() ?? throw new ArgumentException($"choices[{i}].calls[{j}] has no contract.");
                var hash = p.Contracts.TryGetValue(target, out var named) ? named : ContractCommands.ResolveContract(target);
                var method = call["method"]?.GetValue<string>() ?? throw new ArgumentException($"choices[{i}].calls[{j}] has no method.");
                var args = (call["args"] as System.Text.Json.Nodes.JsonArray ?? []).Select(a => (object)ContractParameterText.Parse(a!.GetValue<string>(), addressVersion)).ToArray();
                return (object)new object[] { hash, method, args };
            }).ToArray();
            return (object)new object[] { label, calls };
        }).ToArray();
    }

    private static Option<string?> ConfigOption() =>
        new("--protocol") { Description = "Protocol config JSON (ProtocolConfig); default: PROTOCOL.md's defaults with the signing account as authority and price oracle." };

    private static ProtocolConfig LoadConfig(string? path, UInt160 account) => path is not null
        ? ProtocolConfig.Load(path)
        : new ProtocolConfig { Authority = account.ToString(), PriceOracles = [account.ToString()] };

    private static BigInteger Bones(decimal hnt) => hnt > 0 && decimal.Round(hnt, 8) == hnt
        ? new BigInteger(hnt * OneHnt)
        : throw new ArgumentException($"'{hnt}' is not a positive HNT amount with at most 8 decimals.");
}
