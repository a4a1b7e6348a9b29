using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;
using Protocol.Scripts.Deployment;
using Protocol.Services.Rewards.Merkle;
using Protocol.Toolchain.Chain.Client;
using Protocol.Toolchain.Chain.Transactions;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Scripts.Story;

/// <summary>What the story left behind, for its summary and for tests.</summary>
public sealed record StoryResult(IReadOnlyDictionary<string, UInt160> Contracts, BigInteger FirstEpoch, byte[] PositionId, IReadOnlyList<(string Label, string Value)> Summary);

/// <summary>
/// The README's main job, over JSON-RPC against a devnet: deploy and bootstrap the whole protocol, then a short
/// burn-and-mint story — an oracle price, DC bought with HNT, DC delegated and burned for IOT, HNT locked as veHNT and
/// delegated to IOT, a hotspot issued by an approved maker, onboarded with DC and marked active, two epochs closed
/// (emissions to treasuries and DNT to the rewards escrow and delegators), the hotspot's rewards posted as a signed Merkle
/// root and claimed with a proof, delegation rewards claimed and IOT redeemed for HNT — narrated line by line. The account
/// is the deployer, the authority, the price oracle, the maker, the coverage oracle and IOT's one reward oracle: one dev
/// wallet runs it all. The devnet's clock is moved on instead of waiting for epochs.
/// </summary>
public sealed class ProtocolStory(ChainClient client, UInt160 account, TextWriter output)
{
    private const long OneHnt = 100_000_000;
    private static readonly byte[] Router = "story-router"u8.ToArray();

    /// <summary>The story hotspot's device key (any compressed key: the registry does not check it is on the curve) and its H3 cell (resolution 12).</summary>
    private static readonly byte[] DeviceKey = [0x02, .. System.Security.Cryptography.SHA256.HashData("story-hotspot"u8)];
    private const long Cell = 0x08c2a1072b59ffff;

    private readonly KeyPair _key = client.Keys.Keys.FirstOrDefault(k => KeyRing.StandardAccount(k.PublicKey) == account)
        ?? throw new InvalidOperationException($"The client holds no key of {account}: the story signs reward roots with it.");

    /// <summary>PROTOCOL.md's defaults with hourly epochs and the dev account in every role, IOT's one reward oracle included.</summary>
    public ProtocolConfig Config => new()
    {
        Authority = account.ToString(),
        PriceOracles = [account.ToString()],
        EpochLengthSeconds = 3600,
        SubDaos = [ProtocolConfig.DefaultSubDaos[0] with { RewardOracles = [Convert.ToHexString(_key.PublicKey.ToArray())] }, ProtocolConfig.DefaultSubDaos[1]],
    };

