using System.Numerics;
using Neo.SmartContract.Framework.Attributes;

namespace Neo.SmartContract.Framework.Native
{
    /// <summary>GasToken (id -6), NEP-17, 8 decimals. Every extern member is a CALLT to the native method of the same name, first letter lower-cased.</summary>
    [Contract("0xd2a4cff31913016155e38e474a2c06d08be276cf")]
    public class GAS
    {
        [ContractHash]
        public static extern UInt160 Hash { get; }

        public static extern string Symbol { get; }

        public static extern byte Decimals { get; }

        public static extern BigInteger TotalSupply();

        public static extern BigInteger BalanceOf(UInt160 account);

        /// <summary>NEP-17 transfer; the sender must witness it.</summary>
        public static extern bool Transfer(UInt160 from, UInt160 to, BigInteger amount, object? data = null);
    }
}
