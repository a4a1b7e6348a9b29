using System.Numerics;
using Protocol.Toolchain.Chain.Deploy;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Scripts.Deployment;

/// <summary>One contract of the plan: its name, the hash it will have, and its _deploy data.</summary>
public sealed record PlannedContract(string Name, ContractArtifact Artifact, UInt160 Hash, object Data);

/// <summary>
/// Deploys the protocol's contracts in dependency order with _deploy data from a <see cref="ProtocolConfig"/>. Every
/// hash is known before anything is sent (sender, NEF checksum and name fix it), so the plan is pure and a re-run
/// skips what exists.
/// </summary>
public static class ProtocolDeployer
{
    /// <summary>The order of deployment.</summary>
    public static readonly IReadOnlyList<string> Contracts = ["PriceFeed", "Hnt", "DataCredits"];

    public static IReadOnlyList<PlannedContract> Plan(ProtocolArtifacts artifacts, ProtocolConfig config, UInt160 sender, byte addressVersion = Address.DefaultVersion)
    {
        var loaded = Contracts.ToDictionary(n => n, artifacts.Load);
        UInt160 Hash(string name) => ContractHash.Compute(sender, loaded[name].Nef.CheckSum, loaded[name].Name);
        UInt160 Account(string text, string setting) => ParseAccount(text, setting, addressVersion);
        var authority = Account(config.Authority, "authority");
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
        };
        // Which sibling serves each method a contract calls through a wildcard permission (see PermissionBinding).
        var bindings = new Dictionary<string, IReadOnlyDictionary<string, UInt160>>
        {
            ["DataCredits"] = new Dictionary<string, UInt160> { ["burn"] = Hash("Hnt"), ["conservativePrice"] = Hash("PriceFeed") },
        };
        return Contracts.Select(n => new PlannedContract(n, PermissionBinding.Bind(loaded[n], bindings.GetValueOrDefault(n) ?? new Dictionary<string, UInt160>()), Hash(n), data[n])).ToList();
    }

    /// <summary>Deploys every planned contract that does not exist yet; returns name → hash.</summary>
    public static async Task<IReadOnlyDictionary<string, UInt160>> DeployAsync(IProtocolHost host, ProtocolArtifacts artifacts, ProtocolConfig config,
        CancellationToken ct = default)
    {
        var deployed = new Dictionary<string, UInt160>(StringComparer.Ordinal);
        foreach (var contract in Plan(artifacts, config, host.Sender))
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

    private static UInt160 ParseAccount(string text, string setting, byte addressVersion)
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
