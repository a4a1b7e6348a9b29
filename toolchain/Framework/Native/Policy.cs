using System.Numerics;
using Neo.SmartContract.Framework.Services;
using Neo.SmartContract.Framework.Attributes;

namespace Neo.SmartContract.Framework.Native
{
    /// <summary>PolicyContract (id -7): network fees and blocked accounts. Every extern member is a CALLT to the native method of the same name, first letter lower-cased.</summary>
    [Contract("0xcc5e4edd9f5f8dba8bb65734541df7a1c081c67b")]
    public class Policy
    {
        [ContractHash]
        public static extern UInt160 Hash { get; }

        public static extern long GetFeePerByte();

        public static extern uint GetExecFeeFactor();

        /// <summary>Faun+.</summary>
        public static extern BigInteger GetExecPicoFeeFactor();

        public static extern uint GetStoragePrice();

        public static extern bool IsBlocked(UInt160 account);

        /// <summary>Faun+.</summary>
        public static extern Iterator GetBlockedAccounts();

        public static extern uint GetAttributeFee(TransactionAttributeType attributeType);

        /// <summary>Faun+.</summary>
        public static extern Iterator GetWhitelistFeeContracts();
    }
}
