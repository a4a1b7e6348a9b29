using System;
using System.Numerics;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace Protocol.Contracts.VoteEscrow
{
    public partial class VoteEscrow
    {
        /// <summary>
        /// First deployment: data = [authority, hnt, dao (Hash160), epochLengthSeconds (Integer, divides 86400),
        /// landrushEndMs (Integer, 0 = no landrush)]. An update keeps the state.
        /// </summary>
        public static void _deploy(object data, bool update)
        {
            if (update) return;
            if (data is not object[] { Length: 5 } config) throw new Exception(Errors.BadDeployData);
            var authority = (UInt160)config[0];
            var hnt = (UInt160)config[1];
            var dao = (UInt160)config[2];
            if (!authority.IsValid || !hnt.IsValid || !dao.IsValid) throw new Exception(Errors.InvalidAccount);
            BigInteger epochLength = (BigInteger)config[3];
            if (epochLength < 1 || 86400 % epochLength != 0) throw new Exception(Errors.BadEpochLength);
            BigInteger landrushEnd = (BigInteger)config[4];
            if (landrushEnd.Sign < 0) throw new Exception(Errors.BadParameter + "the landrush end.");
            SetAddress(Prefix_Authority, "authority", authority);
            SetAddress(Prefix_Hnt, "hnt", hnt);
            SetAddress(Prefix_Dao, "dao", dao);
            Storage.Put(new byte[] { Prefix_EpochLength }, epochLength);
            OnParameterChanged("epochLengthSeconds", 0, epochLength);
            Storage.Put(new byte[] { Prefix_LandrushEnd }, landrushEnd);
            OnParameterChanged("landrushEndMs", 0, landrushEnd);
        }

        /// <summary>Moves the landrush end (ms; 0 = none). Only positions created afterwards see the change.</summary>
        public static void SetLandrushEnd(BigInteger landrushEndMs)
        {
            if (landrushEndMs.Sign < 0) throw new Exception(Errors.BadParameter + "the landrush end.");
            AssertAuthority();
            BigInteger previous = LandrushEnd;
            Storage.Put(new byte[] { Prefix_LandrushEnd }, landrushEndMs);
            OnParameterChanged("landrushEndMs", previous, landrushEndMs);
        }

        /// <summary>Points the escrow at another Dao (when the Dao itself is replaced).</summary>
        public static void SetDao(UInt160 dao)
        {
            if (!dao.IsValid) throw new Exception(Errors.InvalidAccount);
            AssertAuthority();
            SetAddress(Prefix_Dao, "dao", dao);
        }

        /// <summary>
        /// Names the governance contract, the only caller of addVote/removeVote (authority only). Replacing it while
        /// positions carry its votes leaves those counts to the old contract's relinquishes, which then refuse: move
        /// governance only when no vote is active.
        /// </summary>
        public static void SetGovernance(UInt160 governance)
        {
            if (!governance.IsValid) throw new Exception(Errors.InvalidAccount);
            AssertAuthority();
            SetAddress(Prefix_Governance, "governance", governance);
        }

        /// <summary>The governance contract, null while none is named.</summary>
        [Safe]
        public static UInt160? GetGovernance() => GovernanceContract;

        public static void SetAuthority(UInt160 newAuthority)
        {
            if (!newAuthority.IsValid) throw new Exception(Errors.InvalidAccount);
            AssertAuthority();
            SetAddress(Prefix_Authority, "authority", newAuthority);
        }

        /// <summary>Who governs this contract (every protocol contract answers getAuthority the same way).</summary>
        [Safe]
        public static UInt160 GetAuthority() => Authority;

        /// <summary>[authority, hnt, dao, epochLengthSeconds, landrushEndMs].</summary>
        [Safe]
        public static object[] Settings() => new object[] { Authority, HntContract, DaoContract, EpochLength, LandrushEnd };

        public static void Update(ByteString nefFile, string manifest, object? data)
        {
            AssertAuthority();
            ContractManagement.Update(nefFile, manifest, data);
        }

        public static void Destroy()
        {
            AssertAuthority();
            ContractManagement.Destroy();
        }

        /// <summary>The guard of the authority role.</summary>
        private static void AssertAuthority()
        {
            if (!Runtime.CheckWitness(Authority)) throw new Exception(Errors.NotAuthority);
        }

        /// <summary>The guard of the governance role: the calling contract must be the named governance contract.</summary>
        private static void AssertGovernance()
        {
            var governance = GovernanceContract;
            if (governance is null || Runtime.CallingScriptHash != governance) throw new Exception(Errors.NotGovernance);
        }

        /// <summary>The guard of a position's owner (the NEP-11 owner's witness, the delegator's while delegated); returns the position.</summary>
        private static Position AssertOwner(ByteString positionId)
        {
            var position = LoadPosition(positionId);
            if (!Runtime.CheckWitness(OwnerOfPosition(position))) throw new Exception(Errors.NotOwner);
            return position;
        }

        private static void SetAddress(byte prefix, string name, UInt160 value)
        {
            var key = new byte[] { prefix };
            var previous = Storage.Get(key);
            Storage.Put(key, value);
            OnAddressChanged(name, previous is null ? null : (UInt160)previous, value);
        }
    }
}
