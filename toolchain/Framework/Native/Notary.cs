using System.Numerics;
using Neo.SmartContract.Framework.Attributes;

namespace Neo.SmartContract.Framework.Native
{
    /// <summary>Notary (id -10, Echidna+): GAS deposits for notary-assisted transactions. Every extern member is a CALLT to the native method of the same name, first letter lower-cased.</summary>
    [Contract("0xc1e14f19c3e60d0b9244d06dd7ba9b113135ec3b")]
    public class Notary
    {
        [ContractHash]
        public static extern UInt160 Hash { get; }

        public static extern bool LockDepositUntil(UInt160 account, uint till);

        public static extern bool Withdraw(UInt160 from, UInt160? to = null);

        public static extern BigInteger BalanceOf(UInt160 account);

        public static extern uint ExpirationOf(UInt160 account);

        public static extern bool Verify(byte[] signature);

        public static extern uint GetMaxNotValidBeforeDelta();
    }
}
