using System;
using System.Numerics;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;

namespace Protocol.Contracts.Dao
{
    public partial class Dao
    {
        /// <summary>HNT's emission schedule: [[startMs, hntPerEpoch] …].</summary>
        [Safe]
        public static object[] Schedule() => HntSchedule;

        /// <summary>The HNT the schedule gives epoch <paramref name="epoch"/> (before re-emission and the cap).</summary>
        [Safe]
        public static BigInteger ScheduledHnt(BigInteger epoch) => ScheduledAmount(HntSchedule, (epoch + 1) * EpochLength * 1000);

        [Safe]
        public static BigInteger NetEmissionsCap() => NetCap;

        /// <summary>The amount of the entry with the greatest start ≤ <paramref name="epochEndMs"/> (0 before the first entry).</summary>
        private static BigInteger ScheduledAmount(object[] schedule, BigInteger epochEndMs)
        {
            BigInteger amount = 0;
            foreach (object[] entry in schedule)
            {
                if ((BigInteger)entry[0] > epochEndMs) break;
                amount = (BigInteger)entry[1];
            }
            return amount;
        }

        /// <summary>1 to 32 entries [startMs, amount], starts strictly increasing, amounts ≥ 0.</summary>
        private static void ValidateSchedule(object[] schedule)
        {
            if (schedule is null || schedule.Length == 0 || schedule.Length > 32) throw new Exception(Errors.BadSchedule);
            BigInteger previous = -1;
            foreach (object[] entry in schedule)
            {
                if (entry is null || entry.Length != 2) throw new Exception(Errors.BadSchedule);
                BigInteger start = (BigInteger)entry[0], amount = (BigInteger)entry[1];
                if (start <= previous || amount.Sign < 0) throw new Exception(Errors.BadSchedule);
                previous = start;
            }
        }
    }
}