    public async Task<StoryResult> RunAsync(string recordPath, CancellationToken ct = default)
    {
        var version = await client.EnsureNetworkAsync(ct);
        long now = (long)await LastBlockTimeAsync(ct);

        Say("1. Deploy", "the protocol's contracts, in dependency order, hashes known in advance");
        var host = new ChainProtocolHost(client, account);
        host.ContractDeployed += d => Say("", $"   {d.Name,-20} {d.Hash}  (system fee {Gas.Format(d.SystemFee)})");
        var contracts = await ProtocolDeployer.DeployAsync(host, ProtocolArtifacts.FromRepository(), Config, now, ct);
        host.ToRecord(contracts).Save(recordPath);
        var p = new ProtocolCalls(client, account, contracts);

        Say("2. Bootstrap", "mint 10,000 HNT for the story, then hand HNT's minter and Data Credits' registrar to the Dao and register IOT and MOBILE with their reward pools and hotspot settings");
        await p.InvokeAsync("Hnt", "mint", [account, 10_000 * OneHnt], ct);
        foreach (var call in ProtocolBootstrap.Calls(Config, contracts, now, version.AddressVersion))
            await p.InvokeAsync(call.Contract, call.Method, call.Args, ct);
        BigInteger genesis = await p.IntegerAsync("Dao", "firstEpoch");

        Say("3. Price", "the oracle posts HNT at $5.00 (confidence 0)");
        await PostPriceAsync(p, 500_000_000, ct);
        Say("", $"   conservative price {Usd(await p.IntegerAsync("PriceFeed", "conservativePrice"))}");

        Say("4. Buy DC", "100 HNT sent to Data Credits are burned; DC minted at the conservative price");
        await p.InvokeAsync("Hnt", "transfer", [account, contracts["DataCredits"], 100 * OneHnt, null], ct);
        Say("", $"   DC balance {await p.BalanceAsync("DataCredits", account):N0}  (1 HNT buys {await p.IntegerAsync("DataCredits", "quoteDcForHnt", OneHnt):N0} DC)");

        Say("5. Use DC", "delegate 10,000,000 DC to an IOT router, and the IOT burn authority burns 4,000,000 of them for data");
        await p.InvokeAsync("DataCredits", "delegate", [account, 1, Router, 10_000_000], ct);
        await p.InvokeAsync("DataCredits", "burnDelegated", [1, Router, 4_000_000], ct);
        Say("", $"   escrow {await p.IntegerAsync("DataCredits", "delegatedBalance", 1, Router):N0} DC, burned for IOT this epoch {await p.IntegerAsync("DataCredits", "dcBurned", 1, genesis):N0} DC");

        Say("6. Stake", "lock 1,000 HNT for a year (cliff) as a veHNT position and delegate it to IOT");
        var lockReceipt = await p.InvokeAsync("Hnt", "transfer", [account, contracts["VoteEscrow"], 1_000 * OneHnt, new object[] { 0, 365 }], ct);
        var position = lockReceipt.Execution.Notifications.Single(n => n.EventName == "PositionCreated" && n.Contract == contracts["VoteEscrow"]);
        var positionId = ((Protocol.Toolchain.Vm.Types.Array)position.State)[0].GetSpan().ToArray();
        await p.InvokeAsync("VoteEscrow", "delegate", [positionId, 1], ct);
        Say("", $"   position {Convert.ToHexString(positionId)}: voting power {await p.IntegerAsync("VoteEscrow", "votingPower", positionId, now):N0}");

        Say("7. Hotspot", "as an IOT maker the account stakes 10 HNT and is approved, issues a hotspot to itself, onboards it at an H3 cell for DC, and as the coverage oracle marks it active");
        await p.InvokeAsync("Hnt", "transfer", [account, contracts["HotspotRegistry"], 10 * OneHnt, 1], ct);
        await p.InvokeAsync("HotspotRegistry", "approveMaker", [1, account], ct);
        var issued = await p.InvokeAsync("HotspotRegistry", "issue", [account, DeviceKey, account, 1], ct);
        var tokenId = issued.Execution.Stack[0].GetSpan().ToArray();
        BigInteger dcBefore = await p.BalanceAsync("DataCredits", account);
        await p.InvokeAsync("HotspotRegistry", "onboard", [tokenId, Cell], ct);
        await p.InvokeAsync("HotspotRegistry", "setActive", [tokenId, true], ct);
        Say("", $"   hotspot {Convert.ToHexString(tokenId)[..16]}… at H3 {Cell:x}: {dcBefore - await p.BalanceAsync("DataCredits", account):N0} DC burned, IOT active device fees {await p.IntegerAsync("Dao", "activeDeviceFees", 1):N0} DC");

        Say("8. Epochs", "the devnet's clock moves two hours on; anyone closes the two ended epochs");
        await AdvanceAsync(2 * 3600_000, ct);
        await PostPriceAsync(p, 500_000_000, ct);
        for (var e = genesis; e <= genesis + 1; e++)
        {
            await p.InvokeAsync("Dao", "closeEpoch", [e], ct);
            var summary = await p.IntegersAsync("Dao", "epochSummary", e);
            Say("", $"   epoch {e}: scheduled {Hnt(summary[0])}, re-emitted {Hnt(summary[1])}, issued {Hnt(summary[3])}, carried {Hnt(summary[4])}");
            foreach (var (id, symbol) in new[] { (1, "IOT"), (2, "MOBILE") })
            {
                var r = await p.IntegersAsync("Dao", "epochResult", id, e);
                Say("", $"     {symbol,-6} score {r[0] / BigInteger.Pow(10, 30),8:N0}e30  HNT {Hnt(r[1]),-16} DNT to escrow {Dnt(r[2])}, to delegators {Dnt(r[3])}  (veHNT {r[4] / OneHnt:N0}, DC burned {r[5]:N0})");
            }
        }

        Say("9. Hotspot rewards", "IOT's reward oracle signs the Merkle root of cumulative totals (the one hotspot earned all the escrow received), posts it, and the owner claims with a proof");
        var escrowed = (ulong)(await p.IntegersAsync("Rewards", "poolInfo", 1))[1];
        var tree = new RewardTree([new RewardLeaf(tokenId, escrowed)]);
        var message = RewardTree.RootMessage(client.Network, contracts["Rewards"].ToArray(), 1, (ulong)(genesis + 1), tree.Root, tree.Total);
        await p.InvokeAsync("Rewards", "submitRoot", [1, genesis + 1, tree.Root, tree.Total, new object[] { new object[] { 0, _key.Sign(message) } }], ct);
        var proof = tree.Proof(tokenId);
        BigInteger iotBefore = await p.BalanceAsync("SubDaoToken.IOT", account);
        await p.InvokeAsync("Rewards", "claim", [tokenId, proof.Cumulative, proof.Index, proof.Siblings.Cast<object>().ToArray()], ct);
        var hotspotRewards = await p.BalanceAsync("SubDaoToken.IOT", account) - iotBefore;
        Say("", $"   root {Convert.ToHexString(tree.Root)[..16]}… for epoch {genesis + 1}, total {Dnt(tree.Total)} IOT; claimed {Dnt(hotspotRewards)} IOT");

        Say("10. Rewards", "the veHNT position claims its share of IOT's delegator pool for the second epoch");
        await p.InvokeAsync("VoteEscrow", "claimDelegationRewards", [positionId, genesis + 1], ct);
        Say("", $"   IOT balance {Dnt(await p.BalanceAsync("SubDaoToken.IOT", account))}");

        Say("11. Redeem", "10% of the IOT earned by the hotspot and the position is redeemed at the IOT treasury for HNT");
        var iot = await p.BalanceAsync("SubDaoToken.IOT", account) / 10;
        var quote = await p.IntegerAsync("Treasury.IOT", "quoteRedeem", iot);
        var before = await p.BalanceAsync("Hnt", account);
        await p.InvokeAsync("Treasury.IOT", "redeem", [account, iot, quote], ct);
        Say("", $"   {Dnt(iot)} IOT → {Hnt(await p.BalanceAsync("Hnt", account) - before)} HNT (quoted {Hnt(quote)})");

        var summaryLines = new List<(string, string)>
        {
            ("HNT supply", Hnt(await p.IntegerAsync("Hnt", "totalSupply"))),
            ("HNT burned", Hnt(await p.IntegerAsync("Hnt", "totalBurned"))),
            ("DC supply", $"{await p.IntegerAsync("DataCredits", "totalSupply"):N0}"),
            ("IOT treasury", Hnt(await p.BalanceAsync("Hnt", contracts["Treasury.IOT"])) + " HNT"),
            ("MOBILE treasury", Hnt(await p.BalanceAsync("Hnt", contracts["Treasury.MOBILE"])) + " HNT"),
            ("hotspot rewards claimed", Dnt(hotspotRewards) + " IOT"),
            ("veHNT delegated to IOT", $"{await p.IntegerAsync("VoteEscrow", "delegatedVotingPower", 1, genesis + 1) / OneHnt:N0}"),
            ("epochs closed", $"{genesis}, {genesis + 1}"),
            ("deployment record", Path.GetFullPath(recordPath)),
        };
        output.WriteLine();
        output.WriteLine("Summary");
        foreach (var (label, value) in summaryLines) output.WriteLine($"  {label,-24} {value}");
        return new StoryResult(contracts, genesis, positionId, summaryLines);
    }

