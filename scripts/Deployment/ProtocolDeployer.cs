using System.Numerics;
using Protocol.Toolchain.Chain.Deploy;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Scripts.Deployment;

/// <summary>One contract of the plan: its name, the hash it will have, and its _deploy data.</summary>
public sealed record PlannedContract(string Name, ContractArtifact Artifact, UInt160 Hash, object Data);

/// <summary>
/// Deploys the protocol's contracts in dependency order with _deploy data from a <see cref="ProtocolConfig"/>. Every
/// hash is known before anything is sent (sender, NEF checksum and manifest name fix it), so the plan is pure, passes
/// siblings' hashes in _deploy data, binds wildcard call permissions to them, and a re-run skips what exists.
/// </summary>
public static class ProtocolDeployer
{
    /// <summary>The core contracts, in order of deployment; each subDAO's token and treasury follow them.</summary>
    public static readonly IReadOnlyList<string> CoreContracts = ["PriceFeed", "Hnt", "DataCredits", "Dao", "VoteEscrow", "Governance"];

    /// <summary>The hotspot contracts every subDAO shares, deployed last: the device registry and the rewards escrow.</summary>
    public static readonly IReadOnlyList<string> HotspotContracts = ["HotspotRegistry", "Rewards"];

    /// <summary>Every contract the plan deploys with the default subDAOs, in order.</summary>
    public static readonly IReadOnlyList<string> Contracts = ContractNames(ProtocolConfig.DefaultSubDaos);

    /// <summary>Every contract the plan deploys for <paramref name="config"/>, in order.</summary>
    public static IReadOnlyList<string> ContractNames(ProtocolConfig config) => ContractNames(config.SubDaos);

    private static IReadOnlyList<string> ContractNames(IReadOnlyList<SubDaoConfig> subDaos) =>
        [.. CoreContracts, .. subDaos.SelectMany(s => new[] { TokenName(s), TreasuryName(s) }), .. HotspotContracts];

    public static string TokenName(SubDaoConfig subDao) => "SubDaoToken." + subDao.Symbol;

    public static string TreasuryName(SubDaoConfig subDao) => "Treasury." + subDao.Symbol;

