using System;
using System.ComponentModel;
using System.Numerics;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace Protocol.Contracts.PriceFeed
{
    /// <summary>
    /// The HNT/USD price feed (PROTOCOL.md "Price feed"). A governed set of n oracles submit (price, confidence,
    /// timestamp) with their own witness. The price is the median of the fresh submissions (age ≤ maxAge), valid only
    /// with a quorum of more than n/2 of them; there is no cached fallback. Prices are USD × 10^8, times milliseconds.
    /// </summary>
    [DisplayName("PriceFeed")]
    [ContractDescription("HNT/USD median price from a quorum of oracles")]
    [ContractSourceCode("contracts/PriceFeed")]
    public partial class PriceFeed : SmartContract
    {
        /// <summary>Records an oracle's observation. Flags (but keeps) a price more than the deviation bound from the current median.</summary>
        public static void SubmitPrice(UInt160 oracle, BigInteger priceE8, BigInteger confE8, BigInteger timestampMs)
        {
            if (!oracle.IsValid) throw new Exception(Errors.InvalidAccount);
            if (priceE8.Sign <= 0) throw new Exception(Errors.NonPositivePrice);
            if (confE8.Sign < 0) throw new Exception(Errors.NegativeConfidence);
            if (!IsOracle(oracle)) throw new Exception(Errors.UnknownOracle);
            if (!Runtime.CheckWitness(oracle)) throw new Exception(Errors.NoOracleWitness);
            if (timestampMs > Runtime.Time) throw new Exception(Errors.FutureTimestamp);
            var previous = LastSubmission(oracle);
            if (previous is not null && timestampMs <= previous.TimestampMs) throw new Exception(Errors.OutOfOrder);

            bool flagged = false;
            var fresh = Fresh(Runtime.Time);
            if (fresh.Count * 2 > OracleCount)
            {
                BigInteger reference = Median(fresh.Prices, lower: true);
                BigInteger move = priceE8 > reference ? priceE8 - reference : reference - priceE8;
                flagged = move * 10000 > reference * MaxDeviationBps;
            }
            Submissions.Put(oracle, StdLib.Serialize(new Submission { PriceE8 = priceE8, ConfE8 = confE8, TimestampMs = timestampMs, Flagged = flagged }));
            OnPriceSubmitted(oracle, priceE8, confE8, timestampMs, flagged);
        }

        /// <summary>
        /// [price, confidence, timestamp, fresh] from the fresh submissions: the lower median price, the upper median
        /// confidence (both the conservative side), the oldest fresh timestamp and how many were fresh.
        /// FAULTs without a fresh quorum (more than half of the oracle set).
        /// </summary>
        [Safe]
        public static BigInteger[] CurrentPrice()
        {
            var fresh = Fresh(Runtime.Time);
            BigInteger n = OracleCount;
            if (fresh.Count * 2 <= n) throw new Exception(Errors.NoQuorum + fresh.Count + " of " + n + " oracles have a price younger than " + MaxAgeMs + " ms.");
            return new[] { Median(fresh.Prices, lower: true), Median(fresh.Confidences, lower: false), fresh.OldestMs, fresh.Count };
        }

        /// <summary>price − 2·confidence of <see cref="CurrentPrice"/>: what minting uses; FAULTs unless it is positive.</summary>
        [Safe]
        public static BigInteger ConservativePrice()
        {
            var current = CurrentPrice();
            BigInteger conservative = current[0] - 2 * current[1];
            if (conservative.Sign <= 0) throw new Exception(Errors.PriceNotAboveConfidence + "price " + current[0] + ", confidence " + current[1] + ".");
            return conservative;
        }

        /// <summary>The oracle set, in storage order.</summary>
        [Safe]
        public static UInt160[] Oracles()
        {
            var oracles = new List<UInt160>();
            foreach (var (key, _) in (Iterator<(ByteString, ByteString)>)OracleSet.Find(FindOptions.RemovePrefix)) oracles.Add((UInt160)key);
            return oracles;
        }

        /// <summary>An oracle's last submission as [price, confidence, timestamp, flagged], or null.</summary>
        [Safe]
        public static object? SubmissionOf(UInt160 oracle) => LastSubmission(oracle);

        [Safe]
        public static BigInteger MaxAge() => MaxAgeMs;

        [Safe]
        public static BigInteger MaxDeviation() => MaxDeviationBps;

        [Safe]
        public static UInt160 GetAuthority() => Authority;

        /// <summary>The fresh submissions of the current oracle set at <paramref name="nowMs"/>.</summary>
        private static FreshSet Fresh(BigInteger nowMs)
        {
            var set = new FreshSet { Prices = new List<BigInteger>(), Confidences = new List<BigInteger>(), OldestMs = nowMs };
            BigInteger maxAge = MaxAgeMs;
            foreach (var (key, value) in (Iterator<(ByteString, ByteString)>)Submissions.Find(FindOptions.RemovePrefix))
            {
                var submission = (Submission)StdLib.Deserialize(value);
                if (nowMs - submission.TimestampMs > maxAge || !IsOracle((UInt160)key)) continue;
                set.Prices.Add(submission.PriceE8);
                set.Confidences.Add(submission.ConfE8);
                if (submission.TimestampMs < set.OldestMs) set.OldestMs = submission.TimestampMs;
                set.Count++;
            }
            return set;
        }

        /// <summary>The median of at most <see cref="MaxOracles"/> values (insertion sort); for an even count the lower or upper middle.</summary>
        private static BigInteger Median(List<BigInteger> values, bool lower)
        {
            int count = values.Count;
            for (int i = 1; i < count; i++)
            {
                BigInteger item = values[i];
                int j = i - 1;
                while (j >= 0 && values[j] > item)
                {
                    values[j + 1] = values[j];
                    j--;
                }
                values[j + 1] = item;
            }
            int middle = count % 2 == 1 ? count / 2 : lower ? count / 2 - 1 : count / 2;
            return values[middle];
        }

        private class FreshSet
        {
            public List<BigInteger> Prices = null!;
            public List<BigInteger> Confidences = null!;
            public BigInteger OldestMs;
            public int Count;
        }
    }
}
