using System;
using System.Numerics;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Services;

namespace Protocol.Contracts.VoteEscrow
{
    public partial class VoteEscrow
    {
        /// <summary>
        /// Pays the position's delegation reward for a closed epoch, once (owner only):
        ///   reward = floor(VP(position, epoch start) × dntToDelegators / delegatedVp)
        /// with dntToDelegators and delegatedVp from the Dao's epochResult(subDaoId, epoch) ([3] and [4]) and the VP from
        /// the lockup the position had while delegated then. Paid in the subDAO's DNT from the delegator pool this
        /// contract holds, to the current owner. The floor leaves the pool's rounding dust in this contract.
        /// </summary>
        public static void ClaimDelegationRewards(ByteString positionId, BigInteger epoch)
        {
            if (epoch.Sign < 0) throw new Exception(Errors.InvalidEpoch);
            var position = AssertOwner(positionId);
            Crank();
            var claimedKey = Key(Prefix_Claimed, positionId, EpochKey(epoch));
            if (Storage.Get(claimedKey) is not null) throw new Exception(Errors.AlreadyClaimed);
            var record = DelegationAt(positionId, position, epoch);
            if (record is null) throw new Exception(Errors.NotDelegatedThen);
            BigInteger subDaoId = (BigInteger)record[1];
            var result = Contract.Call(DaoContract, "epochResult", CallFlags.ReadOnly, subDaoId, epoch);
            if (result is null) throw new Exception(Errors.EpochNotClosed + epoch + ".");
            var closed = (object[])result;
            BigInteger pool = (BigInteger)closed[3];
            BigInteger delegatedVp = (BigInteger)closed[4];
            BigInteger vp = PowerAt((BigInteger)record[3], (BigInteger)record[4], (BigInteger)record[5], epoch * EpochLength * 1000);
            BigInteger reward = 0;
            if (vp.Sign > 0 && pool.Sign > 0)
            {
                if (delegatedVp < vp) throw new Exception(Errors.BadEpochResult);
                reward = vp * pool / delegatedVp;
            }
            var token = SubDaoTokenOf(subDaoId);
            if (token is null) throw new Exception(Errors.UnknownSubDao);
            Storage.Put(claimedKey, 1);
            UInt160 owner = OwnerOfPosition(position);
            if (reward.Sign > 0) Pay(token, owner, reward);
            OnRewardsClaimed(positionId, subDaoId, epoch, owner, token, reward);
        }

        /// <summary>Whether the position's delegation rewards for the epoch were claimed.</summary>
        [Safe]
        public static bool RewardsClaimed(ByteString positionId, BigInteger epoch)
        {
            if (epoch.Sign < 0) throw new Exception(Errors.InvalidEpoch);
            return Storage.Get(Key(Prefix_Claimed, positionId, EpochKey(epoch))) is not null;
        }
    }
}
