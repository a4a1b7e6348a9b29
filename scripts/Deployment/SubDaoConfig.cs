using System.Numerics;

namespace Protocol.Scripts.Deployment;

/// <summary>
/// One subDAO of the deployment: its id and token symbol, DNT emission, delegator share, authorities, treasury settings,
/// and its hotspots and rewards: the Rewards contract is its rewards escrow and the HotspotRegistry its active-device
/// authority unless the configuration names other accounts; the coverage oracle's account marks devices active and its
/// reward oracles' keys sign the Merkle roots. Other accounts default to the protocol authority.
/// </summary>
public sealed record SubDaoConfig
{
    public required int Id { get; init; }

    /// <summary>The DNT's symbol; also names the subDAO's contracts (SubDaoToken.&lt;Symbol&gt;, Treasury.&lt;Symbol&gt;).</summary>
    public required string Symbol { get; init; }

    /// <summary>DNT emitted per year at the schedule's start, base units (6 decimals).</summary>
    public required BigInteger DntPerYear { get; init; }

    /// <summary>Share of each epoch's DNT for veHNT delegators, basis points (6%).</summary>
    public int DelegatorShareBps { get; init; } = 600;

    /// <summary>DC fees per device type: onboarding and location assert (PROTOCOL.md "Hotspots and rewards").</summary>
    public IReadOnlyList<OnboardingFee> OnboardingFees { get; init; } = [];

    /// <summary>Who burns the subDAO's delegated DC (its usage oracle); null: the authority.</summary>
    public string? DcBurnAuthority { get; init; }

    /// <summary>Who moves onboarding fees in or out of the Dao's active total; null: the HotspotRegistry (which the coverage oracle drives).</summary>
    public string? ActiveDeviceAuthority { get; init; }

    /// <summary>Where the hotspot share of the DNT goes; null: the Rewards contract, from which hotspots claim with Merkle proofs.</summary>
    public string? RewardsEscrow { get; init; }

    /// <summary>Who marks the subDAO's hotspots active or inactive in the HotspotRegistry (its coverage oracle's account); null: the authority.</summary>
    public string? CoverageOracle { get; init; }

    /// <summary>The reward oracles' compressed secp256r1 public keys (hex, 33 bytes); empty: the pool opens without oracles until governance names them.</summary>
    public IReadOnlyList<string> RewardOracles { get; init; } = [];

    /// <summary>Signatures a reward root needs (more than half of the oracles); null: ⌊n/2⌋ + 1.</summary>
    public int? RewardOracleQuorum { get; init; }

    /// <summary>The most DNT claimed from the escrow per rolling window, base units; null: three epochs of the schedule's first rate.</summary>
    public BigInteger? RewardsBreakerThreshold { get; init; }

    public long RewardsBreakerWindowMs { get; init; } = 24 * 3600 * 1000;

    /// <summary>The least stake a maker needs to be approved: HNT bones (10 HNT), or the subDAO token's base units.</summary>
    public BigInteger MakerStakeHnt { get; init; } = 1_000_000_000;

    public BigInteger MakerStakeDnt { get; init; }

    /// <summary>The treasury curve's k (0 = pro rata).</summary>
    public int TreasuryCurveK { get; init; }

    /// <summary>Block time from which the treasury stops redeeming (ms); 0: never.</summary>
    public long TreasuryFreezeTimeMs { get; init; }

    /// <summary>The most of the treasury redeemed per window, basis points (20%).</summary>
    public int TreasuryBreakerBps { get; init; } = 2000;

    public long TreasuryBreakerWindowMs { get; init; } = 24 * 3600 * 1000;
}

/// <summary>What onboarding a device type burns in DC, and what each location assert burns.</summary>
public sealed record OnboardingFee(string DeviceType, long OnboardingDc, long LocationAssertDc);
