using System;
using System.ComponentModel;
using System.Numerics;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Services;
using Protocol.Contracts.Shared;

namespace Protocol.Contracts.Hnt
{
    /// <summary>
    /// HNT, the native token (PROTOCOL.md "Tokens"): NEP-17, 8 decimals, a hard maximum supply fixed at deploy, minted
    /// only by the minter role (the DAO's emissions) behind a windowed circuit breaker, burned by contracts holding it
    /// (Data Credits burns the HNT it is paid).
    /// </summary>
    [DisplayName("Hnt")]
    [ContractDescription("HNT: the native token of the burn-and-mint protocol")]
    [ContractSourceCode("contracts/Hnt")]
    public partial class Hnt : Nep17Token
    {
        public override string Symbol { [Safe] get => "HNT"; }

        public override byte Decimals { [Safe] get => 8; }

        /// <summary>The hard cap, in bones (10^-8 HNT).</summary>
        [Safe]
        public static BigInteger MaxSupply() => StoredMaxSupply;

        /// <summary>Mints new HNT: the minter only, never past the maximum supply or the mint circuit breaker.</summary>
        public static new void Mint(UInt160 to, BigInteger amount)
        {
            if (!to.IsValid) throw new Exception(Errors.InvalidAccount);
            if (amount.Sign <= 0) throw new Exception(Errors.NonPositiveAmount);
            AssertMinter();
            BigInteger supply = TotalSupply;
            BigInteger max = StoredMaxSupply;
            if (supply + amount > max) throw new Exception(Errors.MaxSupply + supply + " + " + amount + " > " + max + ".");
            CircuitBreaker.Consume((ByteString)new byte[] { Prefix_MintBreaker }, amount, BreakerThreshold, BreakerWindow);
            Nep17Token.Mint(to, amount);
        }

        /// <summary>Burns <paramref name="amount"/> of the calling contract's own HNT (how Data Credits destroys what it is paid).</summary>
        public static void Burn(BigInteger amount)
        {
            if (amount.Sign <= 0) throw new Exception(Errors.NonPositiveAmount);
            Nep17Token.Burn(Runtime.CallingScriptHash, amount);
            Storage.Put(new byte[] { Prefix_TotalBurned }, StoredTotalBurned + amount);
        }

        /// <summary>All HNT ever burned, in bones (what the DAO's net emissions measure).</summary>
        [Safe]
        public static BigInteger TotalBurned() => StoredTotalBurned;

        /// <summary>The minter's account.</summary>
        [Safe]
        public static UInt160 GetMinter() => Minter;

        [Safe]
        public static UInt160 GetAuthority() => Authority;

        /// <summary>[threshold (bones per window), window (ms), counted now (bones)] of the mint circuit breaker.</summary>
        [Safe]
        public static BigInteger[] MintBreaker() => new[]
        {
            BreakerThreshold, BreakerWindow, CircuitBreaker.Decayed((ByteString)new byte[] { Prefix_MintBreaker }, Runtime.Time, BreakerWindow),
        };
    }
}
