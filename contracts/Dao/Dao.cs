using System;
using System.ComponentModel;
using System.Numerics;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace Protocol.Contracts.Dao
{
    /// <summary>
    /// The DAO (PROTOCOL.md "Emissions", "SubDAOs and epochs"): HNT's emission schedule and net emissions, the subDAO
    /// registry, and the epoch close that splits each epoch's HNT between subDAO treasuries by utility score and mints
    /// each subDAO's DNT to its rewards escrow and its veHNT delegators. It is HNT's minter, each DNT's minter, and Data
    /// Credits' registrar. Epoch e spans [e·L, (e+1)·L) seconds of block time.
    /// </summary>
    [DisplayName("Dao")]
    [ContractDescription("Emissions, subDAO registry and epoch closes of the burn-and-mint protocol")]
    [ContractSourceCode("contracts/Dao")]
    [ContractPermission(Permission.Any, "mint", "totalSupply", "totalBurned", "maxSupply", "dcBurned", "setBurnAuthority", "delegatedVotingPower")]
    public partial class Dao : SmartContract
    {
        /// <summary>
        /// Closes ended epoch <paramref name="epoch"/>: anyone may call it, in any order, and again (a closed epoch is left
        /// as it is). See <see cref="Close"/>.
        /// </summary>
        public static void CloseEpoch(BigInteger epoch)
        {
            if (epoch >= CurrentEpoch()) throw new Exception(Errors.EpochNotEnded + "epoch " + epoch + " ends at " + (epoch + 1) * EpochLength * 1000 + " ms.");
            BigInteger genesis = GenesisEpoch;
            if (epoch < genesis) throw new Exception(Errors.BeforeGenesis + epoch + " < " + genesis + ".");
            if (!IsClosed(epoch)) Close(epoch);
        }

        /// <summary>
        /// Closes the previous epoch if no one has (self-cranking): protocol contracts call this first in their
        /// state-changing methods, so the first such call of an epoch closes the one before. Cheap when nothing is due.
        /// </summary>
        public static void Crank()
        {
            BigInteger previous = CurrentEpoch() - 1;
            if (previous >= GenesisEpoch && !IsClosed(previous)) Close(previous);
        }

        /// <summary>The current epoch: floor(block time in seconds / epoch length).</summary>
        [Safe]
        public static BigInteger CurrentEpoch() => Runtime.Time / 1000 / EpochLength;

        [Safe]
        public static BigInteger EpochLengthSeconds() => EpochLength;

        [Safe]
        public static BigInteger FirstEpoch() => GenesisEpoch;

        [Safe]
        public static bool IsEpochClosed(BigInteger epoch) => IsClosed(epoch);

        /// <summary>A closed epoch's account (see <see cref="EpochSummary"/>), or null while it is open.</summary>
        [Safe]
        public static object? EpochSummary(BigInteger epoch)
        {
            var stored = Storage.Get(SummaryKey(epoch));
            return stored is null ? null : StdLib.Deserialize(stored);
        }

        /// <summary>What a closed epoch gave a subDAO (see <see cref="EpochResult"/>), or null when the epoch is open or the subDAO had no part.</summary>
        [Safe]
        public static object? EpochResult(BigInteger subDaoId, BigInteger epoch)
        {
            var stored = Storage.Get(ResultKey(subDaoId, epoch));
            return stored is null ? null : StdLib.Deserialize(stored);
        }

        /// <summary>[smoothed burn, HNT's total burned at the last close, carried remainder, emissions ended].</summary>
        [Safe]
        public static object Emissions() => LoadEmission();

        private static bool IsClosed(BigInteger epoch) => Storage.Get(SummaryKey(epoch)) is not null;

        /// <summary>
        /// The close of epoch e. Net emissions first: burned = HNT burned since the previous close (HNT's totalBurned),
        /// s = floor((6·s + burned)/7), re-emission = min(s, cap). The epoch's HNT is the schedule's
        /// rate plus the re-emission plus what earlier closes carried, clamped to what is left under the maximum supply
        /// (emissions end for good once the cap is reached). Each subDAO taking part gets floor(U_i × HNT / ΣU) in its
        /// treasury; the remainder is carried to the next close (or, in the clamped epoch, given to the highest score so
        /// the supply lands exactly on the cap). Each subDAO's DNT for the epoch is minted: the delegator share to
        /// VoteEscrow when the subDAO had delegated veHNT at the epoch's start, the rest to the rewards escrow.
        /// </summary>
        private static void Close(BigInteger epoch)
        {
            UInt160 hnt = HntContract;
            var state = LoadEmission();
            BigInteger supply = (BigInteger)Contract.Call(hnt, "totalSupply", CallFlags.ReadOnly);
            BigInteger totalBurned = (BigInteger)Contract.Call(hnt, "totalBurned", CallFlags.ReadOnly);
            BigInteger burned = totalBurned - state.LastBurned;
            state.Smoothed = (6 * state.Smoothed + burned) / 7;
            BigInteger cap = NetCap;
            BigInteger reEmission = state.Smoothed < cap ? state.Smoothed : cap;
            BigInteger epochEndMs = (epoch + 1) * EpochLength * 1000;
            BigInteger scheduled = ScheduledAmount(HntSchedule, epochEndMs);
            BigInteger carriedIn = state.Remainder;

            var summary = new EpochSummary { Scheduled = scheduled, ReEmission = reEmission, CarriedIn = carriedIn };
            BigInteger total = scheduled + reEmission + carriedIn;
            BigInteger room = (BigInteger)Contract.Call(hnt, "maxSupply", CallFlags.ReadOnly) - supply;
            bool endsNow = !state.Ended && total >= room;
            if (state.Ended || endsNow)
            {
                total = state.Ended ? 0 : room; // the cap cuts this epoch: what is left under it, then nothing ever again
                summary.Clamped = true;
            }

            var ids = LoadSubDaoIds();
            int count = ids.Count;
            var results = new EpochResult[count];
            var subDaos = new SubDao[count];
            BigInteger scoreSum = 0;
            int best = -1;
            for (int i = 0; i < count; i++)
            {
                var subDao = LoadSubDao(ids[i])!;
                subDaos[i] = subDao;
                if (subDao.FirstEpoch > epoch) continue;
                var result = Measure(subDao.Id, epoch);
                results[i] = result;
                scoreSum += result.UtilityScore;
                if (best < 0 || result.UtilityScore > results[best].UtilityScore) best = i;
            }

            BigInteger issued = 0;
            if (scoreSum.Sign > 0)
                for (int i = 0; i < count; i++)
                    if (results[i] is not null)
                    {
                        results[i].HntToTreasury = results[i].UtilityScore * total / scoreSum;
                        issued += results[i].HntToTreasury;
                    }
            if (endsNow && best >= 0)
            {
                results[best].HntToTreasury += total - issued;
                issued = total;
                state.Ended = true;
            }
            summary.Issued = issued;
            summary.CarriedOut = total - issued; // 0 once emissions ended, and in the epoch that reaches the cap

            var voteEscrow = VoteEscrowContract;
            for (int i = 0; i < count; i++)
            {
                var result = results[i];
                if (result is null) continue;
                var subDao = subDaos[i];
                BigInteger dnt = ScheduledAmount(subDao.Schedule, epochEndMs);
                // Delegators share only an epoch that had delegated veHNT at its start (otherwise no one could claim it).
                result.DntToDelegators = voteEscrow is null || result.DelegatedVp.IsZero ? 0 : dnt * subDao.DelegatorShareBps / 10000;
                result.DntToRewardsEscrow = dnt - result.DntToDelegators;
                if (result.HntToTreasury.Sign > 0) Contract.Call(hnt, "mint", CallFlags.All, subDao.Treasury, result.HntToTreasury);
                if (result.DntToRewardsEscrow.Sign > 0) Contract.Call(subDao.Dnt, "mint", CallFlags.All, subDao.RewardsEscrow, result.DntToRewardsEscrow);
                if (result.DntToDelegators.Sign > 0) Contract.Call(subDao.Dnt, "mint", CallFlags.All, voteEscrow!, result.DntToDelegators);
                Storage.Put(ResultKey(subDao.Id, epoch), StdLib.Serialize(result));
                OnSubDaoRewarded(subDao.Id, epoch, result.UtilityScore, result.HntToTreasury, result.DntToRewardsEscrow, result.DntToDelegators);
            }

            state.Remainder = summary.CarriedOut;
            state.LastBurned = totalBurned;
            SaveEmission(state);
            Storage.Put(SummaryKey(epoch), StdLib.Serialize(summary));
            OnEpochClosed(epoch, scheduled, reEmission, issued, summary.CarriedOut, summary.Clamped);
        }
    }
}
