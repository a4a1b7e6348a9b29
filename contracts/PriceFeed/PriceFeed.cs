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
            if (timestampMs.Sign <= 0) throw new Exception(Errors.NonPositiveTimestamp);
            var board = LoadBoard();
            int index = IndexOf(board, oracle);
            if (index < 0) throw new Exception(Errors.UnknownOracle);
            if (!Runtime.CheckWitness(oracle)) throw new Exception(Errors.NoOracleWitness);
            BigInteger now = Runtime.Time;
            if (timestampMs > now) throw new Exception(Errors.FutureTimestamp);
            if (timestampMs <= board[index].TimestampMs) throw new Exception(Errors.OutOfOrder);

            bool flagged = false;
            BigInteger cutoff = now - MaxAgeMs;
            int fresh = CountFresh(board, cutoff);
            if (fresh * 2 > board.Count)
            {
                BigInteger reference = Select(board, cutoff, (fresh - 1) / 2, false);
                BigInteger move = priceE8 > reference ? priceE8 - reference : reference - priceE8;
                flagged = move * 10000 > reference * MaxDeviationBps;
            }
            board[index] = new Slot { PriceE8 = priceE8, ConfE8 = confE8, TimestampMs = timestampMs, Flagged = flagged, Oracle = oracle };
            SaveBoard(board);
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
            var board = LoadBoard();
            BigInteger now = Runtime.Time;
            BigInteger maxAge = MaxAgeMs;
            BigInteger cutoff = now - maxAge;
            int fresh = CountFresh(board, cutoff);
            if (fresh * 2 <= board.Count) throw new Exception(Errors.NoQuorum + fresh + " of " + board.Count + " oracles have a price younger than " + maxAge + " ms.");
            BigInteger oldest = now;
            foreach (var slot in board)
                if (slot.TimestampMs >= cutoff && slot.TimestampMs < oldest) oldest = slot.TimestampMs;
            return new[] { Select(board, cutoff, (fresh - 1) / 2, false), Select(board, cutoff, fresh / 2, true), oldest, fresh };
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

        /// <summary>The oracle set, in the order the oracles were added.</summary>
        [Safe]
        public static UInt160[] Oracles()
        {
            var oracles = new List<UInt160>();
            foreach (var slot in LoadBoard()) oracles.Add(slot.Oracle);
            return oracles;
        }

        /// <summary>An oracle's last submission as [price, confidence, timestamp, flagged, oracle], or null (not an oracle, or never submitted).</summary>
        [Safe]
        public static object? SubmissionOf(UInt160 oracle)
        {
            var board = LoadBoard();
            int index = IndexOf(board, oracle);
            return index < 0 || board[index].TimestampMs.IsZero ? null : board[index];
        }

        [Safe]
        public static BigInteger MaxAge() => MaxAgeMs;

        [Safe]
        public static BigInteger MaxDeviation() => MaxDeviationBps;

        [Safe]
        public static UInt160 GetAuthority() => Authority;

        /// <summary>How many slots hold a submission no older than <paramref name="cutoff"/> (a timestamp in ms).</summary>
        private static int CountFresh(List<Slot> board, BigInteger cutoff)
        {
            int fresh = 0;
            foreach (var slot in board)
                if (slot.TimestampMs >= cutoff) fresh++;
            return fresh;
        }

        /// <summary>
        /// The value of rank <paramref name="rank"/> (0-based, ascending) among the fresh slots' prices (or confidences),
        /// found by counting rather than sorting: a slot's value has that rank when fewer than rank+1 values are below it
        /// and more than rank are at or below it. Reads only (a sort would write list items, at 8192 units each).
        /// </summary>
        private static BigInteger Select(List<Slot> board, BigInteger cutoff, int rank, bool confidence)
        {
            int count = board.Count;
            for (int i = 0; i < count; i++)
            {
                var candidate = board[i];
                if (candidate.TimestampMs < cutoff) continue;
                BigInteger value = confidence ? candidate.ConfE8 : candidate.PriceE8;
                int below = 0, atOrBelow = 0;
                for (int j = 0; j < count; j++)
                {
                    var other = board[j];
                    if (other.TimestampMs < cutoff) continue;
                    BigInteger v = confidence ? other.ConfE8 : other.PriceE8;
                    if (v < value) below++;
                    if (v <= value) atOrBelow++;
                }
                if (below <= rank && rank < atOrBelow) return value;
            }
            throw new Exception(Errors.NoQuorum + "no fresh submission.");
        }
    }
}
