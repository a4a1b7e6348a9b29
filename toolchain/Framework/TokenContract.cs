using System;
using System.Numerics;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Services;

namespace Neo.SmartContract.Framework
{
    /// <summary>
    /// Common part of NEP-17 and NEP-11 tokens: symbol, decimals, total supply (storage key 0x00) and balances
    /// (storage map with prefix 0x01 keyed by account; zero balances are deleted).
    /// </summary>
    public abstract class TokenContract : SmartContract
    {
        protected const byte Prefix_TotalSupply = 0x00;
        protected const byte Prefix_Balance = 0x01;

        public abstract string Symbol { [Safe] get; }

        public abstract byte Decimals { [Safe] get; }

        [Stored(Prefix_TotalSupply)]
        public static BigInteger TotalSupply { [Safe] get; protected set; }

        /// <summary>The balance of a 20-byte account; 0 when it holds nothing.</summary>
        [Safe]
        public static BigInteger BalanceOf(UInt160 owner)
        {
            if (!owner.IsValid) throw new Exception("The argument \"owner\" is invalid.");
            return (BigInteger)Storage.Get(BalanceKey(owner))!; // the conversion reads an absent entry as 0
        }

        /// <summary>Adds increment to the owner's balance; false (and nothing stored) when it would go negative.</summary>
        protected static bool UpdateBalance(UInt160 owner, BigInteger increment)
        {
            byte[] key = BalanceKey(owner);
            BigInteger updated = (BigInteger)Storage.Get(key)! + increment;
            if (updated.Sign < 0) return false;
            if (updated.IsZero) Storage.Delete(key);
            else Storage.Put(key, updated);
            return true;
        }

        /// <summary>The balance key, Prefix_Balance ‖ owner, built in three instructions.</summary>
        [OpCode(OpCode.PUSHDATA1, "0101")]
        [OpCode(OpCode.SWAP)]
        [OpCode(OpCode.CAT)]
        private static extern byte[] BalanceKey(UInt160 owner);
    }
}
