using Neo.SmartContract.Framework.Services;
using Neo.SmartContract.Framework.Attributes;

namespace Neo.SmartContract.Framework.Native
{
    /// <summary>LedgerContract (id -4): blocks and transactions within the traceable range. Every extern member is a CALLT to the native method of the same name, first letter lower-cased.</summary>
    [Contract("0xda65b600f7124ce6c79950c1772a36403104f2be")]
    public class Ledger
    {
        [ContractHash]
        public static extern UInt160 Hash { get; }

        public static extern UInt256 CurrentHash { get; }

        public static extern uint CurrentIndex { get; }

        public static extern Block GetBlock(uint index);

        public static extern Block GetBlock(UInt256 hash);

        public static extern Transaction? GetTransaction(UInt256 hash);

        public static extern Transaction? GetTransactionFromBlock(UInt256 blockHash, int txIndex);

        public static extern Transaction? GetTransactionFromBlock(uint blockHeight, int txIndex);

        public static extern int GetTransactionHeight(UInt256 hash);

        public static extern Signer[]? GetTransactionSigners(UInt256 hash);

        public static extern VMState GetTransactionVMState(UInt256 hash);
    }
}
