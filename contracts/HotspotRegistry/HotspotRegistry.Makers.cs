using System;
using System.Numerics;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace Protocol.Contracts.HotspotRegistry
{
    public partial class HotspotRegistry
    {
        /// <summary>
        /// A maker's stake: the maker sends HNT or the subDAO's token here with transfer(maker, registry, amount, subDaoId).
        /// One token per (subDAO, maker); more of the same token adds to the stake. Anything else is refused.
        /// </summary>
        public static void OnNEP17Payment(UInt160? from, BigInteger amount, object? data)
        {
            if (from is null || !from.IsValid) throw new Exception(Errors.InvalidAccount);
            if (amount.Sign <= 0) throw new Exception(Errors.BadAmount);
            if (data is null) throw new Exception(Errors.BadStakeData);
            BigInteger subDaoId = (BigInteger)data;
            CheckSubDaoId(subDaoId);
            var token = Runtime.CallingScriptHash;
            if (token != HntContract && token != SubDaoTokenOf(subDaoId)) throw new Exception(Errors.WrongStakeToken);
            var maker = LoadMaker(subDaoId, from) ?? new Maker { Token = token, Amount = 0, Approved = false };
            if (maker.Token != token) throw new Exception(Errors.WrongStakeToken);
            BigInteger old = maker.Amount;
            maker.Amount = old + amount;
            Storage.Put(MakerKey(subDaoId, from), StdLib.Serialize(maker));
            OnMakerStaked(subDaoId, from, token, old, maker.Amount);
        }

        /// <summary>Approves a staked maker for the subDAO (authority only): its stake must meet the subDAO's requirement in its token.</summary>
        public static void ApproveMaker(BigInteger subDaoId, UInt160 maker)
        {
            CheckSubDaoId(subDaoId);
            if (!maker.IsValid) throw new Exception(Errors.InvalidAccount);
            AssertAuthority();
            var record = LoadMaker(subDaoId, maker);
            if (record is null) throw new Exception(Errors.NoStake);
            if (record.Approved) throw new Exception(Errors.AlreadyApproved);
            var requirement = StakeRequirementOf(subDaoId);
            BigInteger needed = record.Token == HntContract ? requirement[0] : requirement[1];
            if (record.Amount < needed) throw new Exception(Errors.StakeTooLow + record.Amount + " < " + needed + ".");
            record.Approved = true;
            Storage.Put(MakerKey(subDaoId, maker), StdLib.Serialize(record));
            OnMakerApprovalChanged(subDaoId, maker, false, true, 0);
        }

        /// <summary>
        /// Revokes a maker (authority only), approved or only staked: returns its whole stake and forgets it. Hotspots it
        /// already issued stay.
        /// </summary>
        public static void RevokeMaker(BigInteger subDaoId, UInt160 maker)
        {
            CheckSubDaoId(subDaoId);
            if (!maker.IsValid) throw new Exception(Errors.InvalidAccount);
            AssertAuthority();
            var record = LoadMaker(subDaoId, maker);
            if (record is null) throw new Exception(Errors.NoStake);
            Storage.Delete(MakerKey(subDaoId, maker));
            if (!(bool)Contract.Call(record.Token, "transfer", CallFlags.All, Runtime.ExecutingScriptHash, maker, record.Amount, null))
                throw new Exception(Errors.TransferFailed);
            OnMakerApprovalChanged(subDaoId, maker, record.Approved, false, record.Amount);
        }

        /// <summary>[token, amount, approved] of a maker in a subDAO, or null.</summary>
        [Safe]
        public static object? MakerInfo(BigInteger subDaoId, UInt160 maker) => LoadMaker(subDaoId, maker);

        /// <summary>The subDAO's token according to the Dao (null for an unknown subDAO).</summary>
        private static UInt160? SubDaoTokenOf(BigInteger subDaoId)
        {
            var token = Contract.Call(DaoContract, "subDaoToken", CallFlags.ReadOnly, subDaoId);
            return token is null ? null : (UInt160)token;
        }
    }
}
