using System;
using System.Numerics;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace Protocol.Contracts.Treasury
{
    public partial class Treasury
    {
        /// <summary>
        /// First deployment: data = [authority, dao, hnt, dnt (Hash160), subDaoId, k, freezeTimeMs (0 = never),
        /// breakerBps, breakerWindowMs (Integer)]. An update keeps the state.
        /// </summary>
        public static void _deploy(object data, bool update)
        {
            if (update) return;
            if (data is not object[] { Length: 9 } config) throw new Exception(Errors.BadDeployData);
            var authority = (UInt160)config[0];
            var dao = (UInt160)config[1];
            var hnt = (UInt160)config[2];
            var dnt = (UInt160)config[3];
            if (!authority.IsValid || !dao.IsValid || !hnt.IsValid || !dnt.IsValid) throw new Exception(Errors.InvalidAccount);
            BigInteger subDaoId = (BigInteger)config[4];
            if (subDaoId < 1 || subDaoId > 65535) throw new Exception(Errors.BadDeployData);
            SetAddress(Prefix_Authority, "authority", authority);
            SetAddress(Prefix_Dao, "dao", dao);
            SetAddress(Prefix_Hnt, "hnt", hnt);
            SetAddress(Prefix_Dnt, "dnt", dnt);
            SetParameter(Prefix_SubDaoId, "subDaoId", subDaoId);
            SetCurveUnchecked((BigInteger)config[5]);
            SetFreezeTimeUnchecked((BigInteger)config[6]);
            SetBreakerUnchecked((BigInteger)config[7], (BigInteger)config[8]);
        }

        /// <summary>Sets the curve exponent k (0..10; 0 = pro rata).</summary>
        public static void SetCurve(BigInteger k)
        {
            if (k < 0 || k > 10) throw new Exception(Errors.BadCurve);
            AssertAuthority();
            SetCurveUnchecked(k);
        }

        /// <summary>Sets the block time (ms) from which redemptions stop; 0 removes the freeze.</summary>
        public static void SetFreezeTime(BigInteger freezeTimeMs)
        {
            if (freezeTimeMs.Sign < 0) throw new Exception(Errors.BadFreezeTime);
            AssertAuthority();
            SetFreezeTimeUnchecked(freezeTimeMs);
        }

        /// <summary>Sets the payout breaker: at most <paramref name="bps"/> basis points of the reserve per rolling <paramref name="windowMs"/>.</summary>
        public static void SetBreaker(BigInteger bps, BigInteger windowMs)
        {
            if (bps < 1 || bps > 10000 || windowMs < 1000) throw new Exception(Errors.BadBreaker);
            AssertAuthority();
            SetBreakerUnchecked(bps, windowMs);
        }

        /// <summary>Points the crank at a new DAO contract (when the DAO is replaced).</summary>
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

        private static void SetCurveUnchecked(BigInteger k)
        {
            if (k < 0 || k > 10) throw new Exception(Errors.BadCurve);
            SetParameter(Prefix_K, "k", k);
        }

        private static void SetFreezeTimeUnchecked(BigInteger freezeTimeMs)
        {
            if (freezeTimeMs.Sign < 0) throw new Exception(Errors.BadFreezeTime);
            SetParameter(Prefix_FreezeTime, "freezeTimeMs", freezeTimeMs);
        }

        private static void SetBreakerUnchecked(BigInteger bps, BigInteger windowMs)
        {
            if (bps < 1 || bps > 10000 || windowMs < 1000) throw new Exception(Errors.BadBreaker);
            SetParameter(Prefix_BreakerBps, "breakerBps", bps);
            SetParameter(Prefix_BreakerWindow, "breakerWindowMs", windowMs);
        }

        private static void SetParameter(byte prefix, string name, BigInteger value)
        {
            var key = new byte[] { prefix };
            BigInteger previous = (BigInteger)Storage.Get(key)!;
            Storage.Put(key, value);
            OnParameterChanged(name, previous, value);
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
