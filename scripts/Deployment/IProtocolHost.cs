using Protocol.Toolchain.Chain.Deploy;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Scripts.Deployment;

/// <summary>Where the protocol is deployed: the test engine in tests, a Neo N3 node over RPC from the CLI.</summary>
public interface IProtocolHost
{
    /// <summary>The account that deploys (contract hashes depend on it).</summary>
    UInt160 Sender { get; }

    /// <summary>Whether a contract with this hash already exists (so a re-run skips it).</summary>
    Task<bool> ExistsAsync(UInt160 hash, CancellationToken ct = default);

    /// <summary>Deploys with _deploy data (C# values: UInt160, BigInteger, string, bool, arrays) and returns the hash.</summary>
    Task<UInt160> DeployAsync(ContractArtifact artifact, object? data, CancellationToken ct = default);
}
