using System.Numerics;
using Neo.SmartContract.Framework;

namespace Protocol.Contracts.PriceFeed
{
    /// <summary>
    /// An oracle's place on the board: its last submission. TimestampMs is 0 until the oracle first submits (never fresh,
    /// since a timestamp of 0 is older than any allowed maximum age). Stored inside the board with StdLib.Serialize; fields
    /// are only ever appended.
    /// </summary>
    public class Slot
    {
        /// <summary>USD price × 10^8.</summary>
        public BigInteger PriceE8;

        /// <summary>Confidence interval, USD × 10^8.</summary>
        public BigInteger ConfE8;

        /// <summary>When the oracle observed the price, milliseconds since the Unix epoch.</summary>
        public BigInteger TimestampMs;

        /// <summary>Whether the price moved more than the deviation bound from the median at submission.</summary>
        public bool Flagged;

        /// <summary>The oracle's account.</summary>
        public UInt160 Oracle = null!;
    }
}
