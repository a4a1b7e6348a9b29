using System;
using System.ComponentModel;
using System.Numerics;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Services;
using Protocol.Contracts.Shared;

namespace Protocol.Contracts.Treasury
{
    /// <summary>
    /// A subDAO treasury (PROTOCOL.md "SubDAOs and epochs", Treasury): holds the HNT the DAO mints to the subDAO each
    /// epoch and redeems the subDAO token for it, one way. Burning dS of a supply S against a reserve R pays
    ///   dR = R − R·((S − dS)/S)^(1+k)
    /// rounded down (the reserve keeps every fraction). k = 0 is pro rata, dR = floor(R·dS/S), computed exactly. For k &gt; 0
    /// the ratio q = (S − dS)/S is taken in fixed point with 18 decimals, rounded up, raised to 1+k by repeated
    /// multiplication rounded up each time, and dR = R − ceil(R·q^(1+k)/10^18): every rounding leaves more HNT in the
    /// reserve. The caller's minHntOut is enforced, at most breakerBps of the reserve (20% by default) is paid per rolling
    /// window (24 h), and nothing is redeemed from the freeze time on.
    /// </summary>
    [DisplayName("Treasury")]
    [ContractDescription("A subDAO treasury: redeems the subDAO token for HNT along a curve")]
    [ContractSourceCode("contracts/Treasury")]
    [ContractPermission(Permission.Any, "crank", "balanceOf", "totalSupply", "transfer", "burn")]
    public partial class Treasury : SmartContract
    {
        /// <summary>10^18: the fixed point of the curve's ratio for k &gt; 0.</summary>
        private static readonly BigInteger One = BigInteger.Pow(10, 18);

        /// <summary>
        /// Burns <paramref name="dntAmount"/> of the owner's subDAO tokens and pays the HNT the curve gives, failing when
        /// that is less than <paramref name="minHntOut"/>. Closes the previous epoch first if no one has (its HNT joins
        /// the reserve before the price is taken). Returns the HNT paid, in bones.
        /// </summary>
        public static BigInteger Redeem(UInt160 owner, BigInteger dntAmount, BigInteger minHntOut)
        {
            if (!owner.IsValid) throw new Exception(Errors.InvalidAccount);
            if (dntAmount.Sign <= 0) throw new Exception(Errors.NonPositiveAmount);
            if (minHntOut.Sign < 0) throw new Exception(Errors.NegativeMinimum);
            if (!Runtime.CheckWitness(owner)) throw new Exception(Errors.NoOwnerWitness);
            BigInteger freeze = FreezeTime;
            if (!freeze.IsZero && Runtime.Time >= freeze) throw new Exception(Errors.Frozen + freeze + " ms.");
            Contract.Call(DaoContract, "crank", CallFlags.All);

            UInt160 self = Runtime.ExecutingScriptHash;
            UInt160 hnt = HntContract, dnt = DntContract;
            BigInteger reserve = (BigInteger)Contract.Call(hnt, "balanceOf", CallFlags.ReadOnly, self);
            BigInteger supply = (BigInteger)Contract.Call(dnt, "totalSupply", CallFlags.ReadOnly);
            BigInteger hntOut = Payout(reserve, supply, dntAmount, K);
            if (hntOut < minHntOut) throw new Exception(Errors.Slippage + hntOut + " < " + minHntOut + ".");
            if (hntOut.IsZero) throw new Exception(Errors.NothingOut);
            CircuitBreaker.Consume(BreakerKey, hntOut, reserve * BreakerBps / 10000, BreakerWindow);
            Contract.Call(dnt, "burn", CallFlags.All, owner, dntAmount);
            if (!(bool)Contract.Call(hnt, "transfer", CallFlags.All, self, owner, hntOut, null)) throw new Exception(Errors.TransferFailed);
            OnRedeemed(owner, dntAmount, hntOut, reserve, supply);
            return hntOut;
        }

        /// <summary>What redeeming <paramref name="dntAmount"/> would pay now (before the breaker and the freeze), in bones.</summary>
        [Safe]
        public static BigInteger QuoteRedeem(BigInteger dntAmount)
        {
            if (dntAmount.Sign <= 0) throw new Exception(Errors.NonPositiveAmount);
            BigInteger reserve = (BigInteger)Contract.Call(HntContract, "balanceOf", CallFlags.ReadOnly, Runtime.ExecutingScriptHash);
            BigInteger supply = (BigInteger)Contract.Call(DntContract, "totalSupply", CallFlags.ReadOnly);
            return Payout(reserve, supply, dntAmount, K);
        }

        /// <summary>The reserve takes HNT only: the DAO's epoch mints (from = null) and any donation.</summary>
        public static void OnNEP17Payment(UInt160? from, BigInteger amount, object? data)
        {
            if (Runtime.CallingScriptHash != HntContract) throw new Exception(Errors.OnlyHnt);
        }

        /// <summary>dR = R − R·((S − dS)/S)^(1+k), rounded in the reserve's favour (see the class comment).</summary>
        private static BigInteger Payout(BigInteger reserve, BigInteger supply, BigInteger burned, BigInteger k)
        {
            if (burned > supply) throw new Exception(Errors.MoreThanSupply + burned + " > " + supply + ".");
            if (k.IsZero) return reserve * burned / supply;
            BigInteger q = CeilDiv((supply - burned) * One, supply);
            BigInteger power = q;
            for (BigInteger i = 0; i < k; i++) power = CeilDiv(power * q, One);
            return reserve - CeilDiv(reserve * power, One);
        }

        private static BigInteger CeilDiv(BigInteger a, BigInteger b) => (a + b - 1) / b;

        /// <summary>[subDaoId, hnt, dnt, dao, k, freezeTimeMs (0 = never), breakerBps, breakerWindowMs, breaker counted now (bones)].</summary>
        [Safe]
        public static object[] Settings() => new object[]
        {
            StoredSubDaoId, HntContract, DntContract, DaoContract, K, FreezeTime, BreakerBps, BreakerWindow,
            CircuitBreaker.Decayed(BreakerKey, Runtime.Time, BreakerWindow),
        };

        [Safe]
        public static UInt160 GetAuthority() => Authority;
    }
}