    /// <param name="nowMs">The time (ms) the emission schedules start from when the configuration gives no start; default: now.</param>
    public static IReadOnlyList<PlannedContract> Plan(ProtocolArtifacts artifacts, ProtocolConfig config, UInt160 sender, long? nowMs = null,
        byte addressVersion = Address.DefaultVersion)
    {
        var loaded = CoreContracts.Concat(HotspotContracts).ToDictionary(n => n, artifacts.Load);
        var token = artifacts.Load("SubDaoToken");
        var treasury = artifacts.Load("Treasury");
        foreach (var subDao in config.SubDaos)
        {
            loaded[TokenName(subDao)] = ManifestNaming.Rename(token, TokenName(subDao));
            loaded[TreasuryName(subDao)] = ManifestNaming.Rename(treasury, TreasuryName(subDao));
        }
        UInt160 Hash(string name) => ContractHash.Compute(sender, loaded[name].Nef.CheckSum, loaded[name].Name);
        UInt160 Account(string text, string setting) => ParseAccount(text, setting, addressVersion);
        var authority = Account(config.Authority, "authority");
        long start = config.EmissionStartMs ?? nowMs ?? DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        object[][] Schedule(BigInteger perYear) => config.Schedule(perYear, start).Select(e => new object[] { new BigInteger(e.StartMs), e.PerEpoch }).ToArray();

        var data = new Dictionary<string, object>
        {
            ["PriceFeed"] = new object[]
            {
                authority, config.PriceOracles.Select((o, i) => Account(o, $"priceOracles[{i}]")).ToArray(),
                new BigInteger(config.PriceMaxAgeMs), new BigInteger(config.PriceMaxDeviationBps),
            },
            ["Hnt"] = new object[]
            {
                authority, config.HntMinter is { } minter ? Account(minter, "hntMinter") : authority,
                config.HntMaxSupply, config.HntMintBreakerThreshold, new BigInteger(config.HntMintBreakerWindowMs),
            },
            ["DataCredits"] = new object[]
            {
                authority, Hash("Hnt"), Hash("PriceFeed"), new BigInteger(config.EpochLengthSeconds),
                config.DcMintBreakerThreshold, new BigInteger(config.DcMintBreakerWindowMs),
            },
            ["Dao"] = new object[]
            {
                authority, Hash("Hnt"), Hash("DataCredits"), Hash("VoteEscrow"), new BigInteger(config.EpochLengthSeconds),
                Schedule(config.HntPerYear), config.NetEmissionsCap,
            },
            ["VoteEscrow"] = new object[]
            {
                authority, Hash("Hnt"), Hash("Dao"), new BigInteger(config.EpochLengthSeconds), new BigInteger(config.LandrushEndMs),
            },
            ["Governance"] = new object[] { authority, Hash("VoteEscrow") },
            ["HotspotRegistry"] = new object[] { authority, Hash("Hnt"), Hash("Dao"), Hash("DataCredits") },
            ["Rewards"] = new object[] { authority, Hash("Dao"), Hash("HotspotRegistry") },
        };
        // Which siblings serve each method a contract calls through a wildcard permission (see PermissionBinding).
        var tokens = config.SubDaos.Select(s => Hash(TokenName(s))).ToArray();
        var bindings = new Dictionary<string, IReadOnlyDictionary<string, UInt160[]>>
        {
            ["DataCredits"] = new Dictionary<string, UInt160[]>
            {
                ["burn"] = [Hash("Hnt")], ["conservativePrice"] = [Hash("PriceFeed")], ["crank"] = [Hash("Dao")],
            },
            ["Dao"] = new Dictionary<string, UInt160[]>
            {
                ["mint"] = [Hash("Hnt"), .. tokens], ["totalSupply"] = [Hash("Hnt")], ["totalBurned"] = [Hash("Hnt")], ["maxSupply"] = [Hash("Hnt")],
                ["dcBurned"] = [Hash("DataCredits")], ["setBurnAuthority"] = [Hash("DataCredits")],
                ["delegatedVotingPower"] = [Hash("VoteEscrow")],
            },
            // HNT back on withdraw, DNT rewards on claims; the Dao's registry, results and crank.
            ["VoteEscrow"] = new Dictionary<string, UInt160[]>
            {
                ["transfer"] = [Hash("Hnt"), .. tokens], ["subDaoToken"] = [Hash("Dao")], ["epochResult"] = [Hash("Dao")], ["crank"] = [Hash("Dao")],
            },
            // Fees from the Dao, DC burned through Data Credits, maker stakes (HNT or DNT) refunded on revocation.
            ["HotspotRegistry"] = new Dictionary<string, UInt160[]>
            {
                ["subDaoToken"] = [Hash("Dao")], ["onboardingFee"] = [Hash("Dao")], ["deviceTypes"] = [Hash("Dao")], ["adjustActiveDeviceFees"] = [Hash("Dao")],
                ["burnWithoutTracking"] = [Hash("DataCredits")], ["transfer"] = [Hash("Hnt"), .. tokens],
            },
            // DNT paid out on claims; the Dao's registry and crank; hotspot owners from the registry.
            ["Rewards"] = new Dictionary<string, UInt160[]>
            {
                ["transfer"] = tokens, ["subDaoToken"] = [Hash("Dao")], ["crank"] = [Hash("Dao")], ["ownerAndSubDao"] = [Hash("HotspotRegistry")],
            },
        };
        foreach (var subDao in config.SubDaos)
        {
            string tokenName = TokenName(subDao), treasuryName = TreasuryName(subDao);
            data[tokenName] = new object[] { authority, Hash("Dao"), Hash(treasuryName), subDao.Symbol };
            data[treasuryName] = new object[]
            {
                authority, Hash("Dao"), Hash("Hnt"), Hash(tokenName), new BigInteger(subDao.Id), new BigInteger(subDao.TreasuryCurveK),
                new BigInteger(subDao.TreasuryFreezeTimeMs), new BigInteger(subDao.TreasuryBreakerBps), new BigInteger(subDao.TreasuryBreakerWindowMs),
            };
            bindings[treasuryName] = new Dictionary<string, UInt160[]>
            {
                ["crank"] = [Hash("Dao")], ["balanceOf"] = [Hash("Hnt")], ["transfer"] = [Hash("Hnt")],
                ["totalSupply"] = [Hash(tokenName)], ["burn"] = [Hash(tokenName)],
            };
        }
        bindings["Governance"] = GovernanceBindings.For(ContractNames(config).Where(n => n != "Governance").ToDictionary(n => n, Hash), Hash("Governance"));
        return ContractNames(config).Select(n => new PlannedContract(n,
            PermissionBinding.Bind(loaded[n], bindings.GetValueOrDefault(n) ?? new Dictionary<string, UInt160[]>()), Hash(n), data[n])).ToList();
    }

    /// <summary>Deploys every planned contract that does not exist yet; returns name → hash.</summary>
    public static async Task<IReadOnlyDictionary<string, UInt160>> DeployAsync(IProtocolHost host, ProtocolArtifacts artifacts, ProtocolConfig config,
        long? nowMs = null, CancellationToken ct = default)
    {
        var deployed = new Dictionary<string, UInt160>(StringComparer.Ordinal);
        foreach (var contract in Plan(artifacts, config, host.Sender, nowMs))
        {
            if (!await host.ExistsAsync(contract.Hash, ct))
            {
                var hash = await host.DeployAsync(contract.Artifact, contract.Data, ct);
                if (hash != contract.Hash)
                    throw new InvalidOperationException($"{contract.Name} was deployed at {hash}, not at the planned {contract.Hash}.");
            }
            deployed[contract.Name] = contract.Hash;
        }
        return deployed;
    }

    internal static UInt160 ParseAccount(string text, string setting, byte addressVersion)
    {
        try
        {
            return text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? UInt160.Parse(text) : Address.ToScriptHash(text, addressVersion);
        }
        catch (FormatException e)
        {
            throw new InvalidDataException($"Setting {setting}: '{text}' is neither an address nor a 0x-hash ({e.Message}).", e);
        }
    }
}
