using System;
using System.Numerics;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace Protocol.Contracts.VoteEscrow
{
    /// <summary>
    /// Delegation and the subDAOs' delegated totals, Curve-style. A subDAO's total at the start of epoch E is
    /// Σ VP(position, E·L·1000) over the positions delegated to it then. Cliff ends are epoch boundaries, so between two
    /// boundaries the total falls linearly by `slope` per second and at a boundary the slopes of the cliffs ending there
    /// leave it (`slope change`). Stored: a record [epoch, bias, slope] for each epoch right after which something
    /// changed, and the slope changes by epoch (with a bit mask per 240 epochs so a projection skips empty epochs).
    ///   bias(E+1)  = bias(E) − slope(E) × L
    ///   slope(E+1) = slope(E) − slopeChange(E+1)
    /// A change at time t in epoch c takes effect from epoch c+1: the record for c+1 is written (projected first when
    /// needed) and changed; the starts of c and earlier epochs are history that nothing rewrites. No operation loops
    /// over positions; a projection loops over the mask buckets between two epochs and the slope changes in them, and
    /// stops once the slope is 0.
    /// </summary>
    public partial class VoteEscrow
    {
        /// <summary>Delegates the position to a subDAO registered with the Dao (owner only): it counts from the next epoch.</summary>
        public static void Delegate(ByteString positionId, BigInteger subDaoId)
        {
            CheckSubDaoId(subDaoId);
            var position = AssertOwner(positionId);
            Crank();
            if (position.SubDaoId.Sign != 0) throw new Exception(Errors.IsDelegated);
            if (SubDaoTokenOf(subDaoId) is null) throw new Exception(Errors.UnknownSubDao);
            AddToTotal(subDaoId, position.Kind, position.Lockup, position.Slope, 1);
            position.SubDaoId = subDaoId;
            position.DelegatedFrom = OpenDelegation(positionId, position, subDaoId);
            if (position.Delegator is null) TakeCustody(positionId, position); // already held while it has active votes
            else SavePosition(positionId, position);
            OnDelegated(positionId, subDaoId, position.DelegatedFrom);
        }

        /// <summary>Ends the delegation (owner only): the position stops counting from the next epoch.</summary>
        public static void Undelegate(ByteString positionId)
        {
            var position = AssertOwner(positionId);
            Crank();
            BigInteger subDaoId = position.SubDaoId;
            if (subDaoId.Sign == 0) throw new Exception(Errors.NotDelegated);
            AddToTotal(subDaoId, position.Kind, position.Lockup, position.Slope, -1);
            CloseDelegation(positionId, position);
            position.SubDaoId = 0;
            position.DelegatedFrom = 0;
            if (position.ActiveVotes.Sign == 0) ReturnCustody(positionId, position); // kept while it has active votes
            else SavePosition(positionId, position);
            OnUndelegated(positionId, subDaoId, CurrentEpoch + 1);
        }

        /// <summary>
        /// The VP delegated to the subDAO at the start of <paramref name="epoch"/>: history for past and current epochs,
        /// a projection from the current slope and scheduled slope changes for later ones.
        /// </summary>
        [Safe]
        public static BigInteger DelegatedVotingPower(BigInteger subDaoId, BigInteger epoch)
        {
            CheckSubDaoId(subDaoId);
            if (epoch.Sign < 0) throw new Exception(Errors.InvalidEpoch);
            return TotalAt(SubKey(subDaoId), epoch)[0];
        }

        /// <summary>
        /// Anyone: stores the subDAO's total for the next epoch, so later reads and changes project from there (keeps
        /// their cost low after long quiet periods; changes no value).
        /// </summary>
        public static void Checkpoint(BigInteger subDaoId)
        {
            CheckSubDaoId(subDaoId);
            var sub = SubKey(subDaoId);
            BigInteger target = CurrentEpoch + 1;
            BigInteger[] total = TotalAt(sub, target);
            PutTotal(sub, target, total[0], total[1]);
        }

        /// <summary>Adds (sign 1) or removes (sign −1) a lockup's contribution to the subDAO's total from the next epoch on.</summary>
        private static void AddToTotal(BigInteger subDaoId, BigInteger kind, BigInteger lockup, BigInteger slope, int sign)
        {
            var sub = SubKey(subDaoId);
            BigInteger target = CurrentEpoch + 1;
            BigInteger epochMs = EpochLength * 1000;
            BigInteger[] total = TotalAt(sub, target);
            BigInteger bias = total[0] + sign * PowerAt(kind, lockup, slope, target * epochMs);
            BigInteger totalSlope = total[1];
            if (kind == Cliff)
            {
                BigInteger endEpoch = lockup / epochMs;
                if (endEpoch > target)
                {
                    totalSlope += sign * slope;
                    AddSlopeChange(sub, endEpoch, sign * slope);
                }
            }
            if (bias.Sign < 0 || totalSlope.Sign < 0) throw new Exception(Errors.NegativeTotal);
            PutTotal(sub, target, bias, totalSlope);
        }

        /// <summary>Writes the subDAO's record for epoch (the latest one, or a new latest one linked to the previous).</summary>
        private static void PutTotal(ByteString sub, BigInteger epoch, BigInteger bias, BigInteger slope)
        {
            var headKey = Key(Prefix_TotalHead, sub);
            var head = Storage.Get(headKey);
            BigInteger previous;
            if (head is not null && (BigInteger)head == epoch)
                previous = (BigInteger)((object[])StdLib.Deserialize(Storage.Get(Key(Prefix_Total, sub, EpochKey(epoch)))!))[3];
            else
            {
                previous = head is null ? -1 : (BigInteger)head;
                Storage.Put(headKey, epoch);
            }
            Storage.Put(Key(Prefix_Total, sub, EpochKey(epoch)), StdLib.Serialize(new object[] { epoch, bias, slope, previous }));
        }

        /// <summary>[bias, slope] of the subDAO at the start of epoch: the latest record at or before it (walking back from the head), projected.</summary>
        private static BigInteger[] TotalAt(ByteString sub, BigInteger epoch)
        {
            var head = Storage.Get(Key(Prefix_TotalHead, sub));
            BigInteger at = head is null ? -1 : (BigInteger)head;
            while (at >= 0)
            {
                var record = (object[])StdLib.Deserialize(Storage.Get(Key(Prefix_Total, sub, EpochKey(at)))!);
                if (at <= epoch) return Project(sub, at, (BigInteger)record[1], (BigInteger)record[2], epoch);
                at = (BigInteger)record[3];
            }
            return new BigInteger[] { 0, 0 };
        }

        /// <summary>Moves [bias, slope] at the start of epoch `from` to the start of epoch `to` (≥ from) through the slope changes between.</summary>
        private static BigInteger[] Project(ByteString sub, BigInteger from, BigInteger bias, BigInteger slope, BigInteger to)
        {
            BigInteger epochLength = EpochLength;
            BigInteger at = from;
            BigInteger bucket = (from + 1) / BucketSize;
            BigInteger lastBucket = to / BucketSize;
            while (slope.Sign > 0 && bucket <= lastBucket)
            {
                BigInteger start = bucket * BucketSize;
                BigInteger mask = (BigInteger)Storage.Get(Key(Prefix_SlopeMask, sub, EpochKey(bucket)))!;
                BigInteger i = at + 1 - start;
                if (i.Sign < 0) i = 0;
                BigInteger last = to - start;
                if (last >= BucketSize) last = BucketSize - 1;
                mask >>= (int)i;
                while (mask.Sign > 0 && i <= last)
                {
                    if (!(mask & 1).IsZero)
                    {
                        BigInteger epoch = start + i;
                        bias -= slope * (epoch - at) * epochLength;
                        at = epoch;
                        slope -= (BigInteger)Storage.Get(Key(Prefix_SlopeChange, sub, EpochKey(epoch)))!;
                        if (slope.IsZero) break;
                    }
                    mask >>= 1;
                    i += 1;
                }
                bucket += 1;
            }
            bias -= slope * (to - at) * epochLength;
            return new BigInteger[] { bias, slope };
        }

        /// <summary>Adds delta to the slope change at epoch, keeping the bucket's bit mask in step (entries at 0 are deleted).</summary>
        private static void AddSlopeChange(ByteString sub, BigInteger epoch, BigInteger delta)
        {
            var key = Key(Prefix_SlopeChange, sub, EpochKey(epoch));
            BigInteger before = (BigInteger)Storage.Get(key)!;
            BigInteger after = before + delta;
            if (after.Sign < 0) throw new Exception(Errors.NegativeTotal);
            if (after.IsZero) Storage.Delete(key);
            else Storage.Put(key, after);
            if (before.IsZero == after.IsZero) return;
            var maskKey = Key(Prefix_SlopeMask, sub, EpochKey(epoch / BucketSize));
            BigInteger mask = (BigInteger)Storage.Get(maskKey)! ^ (BigInteger.One << (int)(epoch % BucketSize));
            if (mask.IsZero) Storage.Delete(maskKey);
            else Storage.Put(maskKey, mask);
        }

        /// <summary>The escrow takes the owner's token into custody; the owner is kept as Delegator.</summary>
        private static void TakeCustody(ByteString positionId, Position position)
        {
            UInt160 owner = position.Owner;
            position.Delegator = owner;
            MoveToken(positionId, position, owner, Runtime.ExecutingScriptHash);
        }

        /// <summary>The escrow hands the token back to its owner (the Delegator).</summary>
        private static void ReturnCustody(ByteString positionId, Position position)
        {
            UInt160 owner = position.Delegator!;
            position.Delegator = null;
            MoveToken(positionId, position, Runtime.ExecutingScriptHash, owner);
        }

        /// <summary>
        /// Hands the position's token from one holder to another as the escrow (custody for a delegation and back): saves
        /// the position with its new NEP-11 owner, moves the balances, raises Transfer and calls onNEP11Payment.
        /// </summary>
        private static void MoveToken(ByteString positionId, Position position, UInt160 from, UInt160 to)
        {
            position.Owner = to;
            SavePosition(positionId, position);
            UpdateBalance(from, positionId, -1);
            UpdateBalance(to, positionId, 1);
            PostTransfer(from, to, positionId, null);
        }

        /// <summary>Opens the position's delegation record from the next epoch with its current lockup; returns that epoch.</summary>
        private static BigInteger OpenDelegation(ByteString positionId, Position position, BigInteger subDaoId)
        {
            BigInteger from = CurrentEpoch + 1;
            Storage.Put(Key(Prefix_Delegation, positionId, EpochKey(from)),
                StdLib.Serialize(new object[] { from, subDaoId, -1, position.Kind, position.Lockup, position.Slope, position.DelegationHead }));
            position.DelegationHead = from + 1;
            return from;
        }

        /// <summary>Ends the open delegation record before the next epoch (deletes it, unlinking it, when it had not started yet).</summary>
        private static void CloseDelegation(ByteString positionId, Position position)
        {
            BigInteger to = CurrentEpoch + 1;
            var key = Key(Prefix_Delegation, positionId, EpochKey(position.DelegatedFrom));
            var record = (object[])StdLib.Deserialize(Storage.Get(key)!);
            if (position.DelegatedFrom == to)
            {
                Storage.Delete(key);
                position.DelegationHead = (BigInteger)record[6];
                return;
            }
            record[2] = to;
            Storage.Put(key, StdLib.Serialize(record));
        }

        /// <summary>The position's delegation record covering epoch ([from, subDaoId, to, kind, lockup, slope, previous]), or null.</summary>
        private static object[]? DelegationAt(ByteString positionId, Position position, BigInteger epoch)
        {
            BigInteger link = position.DelegationHead;
            while (link > 0)
            {
                var record = (object[])StdLib.Deserialize(Storage.Get(Key(Prefix_Delegation, positionId, EpochKey(link - 1)))!);
                if (link - 1 <= epoch)
                {
                    BigInteger to = (BigInteger)record[2];
                    return to.Sign < 0 || epoch < to ? record : null;
                }
                link = (BigInteger)record[6];
            }
            return null;
        }
    }
}
