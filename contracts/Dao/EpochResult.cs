using System.Numerics;

namespace Protocol.Contracts.Dao
{
    /// <summary>
    /// What a closed epoch gave one subDAO: [utilityScore, hntToTreasury, dntToRewardsEscrow, dntToDelegators,
    /// delegatedVp, dcBurned, activeDeviceFeesDc]. VoteEscrow pays delegation rewards from indices 3 and 4.
    /// </summary>
    public class EpochResult
    {
        /// <summary>V·D·A in fixed point (each factor × 10^12).</summary>
        public BigInteger UtilityScore;
        public BigInteger HntToTreasury;
        public BigInteger DntToRewardsEscrow;
        public BigInteger DntToDelegators;
        public BigInteger DelegatedVp;
        public BigInteger DcBurned;
        public BigInteger ActiveDeviceFeesDc;
    }

    /// <summary>
    /// The DAO-wide account of a closed epoch: [scheduled, reEmission, carriedIn, issued, carriedOut, clamped].
    /// issued + carriedOut = scheduled + reEmission + carriedIn, except when the cap cuts the epoch (clamped): the epoch
    /// that reaches the maximum supply issues exactly what is left under it, and every later one issues nothing.
    /// </summary>
    public class EpochSummary
    {
        public BigInteger Scheduled;
        public BigInteger ReEmission;
        public BigInteger CarriedIn;
        public BigInteger Issued;
        public BigInteger CarriedOut;
        public bool Clamped;
    }

    /// <summary>
    /// The emission state carried from close to close: the smoothed burn s, HNT's total burned at the last close, the
    /// undistributed remainder, and whether emissions ended at the maximum supply.
    /// </summary>
    public class EmissionState
    {
        public BigInteger Smoothed;
        public BigInteger LastBurned;
        public BigInteger Remainder;
        public bool Ended;
    }
}
