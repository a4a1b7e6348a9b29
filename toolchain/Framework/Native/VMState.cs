namespace Neo.SmartContract.Framework.Native
{
    /// <summary>A transaction's VM state (Ledger.GetTransactionVMState).</summary>
    public enum VMState : byte
    {
        NONE = 0,
        HALT = 1,
        FAULT = 2,
        BREAK = 4,
    }
}
