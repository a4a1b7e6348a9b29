using System.Numerics;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Services;

namespace Protocol.Contracts.Dao
{
    public partial class Dao
    {
        /// <summary>The fixed point of the utility factors: each factor is a number × 10^12.</summary>
        public const long Fixed = 1_000_000_000_000;

        /// <summary>
        /// The utility score U = V·D·A of PROTOCOL.md in fixed point (V, D, A each × 10^12, so U is × 10^36), with integer
        /// roots (floor):
        ///   V = max(1, vp / 10^8)                → max(10^12, floor(vp × 10^12 / 10^8))
        ///   D = max(1, sqrt(dcBurned / 10^5))    → max(10^12, isqrt(dcBurned × 10^24 / 10^5))
        ///   A = max(1, (feesDc / 10^5)^(1/4))    → max(10^12, isqrt(isqrt(feesDc × 10^48 / 10^5)))
        /// (DC and fees are in DC, 1 DC = 10^-5 USD; nested floor square roots are the floor fourth root.)
        /// </summary>
        [Safe]
        public static BigInteger UtilityScore(BigInteger delegatedVp, BigInteger dcBurned, BigInteger activeFeesDc)
        {
            BigInteger one = Fixed;
            BigInteger v = delegatedVp * one / 100_000_000;
            BigInteger d = (dcBurned * one * one / 100_000).Sqrt();
            BigInteger a = (activeFeesDc * one * one * one * one / 100_000).Sqrt().Sqrt();
            return (v > one ? v : one) * (d > one ? d : one) * (a > one ? a : one);
        }

        /// <summary>A subDAO's inputs for epoch <paramref name="epoch"/> and its score.</summary>
        private static EpochResult Measure(BigInteger subDaoId, BigInteger epoch)
        {
            var voteEscrow = VoteEscrowContract;
            BigInteger vp = voteEscrow is null ? 0 : (BigInteger)Contract.Call(voteEscrow, "delegatedVotingPower", CallFlags.ReadOnly, subDaoId, epoch);
            BigInteger dc = (BigInteger)Contract.Call(DataCreditsContract, "dcBurned", CallFlags.ReadOnly, subDaoId, epoch);
            BigInteger fees = ActiveFees(subDaoId);
            return new EpochResult { UtilityScore = UtilityScore(vp, dc, fees), DelegatedVp = vp, DcBurned = dc, ActiveDeviceFeesDc = fees };
        }
    }
}
