using System.Numerics;

namespace Protocol.Scripts.Deployment;

/// <summary>
/// One subDAO of the deployment: its id and token symbol, DNT emission, delegator share, authorities and treasury
/// settings. Accounts default to the protocol authority until the subDAO's services (coverage oracle, rewards escrow)
/// are deployed and governance hands the roles over.
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

    /// <summary>Who moves onboarding fees in or out of the active total (its coverage oracle); null: the authority.</summary>
    public string? ActiveDeviceAuthority { get; init; }

    /// <summary>Where the hotspot share of the DNT goes (its rewards escrow); null: the authority.</summary>
    public string? RewardsEscrow { get; init; }

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
