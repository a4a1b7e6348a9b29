using System;
using System.Numerics;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace Protocol.Contracts.Rewards
{
    public partial class Rewards
    {
        /// <summary>The longest claims-breaker window: 30 days.</summary>
        private const long MaxWindowMs = 2_592_000_000;

        /// <summary>First deployment: data = [authority, dao, hotspotRegistry] (Hash160 each). An update keeps the state.</summary>
        public static void _deploy(object data, bool update)
        {
            if (update) return;
            if (data is not object[] { Length: 3 } config) throw new Exception(Errors.BadDeployData);
            var authority = (UInt160)config[0];
            var dao = (UInt160)config[1];
            var registry = (UInt160)config[2];
            if (!authority.IsValid || !dao.IsValid || !registry.IsValid) throw new Exception(Errors.InvalidAccount);
            SetAddress(Prefix_Authority, "authority", authority);
            SetAddress(Prefix_Dao, "dao", dao);
            SetAddress(Prefix_Registry, "hotspotRegistry", registry);
        }

        /// <summary>
        /// Opens a subDAO's pool (authority only, once): its token and claims breaker. Do it before the Dao registers the
        /// subDAO with this contract as its rewards escrow: the escrow refuses tokens of subDAOs it does not know, which
        /// would make the Dao's epoch close FAULT. When the Dao already knows the subDAO, its token must match.
        /// </summary>
        public static void SetSubDao(BigInteger subDaoId, UInt160 token, BigInteger breakerThreshold, BigInteger breakerWindowMs)
        {
            CheckSubDaoId(subDaoId);
            if (!token.IsValid) throw new Exception(Errors.InvalidAccount);
            CheckBreaker(breakerThreshold, breakerWindowMs);
            AssertAuthority();
            if (LoadPool(subDaoId) is not null) throw new Exception(Errors.SubDaoExists);
            if (Storage.Get(Key(Prefix_TokenSubDao, token)) is not null) throw new Exception(Errors.TokenInUse);
            var known = Contract.Call(DaoContract, "subDaoToken", CallFlags.ReadOnly, subDaoId);
            if (known is not null && (UInt160)known != token) throw new Exception(Errors.NotDaoToken);
            SavePool(subDaoId, new Pool
            {
                Token = token, Funded = 0, Claimed = 0, Epoch = -1, Root = (ByteString)"", Total = 0,
                BreakerThreshold = breakerThreshold, BreakerWindowMs = breakerWindowMs,
            });
            Storage.Put(Key(Prefix_TokenSubDao, token), subDaoId);
            OnSubDaoConfigured(subDaoId, token);
            OnBreakerChanged(subDaoId, 0, breakerThreshold, 0, breakerWindowMs);
        }

        /// <summary>
        /// Replaces a subDAO's reward oracles (authority only): 1..16 distinct compressed secp256r1 keys and the quorum k with
        /// n/2 &lt; k ≤ n. Roots already posted stay.
        /// </summary>
        public static void SetOracles(BigInteger subDaoId, ByteString[] oracles, BigInteger quorum)
        {
            CheckSubDaoId(subDaoId);
            int n = oracles is null ? 0 : oracles.Length;
            if (n == 0 || n > 16 || quorum * 2 <= n || quorum > n) throw new Exception(Errors.BadOracles);
            for (int i = 0; i < n; i++)
            {
                var key = oracles![i];
                if (key is null || key.Length != 33 || (key[0] != 2 && key[0] != 3)) throw new Exception(Errors.BadOracles);
                for (int j = 0; j < i; j++)
                    if (oracles[j] == key) throw new Exception(Errors.BadOracles);
            }
            AssertAuthority();
            RequirePool(subDaoId);
            var stored = Storage.Get(Key(Prefix_Oracles, SubKey(subDaoId)));
            object[]? old = stored is null ? null : (object[])StdLib.Deserialize(stored);
            Storage.Put(Key(Prefix_Oracles, SubKey(subDaoId)), StdLib.Serialize(new object[] { oracles!, quorum }));
            OnOraclesChanged(subDaoId, old is null ? null : (object[])old[0], old is null ? 0 : (BigInteger)old[1], oracles!, quorum);
        }

        /// <summary>Retunes a subDAO's claims breaker (authority only): at most <paramref name="threshold"/> paid per rolling window.</summary>
        public static void SetBreaker(BigInteger subDaoId, BigInteger threshold, BigInteger windowMs)
        {
            CheckSubDaoId(subDaoId);
            CheckBreaker(threshold, windowMs);
            AssertAuthority();
            var pool = RequirePool(subDaoId);
            BigInteger oldThreshold = pool.BreakerThreshold, oldWindow = pool.BreakerWindowMs;
            pool.BreakerThreshold = threshold;
            pool.BreakerWindowMs = windowMs;
            SavePool(subDaoId, pool);
            OnBreakerChanged(subDaoId, oldThreshold, threshold, oldWindow, windowMs);
        }

        /// <summary>Points the escrow at another Dao (when the Dao itself is replaced).</summary>
        public static void SetDao(UInt160 dao)
        {
            if (!dao.IsValid) throw new Exception(Errors.InvalidAccount);
            AssertAuthority();
            SetAddress(Prefix_Dao, "dao", dao);
        }

        /// <summary>Points the escrow at another hotspot registry (when the registry is replaced).</summary>
        public static void SetHotspotRegistry(UInt160 registry)
        {
            if (!registry.IsValid) throw new Exception(Errors.InvalidAccount);
            AssertAuthority();
            SetAddress(Prefix_Registry, "hotspotRegistry", registry);
        }

        public static void SetAuthority(UInt160 newAuthority)
        {
            if (!newAuthority.IsValid) throw new Exception(Errors.InvalidAccount);
            AssertAuthority();
            SetAddress(Prefix_Authority, "authority", newAuthority);
        }

        /// <summary>[authority, dao, hotspotRegistry].</summary>
        [Safe]
        public static object[] Settings() => new object[] { Authority, DaoContract, RegistryContract };

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

        /// <summary>The guard of the authority role.</summary>
        private static void AssertAuthority()
        {
            if (!Runtime.CheckWitness(Authority)) throw new Exception(Errors.NotAuthority);
        }

        /// <summary>The guard of a hotspot's owner (per the registry); returns the owner.</summary>
        private static UInt160 AssertOwner(ByteString tokenId)
        {
            var owner = (UInt160)OwnerAndSubDao(tokenId)[0];
            if (!Runtime.CheckWitness(owner)) throw new Exception(Errors.NotOwner);
            return owner;
        }

        private static void CheckBreaker(BigInteger threshold, BigInteger windowMs)
        {
            if (threshold.Sign <= 0 || windowMs < 1 || windowMs > MaxWindowMs) throw new Exception(Errors.BadBreaker);
        }

        private static void CheckSubDaoId(BigInteger subDaoId)
        {
            if (subDaoId < 1 || subDaoId > 65535) throw new Exception(Errors.InvalidSubDao);
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
