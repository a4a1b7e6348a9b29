using System;
using System.Numerics;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Services;

namespace Protocol.Contracts.VoteEscrow
{
    public partial class VoteEscrow
    {
        /// <summary>
        /// Makes the lockup longer (owner only): a cliff ends at the epoch boundary at or before now + days, a constant
        /// lasts days × 86400 s; either way strictly longer than now, never more than MAX (days ≤ 1460). A delegated
        /// position's new voting power counts in its subDAO's total from the next epoch.
        /// </summary>
        public static void Extend(ByteString positionId, BigInteger days)
        {
            CheckDays(days);
            var position = AssertOwner(positionId);
            Crank();
            BigInteger previous = position.Lockup;
            BigInteger lockup = position.Kind == Cliff ? CliffEnd(Runtime.Time, days) : ConstantDuration(days);
            if (lockup <= previous) throw new Exception(Errors.NotLonger + previous + " is not below " + lockup + ".");
            ChangeLockup(positionId, position, position.Kind, lockup);
            OnPositionExtended(positionId, position.Kind, previous, lockup);
        }

        /// <summary>
        /// Turns a constant lockup of duration D into a cliff ending at the start of the next epoch + D (owner only): its
        /// voting power at the next epoch's start is unchanged (slope × D) and decays from there. For the rest of the
        /// current epoch it is slope × min(MAX, end − t), at most one epoch's decay above slope × D.
        /// </summary>
        public static void ConvertToCliff(ByteString positionId)
        {
            var position = AssertOwner(positionId);
            Crank();
            if (position.Kind != Constant) throw new Exception(Errors.NotConstant);
            BigInteger duration = position.Lockup;
            BigInteger end = (CurrentEpoch + 1) * EpochLength * 1000 + duration * 1000;
            ChangeLockup(positionId, position, Cliff, end);
            OnPositionConverted(positionId, duration, end);
        }

        /// <summary>
        /// Returns the HNT of an ended cliff to its owner and burns the position (owner only; not delegated, no active
        /// votes). A constant lockup must be converted and run out first.
        /// </summary>
        public static void Withdraw(ByteString positionId)
        {
            var position = AssertOwner(positionId);
            Crank();
            if (position.Kind != Cliff) throw new Exception(Errors.NotCliff);
            BigInteger now = Runtime.Time;
            if (position.Lockup > now) throw new Exception(Errors.NotExpired + "it ends at " + position.Lockup + ", now is " + now + ".");
            if (position.SubDaoId.Sign != 0) throw new Exception(Errors.IsDelegated);
            if (position.ActiveVotes.Sign != 0) throw new Exception(Errors.HasVotes);
            Burn(positionId);
            Pay(HntContract, position.Owner, position.Amount);
            OnPositionWithdrawn(positionId, position.Owner, position.Amount);
        }

        /// <summary>VP at timeMs of a lockup (cliff: end ms; constant: duration s) with the given slope.</summary>
        private static BigInteger PowerAt(BigInteger kind, BigInteger lockup, BigInteger slope, BigInteger timeMs)
        {
            if (kind == Constant) return slope * lockup;
            BigInteger remaining = (lockup - timeMs) / 1000; // truncates towards zero: floor for a positive difference
            if (remaining.Sign <= 0) return 0;
            if (remaining > MaxLockSeconds) remaining = MaxLockSeconds;
            return slope * remaining;
        }

        /// <summary>floor((now + days·86400·1000) / (L·1000)) · (L·1000): the cliff end, rounded down to an epoch boundary.</summary>
        private static BigInteger CliffEnd(BigInteger now, BigInteger days)
        {
            BigInteger epochMs = EpochLength * 1000;
            BigInteger end = (now + days * 86_400_000) / epochMs * epochMs;
            if (end <= now) throw new Exception(Errors.LockupInPast);
            return end;
        }

        /// <summary>floor(days·86400 / L) · L seconds (= days·86400, as L divides a day).</summary>
        private static BigInteger ConstantDuration(BigInteger days)
        {
            BigInteger epochLength = EpochLength;
            return days * 86_400 / epochLength * epochLength;
        }

        /// <summary>Sets a position's lockup; a delegated position moves its contribution to its subDAO's total from the next epoch.</summary>
        private static void ChangeLockup(ByteString positionId, Position position, BigInteger kind, BigInteger lockup)
        {
            BigInteger subDaoId = position.SubDaoId;
            if (subDaoId.Sign != 0)
            {
                AddToTotal(subDaoId, position.Kind, position.Lockup, position.Slope, -1);
                CloseDelegation(positionId, position);
            }
            position.Kind = kind;
            position.Lockup = lockup;
            if (subDaoId.Sign != 0)
            {
                AddToTotal(subDaoId, kind, lockup, position.Slope, 1);
                position.DelegatedFrom = OpenDelegation(positionId, position, subDaoId);
            }
            SavePosition(positionId, position);
        }

        /// <summary>NEP-17 transfer of this contract's own tokens; FAULTs unless the token says it moved them.</summary>
        private static void Pay(UInt160 token, UInt160 to, BigInteger amount)
        {
            if (!(bool)Contract.Call(token, "transfer", CallFlags.All, Runtime.ExecutingScriptHash, to, amount, null))
                throw new Exception(Errors.TransferFailed);
        }
    }
}
