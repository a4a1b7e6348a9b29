using Protocol.Services.CoverageOracle.Storage;
using Protocol.Services.Hosting;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;

namespace Protocol.Services.CoverageOracle.Chain;

/// <summary>A hotspot as HotspotRegistry.hotspotInfo returns it (the fields the oracle uses).</summary>
public sealed record RegisteredHotspot(byte[] TokenId, UInt160 Owner, int SubDaoId, string DeviceType, ulong Location, bool Onboarded, bool Active)
{
    /// <summary>Data-only device types take no part in proof-of-coverage.</summary>
    public bool DataOnly => DeviceType.Contains("dataonly", StringComparison.OrdinalIgnoreCase);
}

/// <summary>The last block: index, hash bytes, time (Unix ms).</summary>
public sealed record ChainTip(uint Height, byte[] Hash, long TimestampMs);

/// <summary>Rewards.poolInfo(subDaoId): funded, claimed, latest root's epoch (−1 none), root and total.</summary>
public sealed record PoolInfo(ulong Funded, ulong Claimed, long LatestEpoch, byte[] Root, ulong Total);

/// <summary>
/// What the oracle needs from Neo N3: registry reads, the tip (entropy), the Dao's epochs and escrow funding, the pool,
/// signing root messages with this instance's reward oracle key, and submitRoot / setActive transactions (signed here,
/// broadcast as exact bytes). <see cref="RpcCoverageChain"/> is the JSON-RPC one.
/// </summary>
public interface ICoverageChain
{
    uint Network { get; }

    /// <summary>The Rewards contract (its script hash goes into the root message).</summary>
    UInt160 Rewards { get; }

    /// <summary>This instance's account (pays fees; the coverage oracle account when it manages activity).</summary>
    UInt160 Account { get; }

    /// <summary>This instance's compressed secp256r1 public key (its reward oracle key).</summary>
    byte[] PublicKey { get; }

    /// <summary>hotspotInfo(tokenId), or null when the registry has no such hotspot.</summary>
    Task<RegisteredHotspot?> HotspotAsync(byte[] tokenId, CancellationToken ct);

    Task<ChainTip> TipAsync(CancellationToken ct);

    /// <summary>
    /// The last block made before <paramref name="timeMs"/>, or null while no block at or after that time exists (then the
    /// answer could still change). Every instance that asks after the fact gets the same block.
    /// </summary>
    Task<ChainTip?> LastBlockBeforeAsync(long timeMs, CancellationToken ct);

    Task<long> EpochLengthSecondsAsync(CancellationToken ct);

    Task<long> FirstEpochAsync(CancellationToken ct);

    /// <summary>What the Dao minted to the subDAO's rewards escrow for the epoch (epochResult[2]); null while the epoch is not closed.</summary>
    Task<ulong?> EscrowFundingAsync(int subDaoId, long epoch, CancellationToken ct);

    Task<PoolInfo?> PoolInfoAsync(int subDaoId, CancellationToken ct);

    /// <summary>Rewards.oracles(subDaoId): the keys (index = position) and k.</summary>
    Task<(IReadOnlyList<byte[]> Keys, int Quorum)> OraclesAsync(int subDaoId, CancellationToken ct);

    Task<ulong> ClaimedByAsync(byte[] tokenId, CancellationToken ct);

    /// <summary>Signs a root message with this instance's key (secp256r1 over SHA-256, 64 bytes r‖s).</summary>
    byte[] SignMessage(byte[] message);

    Task<Transaction> SignSubmitRootAsync(int subDaoId, long epoch, byte[] root, ulong total, IReadOnlyList<RootSignature> signatures, uint validUntilBlock,
        CancellationToken ct);

    /// <summary>Sends setActive(tokenId, active) signed by this account and waits for its block; returns whether the flag changed.</summary>
    Task<bool> SetActiveAsync(byte[] tokenId, bool active, CancellationToken ct);

    Task<BroadcastResult> BroadcastAsync(Transaction tx, CancellationToken ct);

    Task<TransactionInBlock?> FindAsync(UInt256 hash, CancellationToken ct);
}
