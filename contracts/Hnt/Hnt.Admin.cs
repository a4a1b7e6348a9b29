using System;
using System.Numerics;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace Protocol.Contracts.Hnt
{
    public partial class Hnt
    {
        /// <summary>
        /// First deployment: data = [authority (Hash160), minter (Hash160), maxSupply (Integer, bones),
        /// mintBreakerThreshold (Integer, bones per window), mintBreakerWindowMs (Integer)]. An update keeps the state.
        /// </summary>
        public static void _deploy(object data, bool update)
        {
            if (update) return;
            if (data is not object[] { Length: 5 } config) throw new Exception(Errors.BadDeployData);
            var authority = (UInt160)config[0];
            var minter = (UInt160)config[1];
            BigInteger maxSupply = (BigInteger)config[2];
            if (!authority.IsValid || !minter.IsValid) throw new Exception(Errors.InvalidAccount);
            if (maxSupply.Sign <= 0) throw new Exception(Errors.BadParameter + "maxSupply.");
            Storage.Put(new byte[] { Prefix_Authority }, authority);
            OnAuthorityChanged(null, authority);
            Storage.Put(new byte[] { Prefix_Minter }, minter);
            OnMinterChanged(null, minter);
            Storage.Put(new byte[] { Prefix_MaxSupply }, maxSupply);
            OnParameterChanged("maxSupply", 0, maxSupply);
            SetBreakerUnchecked((BigInteger)config[3], (BigInteger)config[4]);
        }

        /// <summary>Rotates the minter role (to the DAO contract once it is deployed).</summary>
        public static void SetMinter(UInt160 newMinter)
        {
            if (!newMinter.IsValid) throw new Exception(Errors.InvalidAccount);
            AssertAuthority();
            var previous = Minter;
            Storage.Put(new byte[] { Prefix_Minter }, newMinter);
            OnMinterChanged(previous, newMinter);
        }

        public static void SetAuthority(UInt160 newAuthority)
        {
            if (!newAuthority.IsValid) throw new Exception(Errors.InvalidAccount);
            AssertAuthority();
            var previous = Authority;
            Storage.Put(new byte[] { Prefix_Authority }, newAuthority);
            OnAuthorityChanged(previous, newAuthority);
        }

        /// <summary>Sets the mint circuit breaker: at most <paramref name="threshold"/> bones per rolling <paramref name="windowMs"/>.</summary>
        public static void SetMintBreaker(BigInteger threshold, BigInteger windowMs)
        {
            AssertAuthority();
            SetBreakerUnchecked(threshold, windowMs);
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

        /// <summary>The guard of the minter role.</summary>
        private static void AssertMinter()
        {
            if (!Runtime.CheckWitness(Minter)) throw new Exception(Errors.NotMinter);
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
