using System;
using System.Numerics;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;
using Protocol.Contracts.Shared;

namespace Protocol.Contracts.DataCredits
{
    public partial class DataCredits
    {
        /// <summary>
        /// First deployment: data = [authority, hnt, priceFeed (Hash160), epochLengthSeconds, mintBreakerThreshold (DC per
        /// window), mintBreakerWindowMs (Integer)]. An update keeps the state.
        /// </summary>
        public static void _deploy(object data, bool update)
        {
            if (update) return;
            if (data is not object[] { Length: 6 } config) throw new Exception(Errors.BadDeployData);
            var authority = (UInt160)config[0];
            var hnt = (UInt160)config[1];
            var priceFeed = (UInt160)config[2];
            if (!authority.IsValid || !hnt.IsValid || !priceFeed.IsValid) throw new Exception(Errors.InvalidAccount);
            BigInteger epochLength = (BigInteger)config[3];
            if (epochLength < 1) throw new Exception(Errors.BadParameter + "the epoch length.");
            SetAddress(Prefix_Authority, "authority", authority);
            SetAddress(Prefix_Hnt, "hnt", hnt);
            SetAddress(Prefix_PriceFeed, "priceFeed", priceFeed);
            Storage.Put(new byte[] { Prefix_EpochLength }, epochLength);
            OnParameterChanged("epochLengthSeconds", 0, epochLength);
            SetBreakerUnchecked((BigInteger)config[4], (BigInteger)config[5]);
        }

        /// <summary>
        /// Names who may burn the delegated DC of a subDAO: the registrar (the Dao, when it registers or updates a subDAO)
        /// once one is named, the authority before that.
        /// </summary>
        public static void SetBurnAuthority(BigInteger subDaoId, UInt160 burnAuthority)
        {
            CheckSubDaoId(subDaoId);
            if (!burnAuthority.IsValid) throw new Exception(Errors.InvalidAccount);
            AssertRegistrar();
            var key = SubDaoKey(subDaoId);
            var previous = BurnAuthorities.Get(key);
            BurnAuthorities.Put(key, burnAuthority);
            OnBurnAuthorityChanged(subDaoId, previous is null ? null : (UInt160)previous, burnAuthority);
        }

        [Safe]
        public static UInt160? BurnAuthorityOf(BigInteger subDaoId)
        {
            CheckSubDaoId(subDaoId);
            var stored = BurnAuthorities.Get(SubDaoKey(subDaoId));
            return stored is null ? null : (UInt160)stored;
        }

        /// <summary>Allows (or stops allowing) a protocol contract to burn owners' DC without their witness (hotspot onboarding fees).</summary>
        public static void SetBurner(UInt160 contract, bool allowed)
        {
            if (!contract.IsValid) throw new Exception(Errors.InvalidAccount);
            AssertAuthority();
            if (allowed) Burners.Put(contract, 1);
            else Burners.Delete(contract);
            OnBurnerChanged(contract, allowed);
        }

        [Safe]
        public static bool IsBurner(UInt160 contract) => Burners.Get(contract) is not null;

        /// <summary>Names the subDAO registry (the Dao): from then on only it sets burn authorities, so the two cannot disagree.</summary>
        public static void SetRegistrar(UInt160 registrar)
        {
            if (!registrar.IsValid) throw new Exception(Errors.InvalidAccount);
            AssertAuthority();
            SetAddress(Prefix_Registrar, "registrar", registrar);
        }

        [Safe]
        public static UInt160? GetRegistrar() => Registrar;

        public static void SetPriceFeed(UInt160 priceFeed)
        {
            if (!priceFeed.IsValid) throw new Exception(Errors.InvalidAccount);
            AssertAuthority();
            SetAddress(Prefix_PriceFeed, "priceFeed", priceFeed);
        }

        public static void SetAuthority(UInt160 newAuthority)
        {
            if (!newAuthority.IsValid) throw new Exception(Errors.InvalidAccount);
            AssertAuthority();
            SetAddress(Prefix_Authority, "authority", newAuthority);
        }

        /// <summary>Sets the mint circuit breaker: at most <paramref name="threshold"/> DC per rolling <paramref name="windowMs"/>.</summary>
        public static void SetMintBreaker(BigInteger threshold, BigInteger windowMs)
        {
            AssertAuthority();
            SetBreakerUnchecked(threshold, windowMs);
        }

        /// <summary>Who governs this contract (every protocol contract answers getAuthority the same way).</summary>
        [Safe]
        public static UInt160 GetAuthority() => Authority;

        /// <summary>[authority, hnt, priceFeed, epochLengthSeconds, breaker threshold, breaker window ms, breaker counted now].</summary>
        [Safe]
        public static object[] Settings() => new object[]
        {
            Authority, HntContract, PriceFeedContract, EpochLength, BreakerThreshold, BreakerWindow,
            CircuitBreaker.Decayed((ByteString)new byte[] { Prefix_MintBreaker }, Runtime.Time, BreakerWindow),
        };

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

        /// <summary>The guard of the registrar role: the registrar once named, the authority until then.</summary>
        private static void AssertRegistrar()
        {
            var registrar = Registrar;
            if (registrar is null) AssertAuthority();
            else if (!Runtime.CheckWitness(registrar)) throw new Exception(Errors.NotRegistrar);
        }

        private static void SetAddress(byte prefix, string name, UInt160 value)
        {
            var key = new byte[] { prefix };
            var previous = Storage.Get(key);
            Storage.Put(key, value);
            OnAddressChanged(name, previous is null ? null : (UInt160)previous, value);
        }

        private static void SetBreakerUnchecked(BigInteger threshold, BigInteger windowMs)
        {
            if (threshold.Sign <= 0) throw new Exception(Errors.BadParameter + "the mint breaker threshold.");
            if (windowMs < 1000) throw new Exception(Errors.BadParameter + "the mint breaker window.");
            BigInteger previousThreshold = BreakerThreshold, previousWindow = BreakerWindow;
            Storage.Put(new byte[] { Prefix_BreakerThreshold }, threshold);
            Storage.Put(new byte[] { Prefix_BreakerWindow }, windowMs);
            OnParameterChanged("mintBreakerThreshold", previousThreshold, threshold);
            OnParameterChanged("mintBreakerWindowMs", previousWindow, windowMs);
        }
    }
}
