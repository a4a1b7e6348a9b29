using Protocol.Toolchain.Chain.Deploy;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Services.CoverageOracle.Options;

/// <summary>The chain settings with the deployment record's values filling the unset ones (explicit settings win).</summary>
public sealed record ResolvedChain(string RpcUrl, uint Network, string HotspotRegistry, string Rewards, string Dao)
{
    public static ResolvedChain From(CoverageChainOptions chain)
    {
        DeploymentRecord? record = string.IsNullOrWhiteSpace(chain.DeploymentPath) ? null : DeploymentRecord.Load(chain.DeploymentPath);
        string Hash(string value, string name) =>
            !string.IsNullOrWhiteSpace(value) ? value
            : record is not null && record.Contracts.TryGetValue(name, out var entry) ? entry.Hash.ToString() : "";
        return new ResolvedChain(
            !string.IsNullOrWhiteSpace(chain.RpcUrl) ? chain.RpcUrl : record?.Rpc ?? "",
            chain.Network != 0 ? chain.Network : record?.Network ?? 0,
            Hash(chain.HotspotRegistry, "HotspotRegistry"), Hash(chain.Rewards, "Rewards"), Hash(chain.Dao, "Dao"));
    }

    public UInt160 RegistryHash => UInt160.Parse(HotspotRegistry);

    public UInt160 RewardsHash => UInt160.Parse(Rewards);

    public UInt160 DaoHash => UInt160.Parse(Dao);
}
