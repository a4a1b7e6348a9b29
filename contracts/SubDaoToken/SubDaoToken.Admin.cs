using System;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace Protocol.Contracts.SubDaoToken
{
    public partial class SubDaoToken
    {
        /// <summary>First deployment: data = [authority, dao, treasury (Hash160), symbol (String)]. An update keeps the state.</summary>
        public static void _deploy(object data, bool update)
        {
            if (update) return;
            if (data is not object[] { Length: 4 } config) throw new Exception(Errors.BadDeployData);
            var authority = (UInt160)config[0];
            var dao = (UInt160)config[1];
            var treasury = (UInt160)config[2];
            var symbol = (string)config[3];
            if (!authority.IsValid || !dao.IsValid || !treasury.IsValid) throw new Exception(Errors.InvalidAccount);
            if (symbol is null || symbol.Length == 0 || symbol.Length > 16) throw new Exception(Errors.BadSymbol);
            Storage.Put(new byte[] { Prefix_Symbol }, symbol);
            SetAddress(Prefix_Authority, "authority", authority);
            SetAddress(Prefix_Dao, "dao", dao);
            SetAddress(Prefix_Treasury, "treasury", treasury);
        }

        /// <summary>Names the minter (the DAO contract; rotated only when the DAO itself is replaced).</summary>
        public static void SetDao(UInt160 dao)
        {
            if (!dao.IsValid) throw new Exception(Errors.InvalidAccount);
            AssertAuthority();
            SetAddress(Prefix_Dao, "dao", dao);
        }

        /// <summary>Names the subDAO treasury allowed to burn redeemed tokens.</summary>
        public static void SetTreasury(UInt160 treasury)
        {
            if (!treasury.IsValid) throw new Exception(Errors.InvalidAccount);
            AssertAuthority();
            SetAddress(Prefix_Treasury, "treasury", treasury);
        }

        public static void SetAuthority(UInt160 newAuthority)
        {
            if (!newAuthority.IsValid) throw new Exception(Errors.InvalidAccount);
            AssertAuthority();
            SetAddress(Prefix_Authority, "authority", newAuthority);
        }

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

        private static void SetAddress(byte prefix, string name, UInt160 value)
        {
            var key = new byte[] { prefix };
            var previous = Storage.Get(key);
            Storage.Put(key, value);
            OnAddressChanged(name, previous is null ? null : (UInt160)previous, value);
        }
    }
}
