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
        /// <summary>First deployment: data = [authority, hnt, dao, dataCredits] (Hash160 each). An update keeps the state.</summary>
        public static void _deploy(object data, bool update)
        {
            if (update) return;
            if (data is not object[] { Length: 4 } config) throw new Exception(Errors.BadDeployData);
            var authority = (UInt160)config[0];
            var hnt = (UInt160)config[1];
            var dao = (UInt160)config[2];
            var dataCredits = (UInt160)config[3];
            if (!authority.IsValid || !hnt.IsValid || !dao.IsValid || !dataCredits.IsValid) throw new Exception(Errors.InvalidAccount);
            SetAddress(Prefix_Authority, "authority", authority);
            SetAddress(Prefix_Hnt, "hnt", hnt);
            SetAddress(Prefix_Dao, "dao", dao);
            SetAddress(Prefix_DataCredits, "dataCredits", dataCredits);
        }

        /// <summary>
        /// Names who marks the subDAO's hotspots active (the coverage oracle's account). For the A term to move, the Dao's
        /// active-device authority of the subDAO must be this contract (Dao.setSubDaoAuthorities).
        /// </summary>
        public static void SetActiveDeviceAuthority(BigInteger subDaoId, UInt160 account)
        {
            CheckSubDaoId(subDaoId);
            if (!account.IsValid) throw new Exception(Errors.InvalidAccount);
            AssertAuthority();
            var previous = ActiveAuthorityOf(subDaoId);
            Storage.Put(Key(Prefix_ActiveAuthority, SubKey(subDaoId)), account);
            OnSubDaoAddressChanged("activeDeviceAuthority", subDaoId, previous, account);
        }

        /// <summary>The least stake a maker of the subDAO needs to be approved: HNT bones, or the subDAO token's base units.</summary>
        public static void SetStakeRequirement(BigInteger subDaoId, BigInteger hntBones, BigInteger dntUnits)
        {
            CheckSubDaoId(subDaoId);
            if (hntBones.Sign < 0 || dntUnits.Sign < 0) throw new Exception(Errors.BadAmount);
            AssertAuthority();
            var old = StakeRequirementOf(subDaoId);
            Storage.Put(Key(Prefix_StakeRequirement, SubKey(subDaoId)), StdLib.Serialize(new BigInteger[] { hntBones, dntUnits }));
            OnStakeRequirementChanged(subDaoId, old[0], hntBones, old[1], dntUnits);
        }

        /// <summary>Points the registry at another Dao (when the Dao itself is replaced).</summary>
        public static void SetDao(UInt160 dao)
        {
            if (!dao.IsValid) throw new Exception(Errors.InvalidAccount);
            AssertAuthority();
            SetAddress(Prefix_Dao, "dao", dao);
        }

        public static void SetAuthority(UInt160 newAuthority)
        {
            if (!newAuthority.IsValid) throw new Exception(Errors.InvalidAccount);
            AssertAuthority();
            SetAddress(Prefix_Authority, "authority", newAuthority);
        }

        /// <summary>[authority, hnt, dao, dataCredits].</summary>
        [Safe]
        public static object[] Settings() => new object[] { Authority, HntContract, DaoContract, DataCreditsContract };

        /// <summary>The subDAO's active-device authority here, or null.</summary>
        [Safe]
        public static UInt160? ActiveDeviceAuthority(BigInteger subDaoId) => ActiveAuthorityOf(subDaoId);

        /// <summary>[hntBones, dntUnits]: the least stake a maker of the subDAO needs.</summary>
        [Safe]
        public static BigInteger[] StakeRequirement(BigInteger subDaoId) => StakeRequirementOf(subDaoId);

        /// <summary>Who governs the contract (Governance once the authorities are handed over).</summary>
        [Safe]
        public static UInt160 GetAuthority() => Authority;

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

        /// <summary>The guard of the authority role (subDAO governance for makers, for now one account for every subDAO).</summary>
        private static void AssertAuthority()
        {
            if (!Runtime.CheckWitness(Authority)) throw new Exception(Errors.NotAuthority);
        }

        /// <summary>The guard of a maker: its own witness.</summary>
        private static void AssertMaker(UInt160 maker)
        {
            if (!Runtime.CheckWitness(maker)) throw new Exception(Errors.NotMaker);
        }

        /// <summary>The guard of a hotspot's owner: the NEP-11 owner's witness.</summary>
        private static void AssertOwner(Hotspot hotspot)
        {
            if (!Runtime.CheckWitness(hotspot.Owner)) throw new Exception(Errors.NotOwner);
        }

        /// <summary>The guard of the subDAO's active-device authority (this registry's, see SetActiveDeviceAuthority).</summary>
        private static void AssertActiveDeviceAuthority(BigInteger subDaoId)
        {
            var authority = ActiveAuthorityOf(subDaoId);
            if (authority is null || !Runtime.CheckWitness(authority)) throw new Exception(Errors.NotActiveDeviceAuthority);
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
