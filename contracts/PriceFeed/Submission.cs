using System.Numerics;

namespace Protocol.Contracts.PriceFeed
{
    /// <summary>An oracle's latest submission (stored with StdLib.Serialize; fields only ever appended).</summary>
    public class Submission
    {
        /// <summary>USD price × 10^8.</summary>
        public BigInteger PriceE8;

        /// <summary>Confidence interval, USD × 10^8.</summary>
        public BigInteger ConfE8;

        /// <summary>When the oracle observed the price, milliseconds since the Unix epoch.</summary>
        public BigInteger TimestampMs;

        /// <summary>Whether the price moved more than the deviation bound from the median at submission.</summary>
        public bool Flagged;
    }
}