    /// <summary>The oracle submits a price stamped with the last block's time (the contract refuses timestamps ahead of the block).</summary>
    private async Task PostPriceAsync(ProtocolCalls p, long priceE8, CancellationToken ct)
    {
        await p.InvokeAsync("PriceFeed", "submitPrice", [account, priceE8, 0, (BigInteger)await LastBlockTimeAsync(ct)], ct);
    }

    private async Task<ulong> LastBlockTimeAsync(CancellationToken ct) =>
        (await client.Rpc.GetBlockAsync(await client.Rpc.GetBlockCountAsync(ct) - 1, ct)).Header.Timestamp;

    /// <summary>devnet_advancetime, then one block so the new time is on chain.</summary>
    private async Task AdvanceAsync(long milliseconds, CancellationToken ct)
    {
        await client.Rpc.SendAsync("devnet_advancetime", new JsonArray(milliseconds), ct);
        await client.Rpc.SendAsync("devnet_produceblocks", new JsonArray(1), ct);
    }

    private void Say(string step, string text) => output.WriteLine(step.Length == 0 ? text : $"{step}: {text}");

    /// <summary>HNT with its 8 decimals, as the story prints it.</summary>
    public static string Hnt(BigInteger bones) => (bones / OneHnt).ToString("N0", CultureInfo.InvariantCulture) + "." + (bones % OneHnt).ToString("D8", CultureInfo.InvariantCulture);

    private static string Dnt(BigInteger units) => (units / 1_000_000).ToString("N0", CultureInfo.InvariantCulture) + "." + (units % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);

    private static string Usd(BigInteger e8) => "$" + (e8 / 100_000_000) + "." + (e8 % 100_000_000).ToString("D8", CultureInfo.InvariantCulture)[..2];
}
